package com.careerbridge.crm.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DigestWeekTest {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalTime NINE = LocalTime.of(9, 0);

    @Test
    void the_week_and_the_moment_are_the_candidates_local_ones() {
        // Sunday 29 Nov 2026 23:30 UTC is already Monday 08:30 in Seoul (week 49) but still Monday 00:30 in Berlin.
        Instant now = Instant.parse("2026-11-29T23:30:00Z");
        DigestWeek seoul = DigestWeek.of(now, SEOUL, DayOfWeek.MONDAY, NINE);
        DigestWeek berlin = DigestWeek.of(now, BERLIN, DayOfWeek.MONDAY, NINE);

        assertThat(seoul.isoWeek()).isEqualTo("2026-W49");
        assertThat(seoul.scheduledAt()).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
        assertThat(seoul.dueAt(now)).isFalse();
        assertThat(berlin.isoWeek()).isEqualTo("2026-W49");
        assertThat(berlin.scheduledAt()).isEqualTo(Instant.parse("2026-11-30T08:00:00Z"));
        assertThat(berlin.key(7)).isEqualTo("digest:7:2026-W49");
    }

    @Test
    void a_sunday_in_seoul_is_still_the_previous_week_in_berlin_and_the_key_follows_the_local_date() {
        Instant now = Instant.parse("2026-11-29T22:00:00Z"); // Mon 07:00 Seoul, Sun 23:00 Berlin
        assertThat(DigestWeek.of(now, SEOUL, DayOfWeek.SUNDAY, NINE).isoWeek()).isEqualTo("2026-W49");
        assertThat(DigestWeek.of(now, BERLIN, DayOfWeek.SUNDAY, NINE).isoWeek()).isEqualTo("2026-W48");
        assertThat(DigestWeek.of(now, BERLIN, DayOfWeek.SUNDAY, NINE).dueAt(now)).isTrue();
    }

    @Test
    void week_based_year_at_new_year() {
        // Friday 1 January 2027 belongs to week 53 of 2026.
        Instant now = Instant.parse("2027-01-01T12:00:00Z");
        assertThat(DigestWeek.of(now, SEOUL, DayOfWeek.MONDAY, NINE).isoWeek()).isEqualTo("2026-W53");
        assertThat(DigestWeek.isoWeek(java.time.LocalDate.of(2027, 1, 4))).isEqualTo("2027-W01");
    }

    @Test
    void daylight_saving_gap_moves_forward_and_overlap_takes_the_first() {
        LocalTime half = LocalTime.of(2, 30);
        assertThat(DigestWeek.of(Instant.parse("2027-03-27T12:00:00Z"), BERLIN, DayOfWeek.SUNDAY, half).scheduledAt())
                .isEqualTo(Instant.parse("2027-03-28T01:30:00Z"));
        assertThat(DigestWeek.of(Instant.parse("2027-10-30T12:00:00Z"), BERLIN, DayOfWeek.SUNDAY, half).scheduledAt())
                .isEqualTo(Instant.parse("2027-10-31T00:30:00Z"));
        assertThat(DigestWeek.of(Instant.parse("2027-03-29T12:00:00Z"), BERLIN, DayOfWeek.MONDAY, NINE).scheduledAt())
                .isEqualTo(Instant.parse("2027-03-29T07:00:00Z"));
    }
}
