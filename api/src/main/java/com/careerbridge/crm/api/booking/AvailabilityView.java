package com.careerbridge.crm.api.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.careerbridge.crm.api.http.TemporalInput;
import com.careerbridge.crm.booking.AvailabilitySetup;
import com.careerbridge.crm.booking.TimeOfDayRange;
import com.careerbridge.crm.shared.InvalidValueException;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A consultant's bookable time and booking rules. {@code configured} is false (and {@code version} 0) for a consultant
 * who never set it up: nothing is offered then, and the values are the suggested defaults. Times of day are wall-clock
 * times in {@code timeZone}; an exception replaces that date's ranges (none: a day off).
 */
@Schema(name = "Availability")
record AvailabilityView(long consultantId, String timeZone, Map<DayOfWeek, List<Range>> weekly,
                        List<DateRanges> exceptions, long minimumNoticeMinutes, int horizonDays,
                        Integer maxSessionsPerDay, int granularityMinutes, boolean configured, long version) {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /** Wall-clock {@code [from, to)} within one day, as {@code HH:mm}, e.g. 09:00–12:00. */
    @Schema(name = "TimeRange")
    record Range(@Schema(example = "09:00", requiredMode = Schema.RequiredMode.REQUIRED) String from,
                 @Schema(example = "12:00", requiredMode = Schema.RequiredMode.REQUIRED) String to) {

        static Range of(TimeOfDayRange range) {
            return new Range(range.from().format(HH_MM), range.to().format(HH_MM));
        }

        TimeOfDayRange toRange() {
            return new TimeOfDayRange(time("from", from), time("to", to));
        }

        private static LocalTime time(String field, String text) {
            if (text == null || text.isBlank()) {
                throw new InvalidValueException(field, "required");
            }
            try {
                return TemporalInput.time(text.strip());
            } catch (DateTimeParseException notATime) {
                throw new InvalidValueException(field, "invalid");
            }
        }
    }

    /** The ranges of one date instead of its weekday's. */
    @Schema(name = "AvailabilityException")
    record DateRanges(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate date,
                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Range> intervals) {
    }

    static AvailabilityView of(AvailabilitySetup setup) {
        Map<DayOfWeek, List<Range>> weekly = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            weekly.put(day, setup.availability().weekly().on(day).stream().map(Range::of).toList());
        }
        return new AvailabilityView(setup.consultantId(), setup.availability().zone().getId(), weekly,
                setup.availability().exceptions().stream()
                        .map(e -> new DateRanges(e.date(), e.intervals().stream().map(Range::of).toList()))
                        .toList(),
                setup.rules().minimumNotice().toMinutes(), setup.rules().horizonDays(),
                setup.rules().maxSessionsPerDay(), setup.rules().granularityMinutes(), setup.configured(),
                versionOf(setup));
    }

    /** The version clients quote in If-Match: 0 before the first setup, from 1 upwards once stored (core's). */
    static long versionOf(AvailabilitySetup setup) {
        return setup.version();
    }
}
