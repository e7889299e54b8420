package com.careerbridge.crm.passwordreset;

import java.time.Duration;

import com.careerbridge.crm.shared.DomainException;

/**
 * Too many reset requests for this e-mail address or from this client address. Thrown for unknown addresses exactly as
 * for known ones, so it reveals nothing about accounts.
 */
public class PasswordResetThrottledException extends DomainException {

    private final Duration retryAfter;

    public PasswordResetThrottledException(Duration retryAfter) {
        super("password-reset.throttled");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up, at least one (HTTP {@code Retry-After}). */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    /** Whole minutes, rounded up, at least one, for people. */
    public long retryAfterMinutes() {
        return Math.max(1, (retryAfterSeconds() + 59) / 60);
    }
}
