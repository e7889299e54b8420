package com.careerbridge.crm.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import com.careerbridge.crm.shared.Violations;

/**
 * The days a person looking for a slot asks about, {@code from} to {@code to} inclusive, as dates on <em>their</em>
 * calendar: a candidate in New York asking for 14 March gets the slots that start on 14 March in New York, whatever
 * date that is in Seoul. A day is as long as it is in that zone (23 or 25 hours on a clock change).
 */
public record ViewerDays(LocalDate from, LocalDate to, ZoneId zone) {

    /** Longer than any horizon; refuses absurd requests (year 9999) before date arithmetic overflows on them. */
    public static final int MAX_DAYS = BookingRules.MAX_HORIZON_DAYS + 1;

    public ViewerDays {
        Violations violations = new Violations().required("from", from).required("to", to).required("timeZone", zone);
        violations.throwIfAny();
        if (to.isBefore(from)) {
            violations.add("to", "before-start");
        } else if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            violations.add("to", "range-too-long");
        }
        violations.throwIfAny();
    }

    public static ViewerDays of(LocalDate day, ZoneId zone) {
        return new ViewerDays(day, day, zone);
    }

    /** Midnight starting {@code from} in the viewer's zone (or the first instant of that day if midnight is skipped). */
    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The start of the day after {@code to}: exclusive. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
