package com.careerbridge.crm.notification;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.shared.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What staff do with the outbox: see what failed or was captured, read a mail, send a failed one again. */
@Service
@Transactional(readOnly = true)
public class OutboxAdministration {

    public static final int MAX_LIST_SIZE = 500;
    private static final Set<String> STAFF = Set.of("ROLE_ADMIN", "ROLE_CONSULTANT");

    private final OutboxStore store;
    private final Clock clock;

    OutboxAdministration(OutboxStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Messages that could not be sent and wait for someone to look at them, newest first. */
    public List<OutboxEntry> listFailed(int limit) {
        return list(OutboxStatus.FAILED, limit);
    }

    /** Messages in one status, newest first (e.g. CAPTURED for the "sent e-mails" view without SMTP). */
    public List<OutboxEntry> list(OutboxStatus status, int limit) {
        requireStaff();
        return store.list(status, Math.clamp(limit, 1, MAX_LIST_SIZE));
    }

    /** One message with its rendered bodies (bodies of sent mails with a credential in them are not kept). */
    public StoredMail find(long outboxId) {
        requireStaff();
        return store.find(outboxId).orElseThrow(() -> new NotFoundException("mail"));
    }

    /** Plans a FAILED message again, now, with a fresh set of attempts. */
    @Transactional
    public void retry(long outboxId) {
        requireStaff();
        if (!store.retryFailed(outboxId, clock.instant())) {
            store.find(outboxId).orElseThrow(() -> new NotFoundException("mail"));
            throw new com.careerbridge.crm.shared.ConflictException("conflict.mail-not-failed");
        }
    }

    /**
     * A page of the outbox, newest first, for the "sent e-mails" view. {@code audience} is decided by the caller that
     * knows caseloads: null for everyone (admins), otherwise only mail to those candidates and their invitations.
     */
    public List<OutboxEntry> page(OutboxFilter filter, MailAudience audience, int offset, int limit) {
        requireStaff();
        return store.page(filter, audience, Math.max(0, offset), Math.clamp(limit, 1, MAX_LIST_SIZE));
    }

    /** {@link #page} with {@link #count}, in one statement (#19). */
    public OutboxPage pageWithTotal(OutboxFilter filter, MailAudience audience, int offset, int limit) {
        requireStaff();
        return store.pageWithTotal(filter, audience, Math.max(0, offset), Math.clamp(limit, 1, MAX_LIST_SIZE));
    }

    public long count(OutboxFilter filter, MailAudience audience) {
        requireStaff();
        return store.count(filter, audience);
    }

    private static void requireStaff() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean staff = authentication != null && authentication.isAuthenticated()
                && authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(STAFF::contains);
        if (!staff) {
            throw new ForbiddenException("mail-outbox");
        }
    }
}
