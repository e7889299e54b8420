package com.careerbridge.crm.api.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.session.SessionMode;
import com.careerbridge.crm.session.SessionStatus;
import io.swagger.v3.oas.annotations.media.Schema;

/** One session for staff, with the private notes (never shown to the candidate) and the shared summary. */
record StaffSessionResponse(long id, long candidateId, long consultantId, Instant startsAt, Instant endsAt,
                            String timeZone, SessionMode mode, String location, String agenda, SessionStatus status,
                            String privateNotes, String sharedSummary, Integer mockRating, Long mockGuideId,
                            List<ActionItem> actionItems, String cancellationReason, Instant updatedAt,
                            Long sessionTypeId, boolean bookedByCandidate, boolean lateCancellation) {

    @Schema(name = "StaffActionItem")
    record ActionItem(long id, String description, LocalDate dueDate, boolean done, Instant doneAt) {
    }

    static StaffSessionResponse from(CoachingSession s) {
        return new StaffSessionResponse(s.getId(), s.getCandidateId(), s.getConsultantId(), s.getStartsAt(),
                s.getEndsAt(), s.getTimeZone().getId(), s.getMode(), s.getLocation(), s.getAgenda(), s.getStatus(),
                s.getPrivateNotes(), s.getSharedSummary(), s.getMockRating(), s.getMockGuideId(),
                s.getActionItems().stream().map(a -> new ActionItem(a.getId(), a.getDescription(), a.getDueDate(),
                        a.isDone(), a.getDoneAt())).toList(),
                s.getCancellationReason(), s.getUpdatedAt(), s.getSessionTypeId(), s.isBookedByCandidate(),
                s.isLateCancellation());
    }
}
