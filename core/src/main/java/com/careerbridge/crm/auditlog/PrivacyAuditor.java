package com.careerbridge.crm.auditlog;

import java.util.Arrays;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.auditlog.SecurityAudit.By;
import com.careerbridge.crm.privacy.CandidateDataExported;
import com.careerbridge.crm.privacy.CandidateErased;
import com.careerbridge.crm.privacy.CandidateErasing;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A candidate's data leaving the system (export) or the system forgetting them (erasure), and the audit log's own share
 * of an erasure: inside the erasure's transaction, what in this table could identify the person is scrubbed.
 */
@Component
class PrivacyAuditor {

    private final SecurityAudit audit;
    private final SecurityAuditStore store;
    private final AccountService accounts;

    PrivacyAuditor(SecurityAudit audit, SecurityAuditStore store, AccountService accounts) {
        this.audit = audit;
        this.store = store;
        this.accounts = accounts;
    }

    @EventListener
    void on(CandidateDataExported event) {
        audit.recordBy(by(event.exportedBy()), AuditAction.CANDIDATE_DATA_EXPORTED, AuditOutcome.SUCCESS,
                AuditSubject.CANDIDATE, event.candidateId(), AuditDetails.none());
    }

    @EventListener
    void on(CandidateErasing event) {
        // Joins the erasure's transaction (the event is published inside it): scrubbed only if the erasure commits.
        store.scrub(event.accountId(), Arrays.asList(event.fullName(), event.email(), event.phone()));
    }

    @EventListener
    void on(CandidateErased event) {
        audit.recordBy(by(event.erasedBy()), AuditAction.CANDIDATE_ERASED, AuditOutcome.SUCCESS,
                AuditSubject.CANDIDATE, event.candidateId(), AuditDetails.none());
    }

    private By by(long accountId) {
        if (accountId == 0) {
            return By.SYSTEM;
        }
        return accounts.findById(accountId)
                .map(account -> By.account(account.getId(), account.getRole()))
                .orElseGet(() -> new By(accountId, null));
    }
}
