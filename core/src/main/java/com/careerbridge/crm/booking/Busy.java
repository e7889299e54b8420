package com.careerbridge.crm.booking;

import java.time.Duration;
import java.time.Instant;

import com.careerbridge.crm.shared.Violations;

/**
 * Time the consultant already cannot give, {@code [start, end)}, carrying its own buffers: an existing session keeps the
 * preparation and note-taking time of its own kind, which may differ from the kind being booked, so the caller passes
 * them along instead of widening the interval. A new slot conflicts when its own padded interval
 * {@code [start - bufferBefore, end + bufferAfter)} overlaps {@code [blockedFrom(), blockedUntil())}; the two buffers
 * add up, so after a session with a 10-minute after-buffer, a session needing 15 minutes before starts 25 minutes later.
 *
 * @param kind {@link Kind#SESSION} counts towards the sessions per day; {@link Kind#BLOCKED} (time off, a calendar
 *             entry) only blocks time
 */
public record Busy(Instant start, Instant end, Duration bufferBefore, Duration bufferAfter, Kind kind) {

    public enum Kind {
        /** A booked session (scheduled or held): blocks time and counts towards the maximum per day. */
        SESSION,
        /** Time off or another commitment: blocks time, is not a session. */
        BLOCKED
    }

    public Busy {
        Violations violations = new Violations().required("start", start).required("end", end)
                .required("bufferBefore", bufferBefore).required("bufferAfter", bufferAfter).required("kind", kind);
        violations.throwIfAny();
        if (!end.isAfter(start)) {
            violations.add("end", "before-start");
        }
        if (bufferBefore.isNegative()) {
            violations.add("bufferBefore", "out-of-range");
        }
        if (bufferAfter.isNegative()) {
            violations.add("bufferAfter", "out-of-range");
        }
        violations.throwIfAny();
    }

    public static Busy session(Instant start, Instant end, Duration bufferBefore, Duration bufferAfter) {
        return new Busy(start, end, bufferBefore, bufferAfter, Kind.SESSION);
    }

    public static Busy blocked(Instant start, Instant end) {
        return new Busy(start, end, Duration.ZERO, Duration.ZERO, Kind.BLOCKED);
    }

    public Instant blockedFrom() {
        return start.minus(bufferBefore);
    }

    public Instant blockedUntil() {
        return end.plus(bufferAfter);
    }

    boolean overlaps(Instant from, Instant until) {
        return from.isBefore(blockedUntil()) && blockedFrom().isBefore(until);
    }
}
