package com.careerbridge.crm.session;

import java.time.Duration;
import java.time.Instant;

/** A live session as far as booking cares: when it runs, and the buffers it keeps free before and after. */
public record BlockedTime(long sessionId, Instant start, Instant end, Duration bufferBefore, Duration bufferAfter) {

    public BlockedTime(long sessionId, Instant start, Instant end, int bufferBeforeMinutes, int bufferAfterMinutes) {
        this(sessionId, start, end, Duration.ofMinutes(bufferBeforeMinutes), Duration.ofMinutes(bufferAfterMinutes));
    }
}
