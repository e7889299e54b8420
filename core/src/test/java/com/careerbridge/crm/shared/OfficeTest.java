package com.careerbridge.crm.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class OfficeTest {

    @Test
    void defaults_to_seoul_and_korean_when_nothing_is_configured() {
        Office office = bind(Map.of());

        assertThat(office).isEqualTo(Office.DEFAULT);
        assertThat(office.timeZone()).isEqualTo(ZoneId.of("Asia/Seoul"));
        assertThat(office.defaultLanguage()).isEqualTo(Language.KO);
    }

    @Test
    void an_office_elsewhere_is_one_setting() {
        Office office = bind(Map.of("careerbridge.office.time-zone", "Europe/Berlin",
                "careerbridge.office.default-language", "en"));

        assertThat(office.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(office.defaultLanguage()).isEqualTo(Language.EN);
    }

    @Test
    void today_is_the_office_day_not_the_servers() {
        // 23:30 UTC on 1 December is already 2 December in Seoul.
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T23:30:00Z"), ZoneOffset.UTC);

        assertThat(Office.DEFAULT.today(clock)).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(new Office(ZoneId.of("America/New_York"), Language.EN).today(clock))
                .isEqualTo(LocalDate.of(2026, 12, 1));
    }

    private static Office bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("careerbridge.office", Office.class);
    }
}
