package com.careerbridge.crm.auditlog;

import java.util.Optional;

import com.careerbridge.crm.account.AccountEvents.ApiSignInFailed;
import com.careerbridge.crm.account.AccountEvents.ApiSignInSucceeded;
import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.AuthenticatedUser;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.auditlog.AuditDetails.Key;
import com.careerbridge.crm.auditlog.SecurityAudit.By;
import com.careerbridge.crm.shared.EmailAddress;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-ins, successful and failed: the web form login through Spring Security's authentication events, the API's
 * token endpoint through the account feature's events. A failure names the account when the typed e-mail belongs to
 * one, and otherwise says "unknown account" — the typed text itself is never kept (it may be a mistyped password).
 */
@Component
class SignInAuditor {

    private final SecurityAudit audit;
    private final AccountService accounts;

    SignInAuditor(SecurityAudit audit, AccountService accounts) {
        this.audit = audit;
        this.accounts = accounts;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AuthenticatedUser user) {
            audit.recordBy(By.account(user.userId(), user.role()), AuditAction.WEB_SIGN_IN, AuditOutcome.SUCCESS,
                    AuditSubject.ACCOUNT, user.userId(), AuditDetails.of(Key.CHANNEL, "web"));
        }
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        Optional<UserAccount> account = accountNamed(event.getAuthentication().getName());
        String reason = switch (event.getException()) {
            case DisabledException disabled -> "disabled";
            case LockedException locked -> "locked";
            case BadCredentialsException bad -> account.isPresent() ? "bad-credentials" : "unknown-account";
            default -> "other";
        };
        failed(AuditAction.WEB_SIGN_IN, "web", account.map(UserAccount::getId).orElse(null), reason);
    }

    @EventListener
    void on(ApiSignInSucceeded event) {
        audit.recordBy(By.account(event.accountId(), event.role()), AuditAction.API_SIGN_IN, AuditOutcome.SUCCESS,
                AuditSubject.ACCOUNT, event.accountId(), AuditDetails.of(Key.CHANNEL, "api"));
    }

    @EventListener
    void on(ApiSignInFailed event) {
        failed(AuditAction.API_SIGN_IN, "api", event.accountId(), event.reason());
    }

    private void failed(AuditAction action, String channel, Long accountId, String reason) {
        AuditDetails details = AuditDetails.of(Key.CHANNEL, channel).with(Key.REASON, reason);
        if (accountId == null) {
            details = details.with(Key.UNKNOWN_ACCOUNT, true);
        }
        audit.recordBy(By.ANONYMOUS, action, AuditOutcome.FAILURE, accountId == null ? null : AuditSubject.ACCOUNT,
                accountId, details);
    }

    private Optional<UserAccount> accountNamed(String typed) {
        return typed != null && EmailAddress.isValid(typed) ? accounts.findByEmail(new EmailAddress(typed))
                : Optional.empty();
    }
}
