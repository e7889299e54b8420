package com.careerbridge.crm.assignment;

import java.util.List;
import java.util.Map;

import com.careerbridge.crm.roleguide.GuideContent;

/**
 * An assigned guide as the candidate reads it: the exact version's content, the checklist with their progress, and
 * the look-alike roles that have their own guide (slug → guide id) for links.
 */
public record AssignmentDetails(AssignmentOverview overview, GuideContent content, List<ChecklistEntry> checklist,
                                Map<String, Long> lookAlikeGuideIds) {

    /** One checklist item with the guide's text and the candidate's state. */
    public record ChecklistEntry(GuideContent.ChecklistItem item, ItemState state, java.time.Instant doneAt,
                                 java.time.Instant verifiedAt) {
    }
}
