package com.careerbridge.crm.assignment;

import java.util.LinkedHashMap;
import java.util.Map;

import com.careerbridge.crm.shared.CandidateEvent;
import com.careerbridge.crm.shared.LocalizedText;

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

    /**
     * An item ticked, unticked or verified. The item's text and the guide's title (as the assigned version words them)
     * go into the timeline entry, so that it names what changed even after the guide is reworded or removed.
     *
     * @param itemText   the item's text, or null when the version does not have it
     * @param guideTitle the guide's title in the assigned version, or null
     */
    public record ChecklistItemChanged(long candidateId, Long actorId, long assignmentId, long guideId, String itemKey,
                                       ItemState state, LocalizedText itemText, LocalizedText guideTitle)
            implements CandidateEvent {
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
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("item", itemKey);
            putTexts(details, "itemText", itemText);
            putTexts(details, "guideTitle", guideTitle);
            return details;
        }

        // only the languages that have a text: an older entry or a one-language draft simply lacks the other
        private static void putTexts(Map<String, Object> details, String name, LocalizedText text) {
            if (text == null) {
                return;
            }
            if (!text.ko().isEmpty()) {
                details.put(name + "Ko", text.ko());
            }
            if (!text.en().isEmpty()) {
                details.put(name + "En", text.en());
            }
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
