package com.careerbridge.crm.booking;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.careerbridge.crm.shared.InvalidValueException;

/**
 * A consultant's usual week: for each day, the wall-clock ranges they take sessions in, read in their own time zone.
 * The times are wall-clock times on purpose: "Mondays 09:00–12:00 in Seoul" stays 09:00–12:00 on the consultant's
 * clock all year, and a viewer elsewhere sees it move when either clock changes. A day without ranges is a day off.
 *
 * @param zone the consultant's time zone; every range is read in it
 * @param days ranges per day, sorted by start; ranges of one day may touch but not overlap (field {@code weekly.MONDAY}
 *             etc., reason {@code overlapping})
 */
public record WeeklyAvailability(ZoneId zone, Map<DayOfWeek, List<TimeOfDayRange>> days) {

    public WeeklyAvailability {
        if (zone == null) {
            throw new InvalidValueException("timeZone", "required");
        }
        if (days == null) {
            throw new InvalidValueException("weekly", "required");
        }
        EnumMap<DayOfWeek, List<TimeOfDayRange>> checked = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, ranges) -> {
            if (day == null) {
                throw new InvalidValueException("weekly", "required");
            }
            List<TimeOfDayRange> sorted = TimeOfDayRange.sortedDay("weekly." + day, ranges);
            if (!sorted.isEmpty()) {
                checked.put(day, sorted);
            }
        });
        days = Collections.unmodifiableMap(checked);
    }

    /** A week with no availability yet, to be filled with {@link #with}. */
    public static WeeklyAvailability none(ZoneId zone) {
        return new WeeklyAvailability(zone, Map.of());
    }

    /** A copy of this week in which {@code day} has exactly these ranges (none: a day off). */
    public WeeklyAvailability with(DayOfWeek day, TimeOfDayRange... ranges) {
        EnumMap<DayOfWeek, List<TimeOfDayRange>> changed = new EnumMap<>(DayOfWeek.class);
        changed.putAll(days);
        changed.put(day, Arrays.asList(ranges));
        return new WeeklyAvailability(zone, changed);
    }

    /** The ranges of {@code day}, sorted; empty on a day off. */
    public List<TimeOfDayRange> on(DayOfWeek day) {
        return days.getOrDefault(day, List.of());
    }
}
