package com.careerbridge.crm.session;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import com.careerbridge.crm.shared.Violations;

/**
 * When and how a session takes place, as entered: local start and end in a time zone (a consultant in Seoul books
 * 15:00 Asia/Seoul), mode, place or link, agenda.
 */
public record SessionPlan(LocalDateTime start, LocalDateTime end, String zone, SessionMode mode, String location,
                          String agenda) {

    public static final Duration MAX_LENGTH = Duration.ofHours(8);

    Validated validate() {
        Violations violations = new Violations()
                .required("start", start)
                .required("end", end)
                .zoneId("timeZone", zone)
                .required("mode", mode)
                .maxLength("location", location, CoachingSession.LOCATION_MAX)
                .noControlCharacters("location", location)
                .maxLength("agenda", agenda, CoachingSession.AGENDA_MAX);
        violations.throwIfAny();
        ZoneId zoneId = ZoneId.of(zone);
        Instant startsAt = start.atZone(zoneId).toInstant();
        Instant endsAt = end.atZone(zoneId).toInstant();
        if (!endsAt.isAfter(startsAt)) {
            violations.add("end", "before-start");
        } else if (Duration.between(startsAt, endsAt).compareTo(MAX_LENGTH) > 0) {
            violations.add("end", "too-long");
        }
        violations.throwIfAny();
        return new Validated(startsAt, endsAt, zoneId, mode, blankToNull(location), blankToNull(agenda));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The plan checked and resolved to instants. */
    record Validated(Instant startsAt, Instant endsAt, ZoneId timeZone, SessionMode mode, String location, String agenda) {
    }
}
