package com.careerbridge.crm.api.view;

import com.careerbridge.crm.assignment.AssignmentOverview;

/** How far a guide's checklist has got: items ticked by the candidate, items verified by the consultant. */
public record ProgressView(int total, int done, int verified, int percent) {

    public static ProgressView of(AssignmentOverview overview) {
        return new ProgressView(overview.itemsTotal(), overview.itemsDone(), overview.itemsVerified(),
                overview.percentDone());
    }
}
