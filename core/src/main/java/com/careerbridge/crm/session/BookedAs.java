package com.careerbridge.crm.session;

import java.time.Duration;

/** What a booked session remembers of how it was booked: its type, the buffers it keeps free, and who booked it. */
public record BookedAs(long typeId, Duration bufferBefore, Duration bufferAfter, boolean byCandidate) {
}
