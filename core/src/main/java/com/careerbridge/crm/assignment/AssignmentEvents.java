package com.careerbridge.crm.assignment;

import java.util.Map;

import com.careerbridge.crm.shared.CandidateEvent;

/** What happens to assignments; the readiness feature and the timeline listen. */
public final class AssignmentEvents {

    private AssignmentEvents() {
    }

    public record GuideAssigned(long candidateId, Long actorId, long assignmentId, long guideId, long guideVersionId)
            implements CandidateEvent {
        @Override
        public String action() {
            return "guide-assigned";
        }

        @Override
        public Long subjectId() {
            return assignmentId;
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("guideId", guideId, "guideVersionId", guideVersionId);
        }
    }

    public record GuideOpened(long candidateId, Long actorId, long assignmentId, long guideId) implements CandidateEvent {
        @Override
        public String action() {
            return "guide-opened";
        }

        @Override
        public Long subjectId() {
            return assignmentId;
        }
    }

    public record GuideUpgraded(long candidateId, Long actorId, long assignmentId, long guideId, long guideVersionId)
            implements CandidateEvent {
        @Override
        public String action() {
            return "guide-upgraded";
        }

        @Override
        public Long subjectId() {
            return assignmentId;
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("guideVersionId", guideVersionId);
        }
    }

    public record ChecklistItemChanged(long candidateId, Long actorId, long assignmentId, long guideId, String itemKey,
                                       ItemState state) implements CandidateEvent {
        @Override
        public String action() {
            return switch (state) {
                case OPEN -> "item-reopened";
                case DONE -> "item-done";
                case VERIFIED -> "item-verified";
            };
        }

        @Override
        public Long subjectId() {
            return assignmentId;
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("item", itemKey);
        }
    }

    public record AssignmentRemoved(long candidateId, Long actorId, long assignmentId, long guideId) implements CandidateEvent {
        @Override
        public String action() {
            return "guide-unassigned";
        }

        @Override
        public Long subjectId() {
            return assignmentId;
        }
    }
}
