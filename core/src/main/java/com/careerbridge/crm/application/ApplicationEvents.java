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

    /** What is known about the posting was changed (the timeline and audit say that, not what). */
    public record ApplicationUpdated(long candidateId, Long actorId, long applicationId) implements CandidateEvent {
        @Override
        public String action() {
            return "application-updated";
        }

        @Override
        public Long subjectId() {
            return applicationId;
        }
    }

    public record InterviewScheduled(long candidateId, Long actorId, long interviewId, long applicationId, int round,
                                     InterviewFormat format) implements CandidateEvent {
        @Override
        public String action() {
            return "interview-scheduled";
        }

        @Override
        public Long subjectId() {
            return interviewId;
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("application", applicationId, "round", round, "format", format.name());
        }
    }

    public record InterviewRemoved(long candidateId, Long actorId, long interviewId, long applicationId, int round)
            implements CandidateEvent {
        @Override
        public String action() {
            return "interview-removed";
        }

        @Override
        public Long subjectId() {
            return interviewId;
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("application", applicationId, "round", round);
        }
    }

    /**
     * The candidate (or staff) offered a question from a real interview to the guide; staff decide in the guide
     * library.
     */
    public record QuestionProposed(long candidateId, Long actorId, long questionId, long guideId)
            implements CandidateEvent {
        @Override
        public String action() {
            return "question-proposed";
        }

        @Override
        public Long subjectId() {
            return questionId;
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("guide", guideId);
        }
    }

    /**
     * The candidate accepted an offer: their consultant is asked to confirm moving the pipeline to Placed (it is not
     * moved by itself — an accepted offer can still fall through before the start date).
     */
    public record OfferAccepted(long candidateId, Long actorId, long applicationId) {
    }
}
