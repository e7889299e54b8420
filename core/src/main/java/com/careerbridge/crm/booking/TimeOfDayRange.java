package com.careerbridge.crm.booking;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.Violations;

/**
 * Wall-clock time within one day, {@code [from, to)}, in whole minutes, as a consultant writes it ("09:00–12:00").
 * A range never crosses midnight, so every range belongs to exactly one date; an evening "until midnight" is written
 * {@code …–23:59}. The minute given up that way costs nothing but a session ending at exactly 24:00, and spares
 * everyone a 24:00 special case. How a range turns into instants on a day the clocks change is the calculator's rule.
 */
public record TimeOfDayRange(LocalTime from, LocalTime to) {

    /** More ranges on one day than any real week needs; a guard against absurd input, not a policy. */
    public static final int MAX_PER_DAY = 12;

    public TimeOfDayRange {
        Violations violations = new Violations().required("from", from).required("to", to);
        violations.throwIfAny();
        if (!isWholeMinute(from)) {
            violations.add("from", "invalid");
        }
        if (!isWholeMinute(to)) {
            violations.add("to", "invalid");
        }
        if (!to.isAfter(from)) {
            violations.add("to", "before-start");
        }
        violations.throwIfAny();
    }

    /** {@code TimeOfDayRange.of("09:00", "12:00")}. */
    public static TimeOfDayRange of(String from, String to) {
        return new TimeOfDayRange(LocalTime.parse(from), LocalTime.parse(to));
    }

    public boolean overlaps(TimeOfDayRange other) {
        return from.isBefore(other.to) && other.from.isBefore(to);
    }

    /** Length in wall-clock minutes (on a day the clocks change the real length differs). */
    long minutes() {
        return (to.toSecondOfDay() - from.toSecondOfDay()) / 60;
    }

    /**
     * One day's ranges sorted by start, rejected under {@code field} when they overlap or are too many. Ranges that
     * only touch (09:00–12:00 and 12:00–15:00) are allowed and stay separate: a session must fit inside one of them.
     */
    static List<TimeOfDayRange> sortedDay(String field, List<TimeOfDayRange> ranges) {
        if (ranges == null || ranges.stream().anyMatch(Objects::isNull)) {
            throw new InvalidValueException(field, "required");
        }
        if (ranges.size() > MAX_PER_DAY) {
            throw new InvalidValueException(field, "too-many");
        }
        List<TimeOfDayRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparing(TimeOfDayRange::from));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new InvalidValueException(field, "overlapping");
            }
        }
        return List.copyOf(sorted);
    }

    private static boolean isWholeMinute(LocalTime time) {
        return time.getSecond() == 0 && time.getNano() == 0;
    }
}
