package com.careerbridge.crm.booking;

import java.time.Duration;
import java.time.ZoneId;

/**
 * A consultant's bookable time as its editor shows it. {@code version} is what a change must quote: 0
 * ({@link #NEVER_SET_UP}) with {@code configured} false for a consultant who never set it up, and from 1 upwards once
 * stored — so that an editor who read "never set up" cannot overwrite the first setup someone else saved meanwhile (then nothing is offered; the defaults are a starting point: weekdays 9–12 and 13–18
 * in the office's zone, 24 hours' notice, 30 days ahead, 30-minute steps).
 */
public record AvailabilitySetup(long consultantId, long version, boolean configured, ConsultantAvailability availability,
                                BookingRules rules) {

    public static final long NEVER_SET_UP = 0;

    /** The version shown for a stored row: its optimistic-lock version plus one, so that 0 stays "never set up". */
    static long versionOf(long storedVersion) {
        return storedVersion + 1;
    }

    static AvailabilitySetup unconfigured(long consultantId, ZoneId zone) {
        WeeklyAvailability week = WeeklyAvailability.none(zone);
        for (java.time.DayOfWeek day : java.util.EnumSet.range(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY)) {
            week = week.with(day, TimeOfDayRange.of("09:00", "12:00"), TimeOfDayRange.of("13:00", "18:00"));
        }
        return new AvailabilitySetup(consultantId, 0, false, ConsultantAvailability.of(week),
                new BookingRules(Duration.ofHours(24), 30, null, 30));
    }
}
