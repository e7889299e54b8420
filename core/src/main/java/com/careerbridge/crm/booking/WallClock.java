package com.careerbridge.crm.booking;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.Optional;

/**
 * The one place that decides what a consultant's wall-clock time means on a day the clocks change. {@code java.time}'s
 * default would move a time in the spring gap an hour later, which would offer a start the consultant never chose.
 */
final class WallClock {

    private WallClock() {
    }

    /**
     * The instant at which the clock shows {@code time}: none if the clock skips it (spring gap), the first of the two
     * if the clock shows it twice (autumn overlap), so a wall-clock time is offered at most once.
     */
    static Optional<Instant> firstShowing(LocalDateTime time, ZoneId zone) {
        if (zone.getRules().getValidOffsets(time).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ZonedDateTime.ofLocal(time, zone, null).withEarlierOffsetAtOverlap().toInstant());
    }

    /**
     * The first instant at which the clock has reached {@code time}: for a skipped time, the moment the clock jumps past
     * it; for a repeated time, its first showing. Used for the end of a range, so a range ending at a skipped 02:30
     * ends when the clock jumps from 02:00 to 03:00, not at 03:30.
     */
    static Instant reached(LocalDateTime time, ZoneId zone) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(time);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return ZonedDateTime.ofLocal(time, zone, null).withEarlierOffsetAtOverlap().toInstant();
    }
}
