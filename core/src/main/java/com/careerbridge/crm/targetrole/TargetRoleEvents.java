package com.careerbridge.crm.targetrole;

import java.util.Map;

import com.careerbridge.crm.shared.CandidateEvent;

public final class TargetRoleEvents {

    private TargetRoleEvents() {
    }

    /** A candidate now aims at a role; its readiness should be computed from what they already did. */
    public record TargetRoleAdded(long candidateId, Long actorId, long targetRoleId, long guideId) implements CandidateEvent {
        @Override
        public String action() {
            return "target-role-added";
        }

        @Override
        public Long subjectId() {
            return targetRoleId;
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("guideId", guideId);
        }
    }

    public record TargetRoleChanged(long candidateId, Long actorId, long targetRoleId, TargetRoleStatus status)
            implements CandidateEvent {
        @Override
        public String action() {
            return "target-role-changed";
        }

        @Override
        public Long subjectId() {
            return targetRoleId;
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("status", status.name());
        }
    }

    public record TargetRoleRemoved(long candidateId, Long actorId, long targetRoleId) implements CandidateEvent {
        @Override
        public String action() {
            return "target-role-removed";
        }

        @Override
        public Long subjectId() {
            return targetRoleId;
        }
    }
}
