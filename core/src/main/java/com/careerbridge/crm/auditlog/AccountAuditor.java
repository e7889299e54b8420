package com.careerbridge.crm.auditlog;

import com.careerbridge.crm.account.AccountEvents;
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

    @EventListener
    void on(AccountEvents.PasswordChanged event) {
        audit.record(AuditAction.PASSWORD_CHANGED, AuditSubject.ACCOUNT, event.accountId(),
                AuditDetails.of(Key.CHANNEL, event.how()));
    }

    @EventListener
    void on(AccountEvents.TwoFactorChanged event) {
        audit.record(event.enabled() ? AuditAction.TWO_FACTOR_ENABLED : AuditAction.TWO_FACTOR_DISABLED,
                AuditSubject.ACCOUNT, event.accountId(), AuditDetails.none());
    }

    @EventListener
    void on(AccountEvents.TwoFactorReset event) {
        audit.record(AuditAction.TWO_FACTOR_RESET, AuditSubject.ACCOUNT, event.accountId(), AuditDetails.none());
    }

    @EventListener
    void on(AccountEvents.TwoFactorRequirementChanged event) {
        audit.record(AuditAction.TWO_FACTOR_REQUIREMENT_CHANGED, AuditSubject.ACCOUNT, null,
                AuditDetails.of(Key.REASON, event.required() ? "required" : "optional"));
    }
}
