package com.careerbridge.crm.session;

import java.time.LocalDate;
import java.util.List;

import com.careerbridge.crm.shared.Violations;

/**
 * What a consultant records when a session is over.
 *
 * @param privateNotes  for staff only
 * @param sharedSummary what the candidate reads
 * @param actionItems   the agreed next steps (existing ones keep their id and done state)
 * @param mockRating    1–5 when the session included a mock interview, else null
 * @param mockGuideId   the role the mock interview was for (a role guide), with a rating
 */
public record SessionOutcome(String privateNotes, String sharedSummary, List<NewActionItem> actionItems,
                             Integer mockRating, Long mockGuideId) {

    public SessionOutcome {
        actionItems = actionItems == null ? List.of() : List.copyOf(actionItems);
    }

    /** An action item as entered; {@code existingId} refers to one recorded earlier. */
    public record NewActionItem(Long existingId, String description, LocalDate dueDate) {
    }

    void validate() {
        Violations violations = new Violations()
                .maxLength("privateNotes", privateNotes, CoachingSession.NOTES_MAX)
                .maxLength("sharedSummary", sharedSummary, CoachingSession.NOTES_MAX)
                .between("mockRating", mockRating, CoachingSession.MOCK_RATING_MIN, CoachingSession.MOCK_RATING_MAX);
        if (mockRating != null && mockGuideId == null) {
            violations.add("mockGuideId", "required");
        }
        if (actionItems.size() > CoachingSession.ACTION_ITEMS_MAX) {
            violations.add("actionItems", "too-many");
        }
        for (NewActionItem item : actionItems) {
            if (item.description() == null || item.description().isBlank()) {
                violations.add("actionItems", "required");
            } else if (item.description().length() > ActionItem.DESCRIPTION_MAX) {
                violations.add("actionItems", "too-long");
            }
        }
        violations.throwIfAny();
    }
}
