package com.careerbridge.crm.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import com.careerbridge.crm.session.SessionMode;
import com.careerbridge.crm.session.SessionStatus;
import com.careerbridge.crm.shared.Language;

/**
 * What a calendar feed shows: the candidate's sessions, shared parts only (never the consultant's private notes or the
 * summary, which a calendar app would copy to other devices and services).
 */
public record CalendarFeed(long candidateId, Language language, ZoneId timeZone, List<Entry> sessions) {

    /** One session as a calendar event. */
    public record Entry(long sessionId, Instant startsAt, Instant endsAt, SessionMode mode, String location,
                        String agenda, SessionStatus status, String consultantName, Instant createdAt,
                        Instant updatedAt, long version) {
    }
}
