package com.careerbridge.crm.account;

/**
 * What happened to accounts and API sign-ins, for features that keep a record of it (the security audit log). Ids and
 * codes only: an event never carries the e-mail that was typed.
 */
public final class AccountEvents {

    private AccountEvents() {
    }

    /** An administrator created a consultant's account. */
    public record StaffInvited(long accountId, Role role, long invitedBy) {
    }

    public record AccountDeactivated(long accountId, long deactivatedBy) {
    }

    public record AccountReactivated(long accountId, long reactivatedBy) {
    }

    /** A client exchanged e-mail and password for API tokens. */
    public record ApiSignInSucceeded(long accountId, Role role) {
    }

    /**
     * An API sign-in was refused. {@code accountId} is null when the e-mail belongs to no account; {@code reason} is
     * one of "bad-credentials", "unknown-account", "disabled", "throttled".
     */
    public record ApiSignInFailed(Long accountId, String reason) {
    }

    /** The account's password changed; {@code how}: "own-password", "reset-link" or "invitation-link". */
    public record PasswordChanged(long accountId, String how) {
    }

    /** The holder turned two-factor login on (enrolment confirmed) or off. */
    public record TwoFactorChanged(long accountId, boolean enabled) {
    }

    /** An administrator took two-factor login off someone's account. */
    public record TwoFactorReset(long accountId, long resetBy) {
    }

    /** An administrator switched "staff must use two-factor login" on or off. */
    public record TwoFactorRequirementChanged(boolean required, long changedBy) {
    }
}
