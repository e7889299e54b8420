package com.careerbridge.crm.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;

/**
 * The digest a candidate is owed in the ISO week that contains {@code now} in their zone.
 *
 * @param isoWeek     {@code 2026-W49}: week-based year and week of the candidate's local date
 * @param scheduledAt the chosen weekday and local time of that week, as an instant. A local time that does not exist
 *                    (the spring-forward gap) moves forward by the gap's length; one that exists twice (autumn) is the
 *                    earlier of the two — {@link ZonedDateTime#of}'s rules.
 */
record DigestWeek(String isoWeek, Instant scheduledAt) {

    static DigestWeek of(Instant now, ZoneId zone, DayOfWeek day, LocalTime time) {
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        Instant scheduled = ZonedDateTime.of(monday.plusDays(day.getValue() - 1L), time, zone).toInstant();
        return new DigestWeek(isoWeek(today), scheduled);
    }

    static String isoWeek(LocalDate date) {
        return "%d-W%02d".formatted(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    boolean dueAt(Instant now) {
        return !now.isBefore(scheduledAt);
    }

    String key(long candidateId) {
        return "digest:" + candidateId + ":" + isoWeek;
    }
}
