package com.careerbridge.crm.api.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.careerbridge.crm.shared.InvalidValueException;

/**
 * The rules of {@code updatedSince}: how far back a client may ask (tombstones are kept for {@link #WINDOW}; an older
 * copy must be fetched again in full) and how much overlap {@code syncedAt} leaves for transactions that were still
 * committing while the list was read.
 */
public final class DeltaSync {

    public static final Duration WINDOW = Duration.ofDays(90);
    public static final Duration OVERLAP = Duration.ofMinutes(1);

    private DeltaSync() {
    }

    /** Validates {@code updatedSince}; null stays null (a full list). */
    public static Instant since(Instant updatedSince, Clock clock) {
        if (updatedSince != null && updatedSince.isBefore(clock.instant().minus(WINDOW))) {
            throw new InvalidValueException("updatedSince", "too-old");
        }
        return updatedSince;
    }

    /** Taken before reading: what the client passes as its next {@code updatedSince}. */
    public static Instant syncedAt(Clock clock) {
        return clock.instant().minus(OVERLAP);
    }
}
