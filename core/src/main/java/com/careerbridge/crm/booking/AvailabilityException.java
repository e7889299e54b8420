package com.careerbridge.crm.booking;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.careerbridge.crm.shared.InvalidValueException;

/**
 * A change to the usual week for one date of the consultant's calendar (not a Java exception). It <em>replaces</em>
 * that weekday's ranges for the date, it does not add to them: an empty list means unavailable all day; to add an
 * evening to a normal day, list the day's usual ranges and the evening; to shorten a day, list the shorter range.
 * Replacing keeps the meaning obvious when the usual week is edited later: the date stays exactly as the consultant set it.
 *
 * @param date      a date in the consultant's time zone
 * @param intervals the ranges for that date, sorted; may touch, not overlap (field {@code intervals})
 */
public record AvailabilityException(LocalDate date, List<TimeOfDayRange> intervals) {

    public AvailabilityException {
        if (date == null) {
            throw new InvalidValueException("date", "required");
        }
        intervals = TimeOfDayRange.sortedDay("intervals", intervals);
    }

    public static AvailabilityException unavailable(LocalDate date) {
        return new AvailabilityException(date, List.of());
    }

    public static AvailabilityException replacing(LocalDate date, TimeOfDayRange... intervals) {
        return new AvailabilityException(date, Arrays.asList(intervals));
    }

    public boolean unavailableAllDay() {
        return intervals.isEmpty();
    }
}
