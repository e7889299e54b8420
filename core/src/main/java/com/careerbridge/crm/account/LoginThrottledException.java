package com.careerbridge.crm.account;

import java.time.Duration;

import com.careerbridge.crm.shared.DomainException;

/** Too many failed sign-ins: the caller must wait {@link #retryAfter()} before trying again. */
public class LoginThrottledException extends DomainException {

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("auth.throttled");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up, as HTTP's {@code Retry-After} wants them; at least one. */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
