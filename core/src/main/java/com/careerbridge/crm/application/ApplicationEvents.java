package com.careerbridge.crm.application;

import java.util.Map;

import com.careerbridge.crm.shared.CandidateEvent;

/** What happens to applications, for the timeline and whoever else listens. */
public final class ApplicationEvents {

    private ApplicationEvents() {
    }

    public record ApplicationAdded(long candidateId, Long actorId, long applicationId,
                                   ApplicationStage stage) implements CandidateEvent {
        @Override
        public String action() {
            return "application-added";
        }

        @Override
        public Long subjectId() {
            return applicationId;
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("stage", stage.name()); // codes only: the timeline keeps no free text
        }
    }

    public record ApplicationMoved(long candidateId, Long actorId, long applicationId,
                                   ApplicationStage from, ApplicationStage to) implements CandidateEvent {
        @Override
        public String action() {
            return "application-moved";
        }

        @Override
        public Long subjectId() {
            return applicationId;
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("from", from.name(), "to", to.name());
        }
    }

    /**
     * The candidate accepted an offer: their consultant is asked to confirm moving the pipeline to Placed (it is not
     * moved by itself — an accepted offer can still fall through before the start date).
     */
    public record OfferAccepted(long candidateId, Long actorId, long applicationId) {
    }
}
