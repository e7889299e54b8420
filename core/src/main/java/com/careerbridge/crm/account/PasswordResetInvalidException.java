package com.careerbridge.crm.account;

import com.careerbridge.crm.shared.DomainException;

/**
 * A password-reset token that cannot be used: unknown (or replaced by a newer request), already used, or expired. The
 * code says which ({@code password-reset.unknown}, {@code .used}, {@code .expired}), so that the holder can be told to
 * ask for a new link. Says nothing about whether an account exists: only someone holding a token ever sees it.
 */
public class PasswordResetInvalidException extends DomainException {

    public enum Reason { UNKNOWN, USED, EXPIRED }

    private final Reason reason;

    public PasswordResetInvalidException(Reason reason) {
        super("password-reset." + reason.name().toLowerCase(java.util.Locale.ROOT));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
