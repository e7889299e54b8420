package com.careerbridge.crm.shared;

import java.time.Duration;

/** Too many attempts of something: the caller must wait {@link #retryAfter()} before trying again. */
public abstract class ThrottledException extends DomainException {

    private final Duration retryAfter;

    protected ThrottledException(String code, Duration retryAfter) {
        super(code);
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

    /** Whole minutes, rounded up, at least one, for people. */
    public long retryAfterMinutes() {
        return Math.max(1, (retryAfterSeconds() + 59) / 60);
    }
}
