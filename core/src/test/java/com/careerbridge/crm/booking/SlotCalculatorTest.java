package com.careerbridge.crm.booking;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What a candidate sees when booking: which start times are offered, and at which wall-clock time in their own zone,
 * including the weeks the clocks change (2027: United States 14 March and 7 November, European Union 28 March and
 * 31 October).
 */
class SlotCalculatorTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static final SessionShape ONE_HOUR = SessionShape.of(Duration.ofHours(1));
    private static final BookingRules HOURLY = rules(Duration.ZERO, 365, null, 60);

    /**
     * A consultant in Seoul (no daylight saving) offering 13:00 and 21:00 and 22:00 every day: 04:00, 12:00 and 13:00
     * UTC, so the 13:00 slot sits right at a New York midnight.
     */
    @Nested
    class SeoulConsultantSeenFromAbroad {

        private final ConsultantAvailability seoul = ConsultantAvailability.of(
                everyDay(SEOUL, TimeOfDayRange.of("13:00", "14:00"), TimeOfDayRange.of("21:00", "23:00")));
        private final BookingRules rules = rules(Duration.ofHours(24), 30, null, 60);

        @Test
        void new_york_spring_forward_moves_the_slots_an_hour_later_and_a_day_boundary_is_new_yorks() {
            List<Slot> slots = SlotCalculator.freeSlots(seoul, rules, ONE_HOUR, List.of(),
                    Instant.parse("2027-03-10T00:00:00Z"), new ViewerDays(date("2027-03-13"), date("2027-03-15"), NEW_YORK));

            assertThat(starts(slots)).containsExactly(
                    Instant.parse("2027-03-13T12:00:00Z"), Instant.parse("2027-03-13T13:00:00Z"),
                    Instant.parse("2027-03-14T04:00:00Z"),
                    Instant.parse("2027-03-14T12:00:00Z"), Instant.parse("2027-03-14T13:00:00Z"),
                    Instant.parse("2027-03-15T04:00:00Z"),
                    Instant.parse("2027-03-15T12:00:00Z"), Instant.parse("2027-03-15T13:00:00Z"));
            // Seoul's 13:00 is 23:00 the evening before in New York until the change and midnight after it, so the
            // 23-hour 14 March in New York holds no such slot at all.
            assertThat(wallStarts(slots, NEW_YORK)).containsExactly(
                    at("2027-03-13T07:00"), at("2027-03-13T08:00"), at("2027-03-13T23:00"),
                    at("2027-03-14T08:00"), at("2027-03-14T09:00"),
                    at("2027-03-15T00:00"), at("2027-03-15T08:00"), at("2027-03-15T09:00"));
            assertThat(wallStarts(slots, SEOUL)).extracting(LocalDateTime::toLocalTime).map(Object::toString)
                    .containsExactly("21:00", "22:00", "13:00", "21:00", "22:00", "13:00", "21:00", "22:00");
        }

        @Test
        void one_new_york_day_is_only_that_day_in_new_york() {
            Instant now = Instant.parse("2027-03-10T00:00:00Z");

            assertThat(wallStarts(SlotCalculator.freeSlots(seoul, rules, ONE_HOUR, List.of(), now,
                    ViewerDays.of(date("2027-03-14"), NEW_YORK)), NEW_YORK))
                    .containsExactly(at("2027-03-14T08:00"), at("2027-03-14T09:00"));
            assertThat(wallStarts(SlotCalculator.freeSlots(seoul, rules, ONE_HOUR, List.of(), now,
                    ViewerDays.of(date("2027-03-14"), SEOUL)), SEOUL))
                    .as("the same date asked in Seoul")
                    .containsExactly(at("2027-03-14T13:00"), at("2027-03-14T21:00"), at("2027-03-14T22:00"));
        }

        @Test
        void berlin_spring_forward_moves_the_same_slots_an_hour_later() {
            List<Slot> slots = SlotCalculator.freeSlots(seoul, rules, ONE_HOUR, List.of(),
                    Instant.parse("2027-03-20T00:00:00Z"), new ViewerDays(date("2027-03-27"), date("2027-03-29"), BERLIN));

            assertThat(starts(slots)).containsExactly(
                    Instant.parse("2027-03-27T04:00:00Z"), Instant.parse("2027-03-27T12:00:00Z"), Instant.parse("2027-03-27T13:00:00Z"),
                    Instant.parse("2027-03-28T04:00:00Z"), Instant.parse("2027-03-28T12:00:00Z"), Instant.parse("2027-03-28T13:00:00Z"),
                    Instant.parse("2027-03-29T04:00:00Z"), Instant.parse("2027-03-29T12:00:00Z"), Instant.parse("2027-03-29T13:00:00Z"));
            assertThat(wallStarts(slots, BERLIN)).containsExactly(
                    at("2027-03-27T05:00"), at("2027-03-27T13:00"), at("2027-03-27T14:00"),
                    at("2027-03-28T06:00"), at("2027-03-28T14:00"), at("2027-03-28T15:00"),
                    at("2027-03-29T06:00"), at("2027-03-29T14:00"), at("2027-03-29T15:00"));
        }

        @Test
        void berlin_fall_back_moves_the_same_slots_an_hour_earlier() {
            List<Slot> slots = SlotCalculator.freeSlots(seoul, rules, ONE_HOUR, List.of(),
                    Instant.parse("2027-10-25T00:00:00Z"), new ViewerDays(date("2027-10-30"), date("2027-11-01"), BERLIN));

            assertThat(starts(slots)).containsExactly(
                    Instant.parse("2027-10-30T04:00:00Z"), Instant.parse("2027-10-30T12:00:00Z"), Instant.parse("2027-10-30T13:00:00Z"),
                    Instant.parse("2027-10-31T04:00:00Z"), Instant.parse("2027-10-31T12:00:00Z"), Instant.parse("2027-10-31T13:00:00Z"),
                    Instant.parse("2027-11-01T04:00:00Z"), Instant.parse("2027-11-01T12:00:00Z"), Instant.parse("2027-11-01T13:00:00Z"));
            assertThat(wallStarts(slots, BERLIN)).containsExactly(
                    at("2027-10-30T06:00"), at("2027-10-30T14:00"), at("2027-10-30T15:00"),
                    at("2027-10-31T05:00"), at("2027-10-31T13:00"), at("2027-10-31T14:00"),
                    at("2027-11-01T05:00"), at("2027-11-01T13:00"), at("2027-11-01T14:00"));
        }

        @Test
        void new_york_fall_back_gives_its_25_hour_day_both_the_midnight_and_the_late_evening_slot() {
            List<Slot> slots = SlotCalculator.freeSlots(seoul, rules, ONE_HOUR, List.of(),
                    Instant.parse("2027-11-01T00:00:00Z"), new ViewerDays(date("2027-11-06"), date("2027-11-08"), NEW_YORK));

            assertThat(starts(slots)).containsExactly(
                    Instant.parse("2027-11-06T04:00:00Z"), Instant.parse("2027-11-06T12:00:00Z"), Instant.parse("2027-11-06T13:00:00Z"),
                    Instant.parse("2027-11-07T04:00:00Z"), Instant.parse("2027-11-07T12:00:00Z"), Instant.parse("2027-11-07T13:00:00Z"),
                    Instant.parse("2027-11-08T04:00:00Z"),
                    Instant.parse("2027-11-08T12:00:00Z"), Instant.parse("2027-11-08T13:00:00Z"),
                    Instant.parse("2027-11-09T04:00:00Z"));
            assertThat(wallStarts(slots, NEW_YORK)).containsExactly(
                    at("2027-11-06T00:00"), at("2027-11-06T08:00"), at("2027-11-06T09:00"),
                    at("2027-11-07T00:00"), at("2027-11-07T07:00"), at("2027-11-07T08:00"), at("2027-11-07T23:00"),
                    at("2027-11-08T07:00"), at("2027-11-08T08:00"), at("2027-11-08T23:00"));
        }
    }

    /** A consultant in Berlin whose own clock changes, with ranges 01:00–04:00 and 09:00–12:00 on Sundays. */
    @Nested
    class BerlinConsultantOnChangeDays {

        private final ConsultantAvailability berlin = ConsultantAvailability.of(WeeklyAvailability.none(BERLIN)
                .with(SUNDAY, TimeOfDayRange.of("01:00", "04:00"), TimeOfDayRange.of("09:00", "12:00")));

        @Test
        void spring_forward_skips_the_hour_that_does_not_exist() {
            List<Slot> slots = SlotCalculator.freeSlots(berlin, HOURLY, ONE_HOUR, List.of(),
                    Instant.parse("2027-03-20T00:00:00Z"), ViewerDays.of(date("2027-03-28"), BERLIN));

            assertThat(starts(slots)).containsExactly(
                    Instant.parse("2027-03-28T00:00:00Z"), Instant.parse("2027-03-28T01:00:00Z"),
                    Instant.parse("2027-03-28T07:00:00Z"), Instant.parse("2027-03-28T08:00:00Z"), Instant.parse("2027-03-28T09:00:00Z"));
            assertThat(slots).extracting(slot -> slot.startIn(BERLIN).toOffsetDateTime().toString()).containsExactly(
                    "2027-03-28T01:00+01:00", "2027-03-28T03:00+02:00",
                    "2027-03-28T09:00+02:00", "2027-03-28T10:00+02:00", "2027-03-28T11:00+02:00");
        }

        @Test
        void a_start_in_the_gap_is_skipped_not_moved_to_after_it() {
            BookingRules every45 = rules(Duration.ZERO, 365, null, 45);
            SessionShape halfHour = SessionShape.of(Duration.ofMinutes(30));

            List<Slot> slots = SlotCalculator.freeSlots(berlin, every45, halfHour, List.of(),
                    Instant.parse("2027-03-20T00:00:00Z"), ViewerDays.of(date("2027-03-28"), BERLIN));

            // 01:00 + 45-minute steps: 01:00, 01:45, 02:30 (skipped by the clock; not 03:30), 03:15; then 09:00 …
            assertThat(wallStarts(slots, BERLIN)).containsExactly(
                    at("2027-03-28T01:00"), at("2027-03-28T01:45"), at("2027-03-28T03:15"),
                    at("2027-03-28T09:00"), at("2027-03-28T09:45"), at("2027-03-28T10:30"), at("2027-03-28T11:15"));
            assertThat(starts(slots).subList(0, 3)).containsExactly(Instant.parse("2027-03-28T00:00:00Z"),
                    Instant.parse("2027-03-28T00:45:00Z"), Instant.parse("2027-03-28T01:15:00Z"));
        }

        @Test
        void the_range_across_the_gap_is_an_hour_shorter_in_real_time() {
            SessionShape threeHours = SessionShape.of(Duration.ofHours(3));

            assertThat(SlotCalculator.freeSlots(berlin, HOURLY, threeHours, List.of(),
                    Instant.parse("2027-03-20T00:00:00Z"), ViewerDays.of(date("2027-03-28"), BERLIN)))
                    .extracting(Slot::start).containsExactly(Instant.parse("2027-03-28T07:00:00Z"));
            assertThat(SlotCalculator.freeSlots(berlin, HOURLY, threeHours, List.of(),
                    Instant.parse("2027-03-20T00:00:00Z"), ViewerDays.of(date("2027-04-04"), BERLIN)))
                    .as("an ordinary Sunday").extracting(Slot::start)
                    .containsExactly(Instant.parse("2027-04-03T23:00:00Z"), Instant.parse("2027-04-04T07:00:00Z"));
        }

        @Test
        void a_range_ending_at_a_skipped_time_ends_when_the_clock_jumps() {
            ConsultantAvailability nightOwl = ConsultantAvailability.of(
                    WeeklyAvailability.none(BERLIN).with(SUNDAY, TimeOfDayRange.of("01:00", "02:30")));
            BookingRules every30 = rules(Duration.ZERO, 365, null, 30);

            // 01:30 + 1 h would end at 03:30 summer time, past the jump from 02:00 to 03:00 that ends the range.
            assertThat(SlotCalculator.freeSlots(nightOwl, every30, ONE_HOUR, List.of(),
                    Instant.parse("2027-03-20T00:00:00Z"), ViewerDays.of(date("2027-03-28"), BERLIN)))
                    .containsExactly(new Slot(Instant.parse("2027-03-28T00:00:00Z"), Instant.parse("2027-03-28T01:00:00Z")));
        }

        @Test
        void a_range_ending_at_a_repeated_time_ends_at_its_first_showing() {
            ConsultantAvailability nightOwl = ConsultantAvailability.of(
                    WeeklyAvailability.none(BERLIN).with(SUNDAY, TimeOfDayRange.of("01:00", "02:30")));
            BookingRules every30 = rules(Duration.ZERO, 365, null, 30);

            assertThat(SlotCalculator.freeSlots(nightOwl, every30, ONE_HOUR, List.of(),
                    Instant.parse("2027-10-25T00:00:00Z"), ViewerDays.of(date("2027-10-31"), BERLIN)))
                    .extracting(slot -> slot.startIn(BERLIN).toOffsetDateTime().toString())
                    .containsExactly("2027-10-31T01:00+02:00", "2027-10-31T01:30+02:00");
        }

        @Test
        void fall_back_offers_each_wall_clock_time_once_at_its_first_showing() {
            List<Slot> slots = SlotCalculator.freeSlots(berlin, HOURLY, ONE_HOUR, List.of(),
                    Instant.parse("2027-10-25T00:00:00Z"), ViewerDays.of(date("2027-10-31"), BERLIN));

            assertThat(starts(slots)).containsExactly(
                    Instant.parse("2027-10-30T23:00:00Z"), Instant.parse("2027-10-31T00:00:00Z"), Instant.parse("2027-10-31T02:00:00Z"),
                    Instant.parse("2027-10-31T08:00:00Z"), Instant.parse("2027-10-31T09:00:00Z"), Instant.parse("2027-10-31T10:00:00Z"));
            assertThat(slots).extracting(slot -> slot.startIn(BERLIN).toOffsetDateTime().toString()).containsExactly(
                    "2027-10-31T01:00+02:00", "2027-10-31T02:00+02:00", "2027-10-31T03:00+01:00",
                    "2027-10-31T09:00+01:00", "2027-10-31T10:00+01:00", "2027-10-31T11:00+01:00");
            assertNoOverlap(slots);
        }

        @Test
        void fall_back_with_a_granularity_that_does_not_divide_the_hour_neither_doubles_nor_overlaps() {
            BookingRules every40 = rules(Duration.ZERO, 365, null, 40);
            SessionShape fortyMinutes = SessionShape.of(Duration.ofMinutes(40));

            List<Slot> slots = SlotCalculator.freeSlots(berlin, every40, fortyMinutes, List.of(),
                    Instant.parse("2027-10-25T00:00:00Z"), ViewerDays.of(date("2027-10-31"), BERLIN));

            // 01:00, 01:40, 02:20 (first showing, summer time), 03:00 (winter time); 03:40 would end at 04:20.
            assertThat(slots.subList(0, 4)).extracting(slot -> slot.startIn(BERLIN).toOffsetDateTime().toString())
                    .containsExactly("2027-10-31T01:00+02:00", "2027-10-31T01:40+02:00", "2027-10-31T02:20+02:00",
                            "2027-10-31T03:00+01:00");
            assertThat(slots.get(4).startIn(BERLIN).toLocalTime()).hasToString("09:00");
            assertNoOverlap(slots);
        }
    }

    @Nested
    class NoticeAndHorizon {

        private final ConsultantAvailability seoulDays = ConsultantAvailability.of(
                everyDay(SEOUL, TimeOfDayRange.of("09:00", "18:00")));

        @Test
        void a_slot_may_start_exactly_at_the_minimum_notice_and_must_start_before_the_horizon() {
            Instant now = Instant.parse("2027-05-03T01:00:00Z"); // Monday 10:00 in Seoul
            BookingRules rules = rules(Duration.ofHours(24), 3, null, 60);

            List<Slot> slots = SlotCalculator.freeSlots(seoulDays, rules, ONE_HOUR, List.of(), now,
                    new ViewerDays(date("2027-05-01"), date("2027-05-31"), SEOUL));

            assertThat(slots).hasSize(8 + 9 + 1);
            assertThat(slots.getFirst().startIn(SEOUL).toLocalDateTime()).isEqualTo(at("2027-05-04T10:00"));
            assertThat(slots.getLast().startIn(SEOUL).toLocalDateTime())
                    .as("10:00 on the 6th is exactly three days from now: out")
                    .isEqualTo(at("2027-05-06T09:00"));
        }

        @Test
        void nothing_when_the_requested_days_lie_beyond_the_horizon_or_in_the_past() {
            Instant now = Instant.parse("2027-05-03T01:00:00Z");
            BookingRules rules = rules(Duration.ofHours(24), 30, null, 60);

            assertThat(SlotCalculator.freeSlots(seoulDays, rules, ONE_HOUR, List.of(), now,
                    ViewerDays.of(date("2027-06-03"), SEOUL))).isEmpty();
            assertThat(SlotCalculator.freeSlots(seoulDays, rules, ONE_HOUR, List.of(), now,
                    ViewerDays.of(date("2027-05-03"), SEOUL))).isEmpty();
        }
    }

    @Nested
    class BusyTime {

        private final ConsultantAvailability mondayMornings = ConsultantAvailability.of(
                WeeklyAvailability.none(SEOUL).with(MONDAY, TimeOfDayRange.of("09:00", "14:00")));
        private final BookingRules everyFive = rules(Duration.ZERO, 30, null, 5);
        private final SessionShape withBuffers = new SessionShape(Duration.ofHours(1), Duration.ofMinutes(15),
                Duration.ofMinutes(15));
        private final Instant now = Instant.parse("2027-05-01T00:00:00Z");
        private final ViewerDays monday = ViewerDays.of(date("2027-05-03"), SEOUL);

        @Test
        void both_buffers_are_kept_free_around_an_existing_session() {
            Busy session = Busy.session(seoul("2027-05-03T11:00"), seoul("2027-05-03T12:00"), Duration.ofMinutes(10),
                    Duration.ofMinutes(10));

            List<LocalDateTime> starts = wallStarts(SlotCalculator.freeSlots(mondayMornings, everyFive, withBuffers,
                    List.of(session), now, monday), SEOUL);

            // Before: 09:35 + 60 + 15 = 10:50 = 11:00 - 10. After: 12:25 - 15 = 12:10 = 12:00 + 10.
            assertThat(starts).hasSize(16).contains(at("2027-05-03T09:35"), at("2027-05-03T12:25"))
                    .doesNotContain(at("2027-05-03T09:40"), at("2027-05-03T12:20"));
            assertThat(starts.getFirst()).isEqualTo(at("2027-05-03T09:00"));
            assertThat(starts.getLast()).isEqualTo(at("2027-05-03T13:00"));
        }

        @Test
        void blocked_time_has_no_buffers_of_its_own_but_the_new_session_keeps_its_own() {
            Busy dentist = Busy.blocked(seoul("2027-05-03T11:00"), seoul("2027-05-03T12:00"));

            List<LocalDateTime> starts = wallStarts(SlotCalculator.freeSlots(mondayMornings, everyFive, withBuffers,
                    List.of(dentist), now, monday), SEOUL);

            assertThat(starts).contains(at("2027-05-03T09:45"), at("2027-05-03T12:15"))
                    .doesNotContain(at("2027-05-03T09:50"), at("2027-05-03T12:10"));
        }

        @Test
        void buffers_may_lie_outside_availability_but_the_session_may_not() {
            List<Slot> slots = SlotCalculator.freeSlots(mondayMornings, everyFive, withBuffers, List.of(), now, monday);

            assertThat(slots.getFirst().start()).isEqualTo(seoul("2027-05-03T09:00"));
            assertThat(slots.getLast().end()).isEqualTo(seoul("2027-05-03T14:00"));
        }
    }

    @Nested
    class Exceptions {

        private ConsultantAvailability weekdays(AvailabilityException... exceptions) {
            WeeklyAvailability week = WeeklyAvailability.none(SEOUL);
            for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY)) {
                week = week.with(day, TimeOfDayRange.of("09:00", "12:00"));
            }
            return ConsultantAvailability.of(week, exceptions);
        }

        @Test
        void an_exception_removes_a_day_and_another_replaces_a_day_with_a_short_morning_and_an_evening() {
            ConsultantAvailability availability = weekdays(
                    AvailabilityException.unavailable(date("2027-05-05")),
                    AvailabilityException.replacing(date("2027-05-06"), TimeOfDayRange.of("09:00", "10:00"),
                            TimeOfDayRange.of("19:00", "21:00")));

            List<Slot> slots = SlotCalculator.freeSlots(availability, HOURLY, ONE_HOUR, List.of(),
                    Instant.parse("2027-05-01T00:00:00Z"), new ViewerDays(date("2027-05-04"), date("2027-05-06"), SEOUL));

            assertThat(wallStarts(slots, SEOUL)).containsExactly(
                    at("2027-05-04T09:00"), at("2027-05-04T10:00"), at("2027-05-04T11:00"),
                    at("2027-05-06T09:00"), at("2027-05-06T19:00"), at("2027-05-06T20:00"));
        }

        @Test
        void an_exception_opens_a_day_off() {
            ConsultantAvailability availability = weekdays(
                    AvailabilityException.replacing(date("2027-05-08"), TimeOfDayRange.of("18:00", "20:00")));

            assertThat(wallStarts(SlotCalculator.freeSlots(availability, HOURLY, ONE_HOUR, List.of(),
                    Instant.parse("2027-05-01T00:00:00Z"), new ViewerDays(date("2027-05-08"), date("2027-05-09"), SEOUL)), SEOUL))
                    .containsExactly(at("2027-05-08T18:00"), at("2027-05-08T19:00"));
        }
    }

    @Test
    void a_consultant_local_date_with_the_maximum_of_sessions_offers_nothing_and_blocked_time_does_not_count() {
        ConsultantAvailability seoulDays = ConsultantAvailability.of(everyDay(SEOUL, TimeOfDayRange.of("09:00", "18:00")));
        BookingRules twoPerDay = rules(Duration.ZERO, 30, 2, 60);
        List<Busy> busy = List.of(
                Busy.session(seoul("2027-05-04T10:00"), seoul("2027-05-04T11:00"), Duration.ZERO, Duration.ZERO),
                Busy.blocked(seoul("2027-05-04T14:00"), seoul("2027-05-04T15:00")),
                // 00:30 on the 5th in Seoul is still the 4th in UTC: it counts for the 5th.
                Busy.session(seoul("2027-05-05T00:30"), seoul("2027-05-05T01:30"), Duration.ZERO, Duration.ZERO),
                Busy.session(seoul("2027-05-05T10:00"), seoul("2027-05-05T11:00"), Duration.ZERO, Duration.ZERO));

        List<Slot> slots = SlotCalculator.freeSlots(seoulDays, twoPerDay, ONE_HOUR, busy,
                Instant.parse("2027-05-01T00:00:00Z"), new ViewerDays(date("2027-05-04"), date("2027-05-05"), SEOUL));

        assertThat(wallStarts(slots, SEOUL)).containsExactly(
                at("2027-05-04T09:00"), at("2027-05-04T11:00"), at("2027-05-04T12:00"), at("2027-05-04T13:00"),
                at("2027-05-04T15:00"), at("2027-05-04T16:00"), at("2027-05-04T17:00"));
    }

    @Test
    void zero_sessions_per_day_means_unlimited() {
        ConsultantAvailability seoulDays = ConsultantAvailability.of(everyDay(SEOUL, TimeOfDayRange.of("09:00", "11:00")));
        List<Busy> busy = List.of(
                Busy.session(seoul("2027-05-04T07:00"), seoul("2027-05-04T08:00"), Duration.ZERO, Duration.ZERO));

        assertThat(SlotCalculator.freeSlots(seoulDays, rules(Duration.ZERO, 30, 0, 60), ONE_HOUR, busy,
                Instant.parse("2027-05-01T00:00:00Z"), ViewerDays.of(date("2027-05-04"), SEOUL))).hasSize(2);
        assertThat(SlotCalculator.freeSlots(seoulDays, rules(Duration.ZERO, 30, 1, 60), ONE_HOUR, busy,
                Instant.parse("2027-05-01T00:00:00Z"), ViewerDays.of(date("2027-05-04"), SEOUL))).isEmpty();
    }

    @Test
    void starts_are_aligned_to_the_granularity_from_the_start_of_the_range() {
        ConsultantAvailability availability = ConsultantAvailability.of(
                WeeklyAvailability.none(SEOUL).with(MONDAY, TimeOfDayRange.of("09:10", "11:00")));

        List<Slot> slots = SlotCalculator.freeSlots(availability, rules(Duration.ZERO, 30, null, 20),
                SessionShape.of(Duration.ofMinutes(30)), List.of(), Instant.parse("2027-05-01T00:00:00Z"),
                ViewerDays.of(date("2027-05-03"), SEOUL));

        assertThat(wallStarts(slots, SEOUL)).containsExactly(at("2027-05-03T09:10"), at("2027-05-03T09:30"),
                at("2027-05-03T09:50"), at("2027-05-03T10:10"), at("2027-05-03T10:30"));
        assertThat(slots.getLast().end()).isEqualTo(seoul("2027-05-03T11:00"));
    }

    @Test
    void a_range_shorter_than_the_session_offers_nothing_and_touching_ranges_are_not_joined() {
        ConsultantAvailability availability = ConsultantAvailability.of(WeeklyAvailability.none(SEOUL)
                .with(MONDAY, TimeOfDayRange.of("09:00", "09:45"), TimeOfDayRange.of("09:45", "10:30")));

        assertThat(SlotCalculator.freeSlots(availability, rules(Duration.ZERO, 30, null, 15), ONE_HOUR, List.of(),
                Instant.parse("2027-05-01T00:00:00Z"), ViewerDays.of(date("2027-05-03"), SEOUL))).isEmpty();
    }

    @Test
    void a_range_exactly_as_long_as_the_session_offers_one_slot() {
        ConsultantAvailability availability = ConsultantAvailability.of(
                WeeklyAvailability.none(SEOUL).with(MONDAY, TimeOfDayRange.of("09:00", "10:00")));

        assertThat(SlotCalculator.freeSlots(availability, rules(Duration.ZERO, 30, null, 5), ONE_HOUR, List.of(),
                Instant.parse("2027-05-01T00:00:00Z"), ViewerDays.of(date("2027-05-03"), SEOUL)))
                .containsExactly(new Slot(seoul("2027-05-03T09:00"), seoul("2027-05-03T10:00")));
    }

    @Test
    void a_slot_renders_in_any_zone() {
        Slot slot = new Slot(Instant.parse("2027-05-03T12:00:00Z"), Instant.parse("2027-05-03T13:00:00Z"));

        assertThat(slot.startIn(SEOUL).toLocalDateTime()).isEqualTo(at("2027-05-03T21:00"));
        assertThat(slot.startIn(NEW_YORK).toOffsetDateTime().getOffset()).isEqualTo(ZoneOffset.ofHours(-4));
        assertThat(slot.endIn(BERLIN).toLocalDateTime()).isEqualTo(at("2027-05-03T15:00"));
    }

    private static BookingRules rules(Duration notice, int horizonDays, Integer maxPerDay, int granularity) {
        return new BookingRules(notice, horizonDays, maxPerDay, granularity);
    }

    private static WeeklyAvailability everyDay(ZoneId zone, TimeOfDayRange... ranges) {
        WeeklyAvailability week = WeeklyAvailability.none(zone);
        for (DayOfWeek day : DayOfWeek.values()) {
            week = week.with(day, ranges);
        }
        return week;
    }

    private static List<Instant> starts(List<Slot> slots) {
        return slots.stream().map(Slot::start).toList();
    }

    private static List<LocalDateTime> wallStarts(List<Slot> slots, ZoneId zone) {
        return slots.stream().map(slot -> slot.startIn(zone).toLocalDateTime()).toList();
    }

    private static void assertNoOverlap(List<Slot> slots) {
        for (int i = 1; i < slots.size(); i++) {
            assertThat(slots.get(i).start()).as("slot %d starts after slot %d ends", i, i - 1)
                    .isAfterOrEqualTo(slots.get(i - 1).end());
        }
        assertThat(slots.stream().map(slot -> slot.startIn(BERLIN).toLocalDateTime()).distinct().count())
                .as("no wall-clock time twice").isEqualTo(slots.size());
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    private static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }

    private static Instant seoul(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SEOUL).toInstant();
    }

    /**
     * The indexed overlap check gives what checking every busy time would, on random diaries: overlapping and nested
     * busy times, touching ends, buffers on both sides.
     */
    @Test
    void theIndexedCheckAgreesWithCheckingEveryBusyTime() {
        java.util.Random random = new java.util.Random(15);
        Instant now = LocalDateTime.of(2027, 3, 1, 0, 0).atZone(SEOUL).toInstant();
        WeeklyAvailability week = WeeklyAvailability.none(SEOUL);
        for (DayOfWeek day : DayOfWeek.values()) {
            week = week.with(day, TimeOfDayRange.of("07:00", "22:00"));
        }
        ConsultantAvailability availability = ConsultantAvailability.of(week);
        BookingRules rules = rules(Duration.ZERO, 30, null, 15);
        ViewerDays days = new ViewerDays(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 10), SEOUL);
        for (int round = 0; round < 50; round++) {
            SessionShape shape = new SessionShape(Duration.ofMinutes(15 + 15 * random.nextInt(6)),
                    Duration.ofMinutes(5 * random.nextInt(4)), Duration.ofMinutes(5 * random.nextInt(4)));
            List<Busy> busy = new java.util.ArrayList<>();
            for (int b = 0; b < 5 + random.nextInt(120); b++) {
                Instant start = now.plus(Duration.ofMinutes(5L * random.nextInt(12 * 24 * 10)));
                busy.add(new Busy(start, start.plus(Duration.ofMinutes(5 + 5 * random.nextInt(30))),
                        Duration.ofMinutes(5 * random.nextInt(5)), Duration.ofMinutes(5 * random.nextInt(5)),
                        Busy.Kind.BLOCKED));
            }
            List<Slot> every = SlotCalculator.freeSlots(availability, rules, shape, List.of(), now, days);
            List<Slot> expected = every.stream().filter(slot -> busy.stream().noneMatch(b -> b.overlaps(
                    slot.start().minus(shape.bufferBefore()), slot.end().plus(shape.bufferAfter())))).toList();

            assertThat(SlotCalculator.freeSlots(availability, rules, shape, busy, now, days))
                    .as("round %d", round).isEqualTo(expected);
        }
    }
}
