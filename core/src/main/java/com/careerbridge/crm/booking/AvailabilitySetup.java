package com.careerbridge.crm.booking;

import java.time.Duration;
import java.time.ZoneId;

/**
 * A consultant's bookable time as its editor shows it. {@code version} is 0 and {@code configured} false for a
 * consultant who never set it up (then nothing is offered; the defaults are a starting point: weekdays 9–12 and 13–18
 * in the office's zone, 24 hours' notice, 30 days ahead, 30-minute steps).
 */
public record AvailabilitySetup(long consultantId, long version, boolean configured, ConsultantAvailability availability,
                                BookingRules rules) {

    static AvailabilitySetup unconfigured(long consultantId, ZoneId zone) {
        WeeklyAvailability week = WeeklyAvailability.none(zone);
        for (java.time.DayOfWeek day : java.util.EnumSet.range(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY)) {
            week = week.with(day, TimeOfDayRange.of("09:00", "12:00"), TimeOfDayRange.of("13:00", "18:00"));
        }
        return new AvailabilitySetup(consultantId, 0, false, ConsultantAvailability.of(week),
                new BookingRules(Duration.ofHours(24), 30, null, 30));
    }
}
