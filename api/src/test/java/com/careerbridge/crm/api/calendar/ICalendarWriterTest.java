package com.careerbridge.crm.api.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ICalendarWriterTest {

    @Test
    void textValuesAreEscaped() {
        assertThat(ICalendarWriter.escape("a,b;c\\d\r\ne\nf")).isEqualTo("a\\,b\\;c\\\\d\\ne\\nf");
        assertThat(ICalendarWriter.escape("bell\u0007")).isEqualTo("bell");
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String line = "SUMMARY:" + "코칭 세션 ".repeat(20);
        String folded = ICalendarWriter.fold(line);
        String[] parts = folded.split("\r\n");
        assertThat(parts.length).isGreaterThan(1);
        for (int i = 0; i < parts.length; i++) {
            assertThat(parts[i].getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            if (i > 0) {
                assertThat(parts[i]).startsWith(" ");
            }
        }
        StringBuilder unfolded = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            unfolded.append(parts[i].substring(1));
        }
        assertThat(unfolded.toString()).isEqualTo(line);
        assertThat(ICalendarWriter.fold("SHORT:x")).isEqualTo("SHORT:x");
    }

    @Test
    void aCalendarHasCrlfLinesAndCancelledEvents() {
        Instant t = Instant.parse("2026-11-27T06:00:00Z");
        String ics = ICalendarWriter.calendar("Sessions", List.of(new ICalendarWriter.Event("session-1@x", t, t, t, 2,
                t, t.plusSeconds(3600), "Coaching, online", "Seoul; room 1", "line1\nline2", true)));
        assertThat(ics).contains("\r\nDTSTART:20261127T060000Z\r\n", "\r\nDTEND:20261127T070000Z\r\n",
                "\r\nSUMMARY:Coaching\\, online\r\n", "\r\nLOCATION:Seoul\\; room 1\r\n",
                "\r\nDESCRIPTION:line1\\nline2\r\n", "\r\nSTATUS:CANCELLED\r\n", "\r\nSEQUENCE:2\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
    }
}
