package com.careerbridge.crm.auditlog;

import com.careerbridge.crm.account.AccountEvents.AccountDeactivated;
import com.careerbridge.crm.account.AccountEvents.AccountReactivated;
import com.careerbridge.crm.account.AccountEvents.StaffInvited;
import com.careerbridge.crm.auditlog.AuditDetails.Key;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Changes to who works here and with which role, recorded in the transaction that makes them. */
@Component
class AccountAuditor {

    private final SecurityAudit audit;

    AccountAuditor(SecurityAudit audit) {
        this.audit = audit;
    }

    @EventListener
    void on(StaffInvited event) {
        audit.record(AuditAction.ACCOUNT_INVITED, AuditSubject.ACCOUNT, event.accountId(),
                AuditDetails.of(Key.ROLE, event.role()));
    }

    @EventListener
    void on(AccountDeactivated event) {
        audit.record(AuditAction.ACCOUNT_DEACTIVATED, AuditSubject.ACCOUNT, event.accountId(), AuditDetails.none());
    }

    @EventListener
    void on(AccountReactivated event) {
        audit.record(AuditAction.ACCOUNT_REACTIVATED, AuditSubject.ACCOUNT, event.accountId(), AuditDetails.none());
    }
}
