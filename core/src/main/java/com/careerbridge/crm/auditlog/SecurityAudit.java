package com.careerbridge.crm.auditlog;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import com.careerbridge.crm.account.Actor;
import com.careerbridge.crm.account.CurrentActor;
import com.careerbridge.crm.auditlog.AuditDetails.Key;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the security audit log; append-only. The actor comes from the security context and the address from the
 * {@link RequestOrigin} of the current request, so callers say only what happened.
 * <p>
 * Transactions: a change (a reassignment, an erasure) is recorded in its own transaction, so the row exists exactly
 * when the change does. A refusal or a failed sign-in is recorded in a new transaction, because the request that was
 * refused rolls its own work back and the row must survive that. A read is recorded in a new transaction when the
 * reading one is read-only (PostgreSQL would refuse the insert there).
 */
@Service
public class SecurityAudit {

    private final SecurityAuditStore store;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final TransactionTemplate joining;
    private final TransactionTemplate independent;

    SecurityAudit(SecurityAuditStore store, CurrentActor currentActor, Clock clock,
                  PlatformTransactionManager transactionManager) {
        this.store = store;
        this.currentActor = currentActor;
        this.clock = clock;
        this.joining = new TransactionTemplate(transactionManager);
        this.independent = new TransactionTemplate(transactionManager);
        this.independent.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Who did it, as far as anyone is signed in; system work is recorded with its own role and no account. */
    public record By(Long accountId, String role) {

        static final By ANONYMOUS = new By(null, null);
        static final By SYSTEM = new By(null, "SYSTEM");

        public static By account(long accountId, Enum<?> role) {
            return new By(accountId, role == null ? null : role.name());
        }
    }

    /** A change, in the caller's transaction (a new one if there is none or it is read-only). */
    public void record(AuditAction action, AuditSubject subjectType, Long subjectId, AuditDetails details) {
        write(false, current(), action, AuditOutcome.SUCCESS, subjectType, subjectId, details);
    }

    /** A change made by someone the security context does not show (an event that names its actor). */
    public void recordBy(By by, AuditAction action, AuditOutcome outcome, AuditSubject subjectType, Long subjectId,
                         AuditDetails details) {
        write(outcome != AuditOutcome.SUCCESS, by, action, outcome, subjectType, subjectId, details);
    }

    /**
     * A permission check said no. Recorded in a transaction of its own: the refused request's transaction is about to
     * roll back. {@code reason} is a code such as "staff-only" or "not-in-caseload".
     */
    public void denied(AuditSubject subjectType, Long subjectId, String reason) {
        denied(subjectType, subjectId, AuditDetails.of(Key.REASON, reason));
    }

    public void denied(AuditSubject subjectType, Long subjectId, AuditDetails details) {
        write(true, current(), AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, subjectType, subjectId, details);
    }

    /** Someone read a candidate's private notes (the candidate's staff notes or a session's private notes). */
    public void privateNotesRead(long candidateId, AuditDetails details) {
        write(false, current(), AuditAction.PRIVATE_NOTES_READ, AuditOutcome.SUCCESS, AuditSubject.CANDIDATE,
                candidateId, details);
    }

    private By current() {
        try {
            Actor actor = currentActor.get();
            return actor.isSystem() ? By.SYSTEM : By.account(actor.userId(), actor.role());
        } catch (AuthenticationException notSignedIn) {
            return By.ANONYMOUS;
        }
    }

    private void write(boolean independently, By by, AuditAction action, AuditOutcome outcome,
                       AuditSubject subjectType, Long subjectId, AuditDetails details) {
        RequestOrigin origin = RequestOrigin.current().orElse(null);
        SecurityAuditStore.NewEntry entry = new SecurityAuditStore.NewEntry(
                clock.instant().truncatedTo(ChronoUnit.MICROS), by.accountId(), by.role(), action, outcome,
                subjectType, subjectId, origin == null ? null : origin.address(),
                origin == null ? null : origin.userAgent(), details == null ? AuditDetails.none() : details);
        boolean joinable = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        (independently || !joinable ? independent : joining).executeWithoutResult(status -> store.insert(entry));
    }
}
