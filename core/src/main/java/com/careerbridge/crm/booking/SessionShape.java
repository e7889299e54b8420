package com.careerbridge.crm.booking;

import java.time.Duration;

import com.careerbridge.crm.shared.Violations;

/**
 * The kind of session being booked: how long it runs and how much free time it needs around it (preparing, writing
 * notes). The duration is real elapsed time, also across a clock change. Buffers must be free of other sessions and
 * blocked time but may lie outside the consultant's availability: only the session itself must fit in a range.
 *
 * @param duration     whole minutes, more than 0, at most {@link #MAX_DURATION}
 * @param bufferBefore whole minutes, 0 to {@link #MAX_BUFFER}
 * @param bufferAfter  whole minutes, 0 to {@link #MAX_BUFFER}
 */
public record SessionShape(Duration duration, Duration bufferBefore, Duration bufferAfter) {

    /** The same limit the session plan applies to one session; repeated here so booking does not depend on session. */
    public static final Duration MAX_DURATION = Duration.ofHours(8);
    public static final Duration MAX_BUFFER = Duration.ofHours(2);

    public SessionShape {
        Violations violations = new Violations().required("duration", duration)
                .required("bufferBefore", bufferBefore).required("bufferAfter", bufferAfter);
        violations.throwIfAny();
        if (!isWholeMinutes(duration) || duration.isZero() || duration.compareTo(MAX_DURATION) > 0) {
            violations.add("duration", "out-of-range");
        }
        if (!isWholeMinutes(bufferBefore) || bufferBefore.compareTo(MAX_BUFFER) > 0) {
            violations.add("bufferBefore", "out-of-range");
        }
        if (!isWholeMinutes(bufferAfter) || bufferAfter.compareTo(MAX_BUFFER) > 0) {
            violations.add("bufferAfter", "out-of-range");
        }
        violations.throwIfAny();
    }

    public static SessionShape of(Duration duration) {
        return new SessionShape(duration, Duration.ZERO, Duration.ZERO);
    }

    private static boolean isWholeMinutes(Duration value) {
        return !value.isNegative() && value.toSecondsPart() == 0 && value.toNanosPart() == 0;
    }
}
