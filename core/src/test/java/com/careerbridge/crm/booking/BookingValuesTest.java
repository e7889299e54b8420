package com.careerbridge.crm.booking;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.InvalidValueException.FieldViolation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The booking values refuse input a consultant could not have meant, with the field and reason a form can show. */
class BookingValuesTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final LocalDate MONDAY_3_MAY = LocalDate.parse("2027-05-03");

    @Test
    void a_range_must_end_after_it_starts_in_whole_minutes() {
        assertRejected(() -> TimeOfDayRange.of("12:00", "12:00"), "to", "before-start");
        assertRejected(() -> TimeOfDayRange.of("12:00", "09:00"), "to", "before-start");
        assertRejected(() -> new TimeOfDayRange(LocalTime.of(9, 0, 30), LocalTime.of(10, 0)), "from", "invalid");
        assertRejected(() -> new TimeOfDayRange(LocalTime.of(9, 0), null), "to", "required");
        assertThat(TimeOfDayRange.of("00:00", "23:59").minutes()).isEqualTo(1439);
    }

    @Test
    void ranges_of_one_day_must_not_overlap_but_may_touch() {
        assertRejected(() -> WeeklyAvailability.none(SEOUL)
                .with(TUESDAY, TimeOfDayRange.of("09:00", "12:00"), TimeOfDayRange.of("11:30", "13:00")),
                "weekly.TUESDAY", "overlapping");
        assertRejected(() -> AvailabilityException.replacing(MONDAY_3_MAY, TimeOfDayRange.of("18:00", "20:00"),
                TimeOfDayRange.of("09:00", "19:00")), "intervals", "overlapping");

        WeeklyAvailability touching = WeeklyAvailability.none(SEOUL)
                .with(MONDAY, TimeOfDayRange.of("12:00", "15:00"), TimeOfDayRange.of("09:00", "12:00"));
        assertThat(touching.on(MONDAY)).as("sorted")
                .containsExactly(TimeOfDayRange.of("09:00", "12:00"), TimeOfDayRange.of("12:00", "15:00"));
        assertThat(touching.on(TUESDAY)).isEmpty();
    }

    @Test
    void a_week_needs_a_zone_and_a_date_takes_one_exception() {
        assertRejected(() -> WeeklyAvailability.none(null), "timeZone", "required");
        WeeklyAvailability week = WeeklyAvailability.none(SEOUL);
        assertRejected(() -> ConsultantAvailability.of(week, AvailabilityException.unavailable(MONDAY_3_MAY),
                AvailabilityException.replacing(MONDAY_3_MAY, TimeOfDayRange.of("09:00", "10:00"))), "exceptions", "taken");
    }

    @Test
    void an_exception_replaces_the_weekday_for_its_date_only() {
        ConsultantAvailability availability = ConsultantAvailability.of(
                WeeklyAvailability.none(SEOUL).with(MONDAY, TimeOfDayRange.of("09:00", "12:00")),
                AvailabilityException.replacing(MONDAY_3_MAY, TimeOfDayRange.of("19:00", "21:00")));

        assertThat(availability.intervalsOn(MONDAY_3_MAY)).containsExactly(TimeOfDayRange.of("19:00", "21:00"));
        assertThat(availability.intervalsOn(MONDAY_3_MAY.plusWeeks(1))).containsExactly(TimeOfDayRange.of("09:00", "12:00"));
        assertThat(AvailabilityException.unavailable(MONDAY_3_MAY).unavailableAllDay()).isTrue();
    }

    @Test
    void booking_rules_keep_to_their_ranges() {
        assertRejected(() -> new BookingRules(Duration.ZERO, 30, null, 4), "granularityMinutes", "out-of-range");
        assertRejected(() -> new BookingRules(Duration.ZERO, 30, null, 121), "granularityMinutes", "out-of-range");
        assertRejected(() -> new BookingRules(Duration.ZERO, 0, null, 15), "horizonDays", "out-of-range");
        assertRejected(() -> new BookingRules(Duration.ZERO, 366, null, 15), "horizonDays", "out-of-range");
        assertRejected(() -> new BookingRules(Duration.ofMinutes(-1), 30, null, 15), "minimumNotice", "out-of-range");
        assertRejected(() -> new BookingRules(null, 30, null, 15), "minimumNotice", "required");
        assertRejected(() -> new BookingRules(Duration.ZERO, 30, -1, 15), "maxSessionsPerDay", "out-of-range");

        assertThat(new BookingRules(Duration.ZERO, 1, null, 5).allowsAnother(1000)).isTrue();
        assertThat(new BookingRules(Duration.ZERO, 365, 0, 120).allowsAnother(1000)).isTrue();
        assertThat(new BookingRules(Duration.ZERO, 30, 3, 15).allowsAnother(2)).isTrue();
        assertThat(new BookingRules(Duration.ZERO, 30, 3, 15).allowsAnother(3)).isFalse();
    }

    @Test
    void a_session_shape_has_a_positive_length_and_sensible_buffers() {
        assertRejected(() -> SessionShape.of(Duration.ZERO), "duration", "out-of-range");
        assertRejected(() -> SessionShape.of(Duration.ofHours(9)), "duration", "out-of-range");
        assertRejected(() -> SessionShape.of(Duration.ofSeconds(90)), "duration", "out-of-range");
        assertRejected(() -> new SessionShape(Duration.ofHours(1), Duration.ofMinutes(-5), Duration.ZERO),
                "bufferBefore", "out-of-range");
        assertRejected(() -> new SessionShape(Duration.ofHours(1), Duration.ZERO, Duration.ofHours(3)),
                "bufferAfter", "out-of-range");
    }

    @Test
    void busy_time_and_requested_days_run_forwards() {
        Instant nine = Instant.parse("2027-05-03T00:00:00Z");
        assertRejected(() -> Busy.blocked(nine, nine), "end", "before-start");
        assertRejected(() -> Busy.session(nine, nine.plusSeconds(3600), Duration.ofMinutes(-1), Duration.ZERO),
                "bufferBefore", "out-of-range");
        assertRejected(() -> new ViewerDays(MONDAY_3_MAY, MONDAY_3_MAY.minusDays(1), SEOUL), "to", "before-start");
        assertRejected(() -> new ViewerDays(MONDAY_3_MAY, MONDAY_3_MAY, null), "timeZone", "required");
        assertRejected(() -> new ViewerDays(MONDAY_3_MAY, LocalDate.MAX, SEOUL), "to", "range-too-long");
        assertThat(new ViewerDays(MONDAY_3_MAY, MONDAY_3_MAY.plusDays(365), SEOUL).to()).as("366 days, the most")
                .isEqualTo(LocalDate.parse("2028-05-02"));

        Busy session = Busy.session(nine, nine.plusSeconds(3600), Duration.ofMinutes(10), Duration.ofMinutes(5));
        assertThat(session.blockedFrom()).isEqualTo(Instant.parse("2027-05-02T23:50:00Z"));
        assertThat(session.blockedUntil()).isEqualTo(Instant.parse("2027-05-03T01:05:00Z"));
    }

    @Test
    void a_viewer_day_is_as_long_as_it_is_in_the_viewers_zone() {
        ViewerDays springForward = ViewerDays.of(LocalDate.parse("2027-03-14"), ZoneId.of("America/New_York"));

        assertThat(springForward.start()).isEqualTo(Instant.parse("2027-03-14T05:00:00Z"));
        assertThat(springForward.end()).isEqualTo(Instant.parse("2027-03-15T04:00:00Z"));
    }

    private static void assertRejected(ThrowingCallable construction, String field, String reason) {
        assertThatThrownBy(construction).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).violations())
                .isEqualTo(List.of(new FieldViolation(field, reason)));
    }
}
