package com.careerbridge.crm.api.booking;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.careerbridge.crm.booking.AvailabilityException;
import com.careerbridge.crm.booking.BookingRules;
import com.careerbridge.crm.booking.ConsultantAvailability;
import com.careerbridge.crm.booking.WeeklyAvailability;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.Violations;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A consultant's whole bookable time, replacing what was there: the usual week (a missing day is a day off), the dated
 * exceptions and the booking rules. Core checks every rule (overlapping ranges, steps of 5–120 minutes, …).
 */
record AvailabilityRequest(
        @Schema(description = "IANA time zone the times are read in, e.g. Asia/Seoul",
                requiredMode = Schema.RequiredMode.REQUIRED) String timeZone,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Map<DayOfWeek, List<AvailabilityView.Range>> weekly,
        List<AvailabilityView.DateRanges> exceptions,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long minimumNoticeMinutes,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer horizonDays,
        @Schema(description = "null or 0: no limit") Integer maxSessionsPerDay,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer granularityMinutes) {

    ConsultantAvailability toAvailability() {
        new Violations().zoneId("timeZone", timeZone).throwIfAny();
        if (weekly == null) {
            throw new InvalidValueException("weekly", "required");
        }
        Map<DayOfWeek, List<com.careerbridge.crm.booking.TimeOfDayRange>> days = new EnumMap<>(DayOfWeek.class);
        weekly.forEach((day, ranges) -> days.put(day, ranges == null ? null
                : ranges.stream().map(r -> r == null ? null : r.toRange()).toList()));
        List<AvailabilityException> dated = new ArrayList<>();
        for (AvailabilityView.DateRanges exception : exceptions == null ? List.<AvailabilityView.DateRanges>of() : exceptions) {
            if (exception == null || exception.intervals() == null) {
                throw new InvalidValueException("exceptions", "required");
            }
            dated.add(new AvailabilityException(exception.date(),
                    exception.intervals().stream().map(r -> r == null ? null : r.toRange()).toList()));
        }
        return new ConsultantAvailability(new WeeklyAvailability(ZoneId.of(timeZone), days), dated);
    }

    BookingRules toRules() {
        Violations violations = new Violations().required("minimumNoticeMinutes", minimumNoticeMinutes)
                .required("horizonDays", horizonDays).required("granularityMinutes", granularityMinutes);
        violations.throwIfAny();
        if (minimumNoticeMinutes < 0 || minimumNoticeMinutes > Duration.ofDays(BookingRules.MAX_HORIZON_DAYS).toMinutes()) {
            throw new InvalidValueException("minimumNoticeMinutes", "out-of-range");
        }
        return new BookingRules(Duration.ofMinutes(minimumNoticeMinutes), horizonDays, maxSessionsPerDay,
                granularityMinutes);
    }
}
