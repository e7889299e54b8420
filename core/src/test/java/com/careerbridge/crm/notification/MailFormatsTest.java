package com.careerbridge.crm.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailFormatsTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Test
    void korean_readers_in_seoul_see_the_date_as_koreans_write_it() {
        MailFormats formats = MailFormats.of(Locale.KOREAN, SEOUL, SEOUL);

        assertThat(formats.dateTime(Instant.parse("2026-11-30T06:00:00Z"))).isEqualTo("2026년 11월 30일 (월) 오후 3:00");
        assertThat(formats.dateTime(Instant.parse("2026-12-01T00:30:00Z"))).isEqualTo("2026년 12월 1일 (화) 오전 9:30");
        assertThat(formats.date(Instant.parse("2026-11-30T06:00:00Z"))).isEqualTo("2026년 11월 30일 (월)");
    }

    @Test
    void the_time_is_shown_in_the_readers_own_zone_and_named_when_it_is_not_seoul() {
        MailFormats berlin = MailFormats.of(Locale.KOREAN, ZoneId.of("Europe/Berlin"), SEOUL);

        assertThat(berlin.dateTime(Instant.parse("2026-11-30T06:00:00Z")))
                .startsWith("2026년 11월 30일 (월) 오전 7:00 (").endsWith(")");
    }

    @Test
    void the_zone_goes_unnamed_where_the_office_is_whichever_office_that_is() {
        ZoneId berlinZone = ZoneId.of("Europe/Berlin");

        assertThat(MailFormats.of(Locale.KOREAN, berlinZone, berlinZone).dateTime(Instant.parse("2026-11-30T06:00:00Z")))
                .isEqualTo("2026년 11월 30일 (월) 오전 7:00");
        assertThat(MailFormats.of(Locale.KOREAN, SEOUL, berlinZone).dateTime(Instant.parse("2026-11-30T06:00:00Z")))
                .endsWith(")");
    }

    @Test
    void english_readers_get_an_english_date_with_the_zone() {
        MailFormats formats = MailFormats.of(Locale.ENGLISH, SEOUL, SEOUL);

        assertThat(formats.dateTime(Instant.parse("2026-11-30T06:00:00Z"))).isEqualTo("Mon, 30 Nov 2026, 3:00 PM KST");
        assertThat(MailFormats.of(Locale.FRENCH, ZoneId.of("UTC"), SEOUL).dateTime(Instant.parse("2026-11-30T06:00:00Z")))
                .isEqualTo("Mon, 30 Nov 2026, 6:00 AM UTC");
    }
}
