package com.careerbridge.crm.api.session;

import java.time.Instant;

import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.session.SessionMode;
import com.careerbridge.crm.session.SessionStatus;

/** A session in the consultant's calendar; {@code sessionTypeId} null for a session planned freely. */
record StaffSessionSummary(long id, long candidateId, long consultantId, Instant startsAt, Instant endsAt,
                           String timeZone, SessionMode mode, String location, SessionStatus status,
                           Instant updatedAt, Long sessionTypeId, boolean bookedByCandidate,
                           boolean lateCancellation) {

    static StaffSessionSummary from(CoachingSession s) {
        return new StaffSessionSummary(s.getId(), s.getCandidateId(), s.getConsultantId(), s.getStartsAt(),
                s.getEndsAt(), s.getTimeZone().getId(), s.getMode(), s.getLocation(), s.getStatus(), s.getUpdatedAt(),
                s.getSessionTypeId(), s.isBookedByCandidate(), s.isLateCancellation());
    }
}
