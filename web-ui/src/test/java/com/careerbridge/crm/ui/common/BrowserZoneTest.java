package com.careerbridge.crm.ui.common;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A browser's zone name is used when Java knows it; anything else leaves the office's zone in charge. */
class BrowserZoneTest {

    @Test
    void aKnownNameIsTheZone() {
        assertThat(BrowserZone.parse("Europe/Berlin")).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(BrowserZone.parse(" America/New_York ")).isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void aMissingOrUnknownNameIsNoZone() {
        assertThat(BrowserZone.parse(null)).isNull();
        assertThat(BrowserZone.parse(" ")).isNull();
        assertThat(BrowserZone.parse("Mars/Olympus_Mons")).isNull();
        assertThat(BrowserZone.parse("not a zone!")).isNull();
    }
}
