package com.careerbridge.crm.candidate;

import java.util.Map;

import com.careerbridge.crm.shared.CandidateEvent;

/** What happens to candidates, as past-tense facts for the timeline and other features. */
public final class CandidateEvents {

    private CandidateEvents() {
    }

    public record CandidateCreated(long candidateId, Long actorId) implements CandidateEvent {
        @Override
        public String action() {
            return "candidate-created";
        }
    }

    public record CandidateProfileChanged(long candidateId, Long actorId) implements CandidateEvent {
        @Override
        public String action() {
            return "candidate-updated";
        }
    }

    public record PipelineStatusChanged(long candidateId, Long actorId, PipelineStatus from, PipelineStatus to)
            implements CandidateEvent {
        @Override
        public String action() {
            return "status-changed";
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("from", from.name(), "to", to.name());
        }
    }

    public record ConsultantChanged(long candidateId, Long actorId, Long fromConsultantId, Long toConsultantId)
            implements CandidateEvent {
        @Override
        public String action() {
            return "consultant-changed";
        }

        @Override
        public Map<String, Object> details() {
            return toConsultantId == null ? Map.of() : Map.of("consultantId", toConsultantId);
        }
    }

    public record EmailPreferencesChanged(long candidateId, Long actorId, boolean enabled) implements CandidateEvent {
        @Override
        public String action() {
            return enabled ? "progress-emails-on" : "progress-emails-off";
        }
    }

    public record StaffNotesChanged(long candidateId, Long actorId) implements CandidateEvent {
        @Override
        public String action() {
            return "notes-changed";
        }
    }
}
