package com.careerbridge.crm.api.view;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.careerbridge.crm.session.CandidateSessionView;
import com.careerbridge.crm.session.SessionMode;
import com.careerbridge.crm.session.SessionStatus;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A session as the candidate sees it: the shared summary and the action items, never the consultant's private notes.
 * {@code timeZone} is the zone the session was planned in (for showing local times). {@code sessionTypeId} is the
 * session type it was booked as (null: planned freely by the consultant), {@code bookedByCandidate} whether the
 * candidate booked it themselves, {@code lateCancellation} whether it was called off by the candidate inside the
 * type's cut-off.
 */
@Schema(name = "CandidateSession")
public record SessionView(long id, Instant startsAt, Instant endsAt, String timeZone, SessionMode mode,
                          String location, String agenda, SessionStatus status, String sharedSummary,
                          Integer mockRating, List<ActionItemView> actionItems, Instant updatedAt,
                          Long sessionTypeId, boolean bookedByCandidate, boolean lateCancellation) {

    /** An agreed next step. */
    @Schema(name = "ActionItem")
    public record ActionItemView(long id, String description, LocalDate dueDate, boolean done, Instant doneAt) {
    }

    public static SessionView of(CandidateSessionView session) {
        return new SessionView(session.id(), session.startsAt(), session.endsAt(), session.timeZone().getId(),
                session.mode(), session.location(), session.agenda(), session.status(), session.sharedSummary(),
                session.mockRating(),
                session.actionItems().stream()
                        .map(a -> new ActionItemView(a.id(), a.description(), a.dueDate(), a.doneAt() != null, a.doneAt()))
                        .toList(),
                session.updatedAt(), session.sessionTypeId(), session.bookedByCandidate(), session.lateCancellation());
    }
}
