package com.careerbridge.crm.session;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import com.careerbridge.crm.shared.CandidateEvent;

/** What happens to sessions; reminders, readiness and the timeline listen. */
public final class SessionEvents {

    private SessionEvents() {
    }

    /** {@code selfBooked}: the candidate booked it themselves from their consultant's free slots. */
    public record SessionScheduled(long candidateId, Long actorId, long sessionId, Instant startsAt, boolean selfBooked)
            implements CandidateEvent {

        public SessionScheduled(long candidateId, Long actorId, long sessionId, Instant startsAt) {
            this(candidateId, actorId, sessionId, startsAt, false);
        }

        @Override
        public String action() {
            return selfBooked ? "session-booked" : "session-scheduled";
        }

        @Override
        public Long subjectId() {
            return sessionId;
        }
    }

    public record SessionMoved(long candidateId, Long actorId, long sessionId, Instant previousStart, Instant startsAt)
            implements CandidateEvent {
        @Override
        public String action() {
            return "session-moved";
        }

        @Override
        public Long subjectId() {
            return sessionId;
        }
    }

    /** {@code late}: the candidate called it off inside the session type's cut-off (recorded by the consultant). */
    public record SessionCancelled(long candidateId, Long actorId, long sessionId, Instant startsAt, boolean late)
            implements CandidateEvent {

        public SessionCancelled(long candidateId, Long actorId, long sessionId, Instant startsAt) {
            this(candidateId, actorId, sessionId, startsAt, false);
        }

        @Override
        public String action() {
            return late ? "session-cancelled-late" : "session-cancelled";
        }

        @Override
        public Long subjectId() {
            return sessionId;
        }
    }

    public record SessionCompleted(long candidateId, Long actorId, long sessionId, Integer mockRating, Long mockGuideId)
            implements CandidateEvent {
        @Override
        public String action() {
            return "session-completed";
        }

        @Override
        public Long subjectId() {
            return sessionId;
        }

        @Override
        public Map<String, Object> details() {
            Map<String, Object> details = new HashMap<>();
            if (mockRating != null) {
                details.put("mockRating", mockRating);
                details.put("guideId", mockGuideId);
            }
            return details;
        }
    }

    public record SessionMissed(long candidateId, Long actorId, long sessionId) implements CandidateEvent {
        @Override
        public String action() {
            return "session-no-show";
        }

        @Override
        public Long subjectId() {
            return sessionId;
        }
    }

    public record ActionItemChanged(long candidateId, Long actorId, long sessionId, long actionItemId, boolean done)
            implements CandidateEvent {
        @Override
        public String action() {
            return done ? "action-item-done" : "action-item-reopened";
        }

        @Override
        public Long subjectId() {
            return sessionId;
        }
    }
}
