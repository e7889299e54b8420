package com.careerbridge.crm.session;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A session as the candidate may see it: everything except the consultant's private notes. {@code sessionTypeId} is
 * the type it was booked as ({@code null}: planned freely by the consultant).
 */
public record CandidateSessionView(long id, long version, Instant startsAt, Instant endsAt, ZoneId timeZone,
                                   SessionMode mode, String location, String agenda, SessionStatus status,
                                   String sharedSummary, Integer mockRating, List<ActionItemView> actionItems,
                                   Instant updatedAt, Long sessionTypeId, boolean bookedByCandidate,
                                   boolean lateCancellation) {

    public record ActionItemView(long id, String description, java.time.LocalDate dueDate, Instant doneAt) {
    }

    public static CandidateSessionView of(CoachingSession session) {
        return new CandidateSessionView(session.getId(), session.getVersion(), session.getStartsAt(), session.getEndsAt(),
                session.getTimeZone(), session.getMode(), session.getLocation(), session.getAgenda(), session.getStatus(),
                session.getSharedSummary(), session.getMockRating(),
                session.getActionItems().stream()
                        .map(item -> new ActionItemView(item.getId(), item.getDescription(), item.getDueDate(), item.getDoneAt()))
                        .toList(),
                session.getUpdatedAt(), session.getSessionTypeId(), session.isBookedByCandidate(),
                session.isLateCancellation());
    }
}
