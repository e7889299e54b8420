package com.careerbridge.crm.api.view;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import com.careerbridge.crm.assignment.AssignmentOverview;
import com.careerbridge.crm.shared.Language;
import io.swagger.v3.oas.annotations.media.Schema;

/** An assigned guide in a list, with its progress. {@code title} is in the requested language. */
@Schema(name = "Assignment")
public record AssignmentView(long assignmentId, long guideId, String title, int versionNumber,
                             boolean newerVersionAvailable, Instant assignedAt, LocalDate dueDate, boolean overdue,
                             String message, Instant firstOpenedAt, Instant lastReadAt, ProgressView progress,
                             Instant updatedAt) {

    public static AssignmentView of(AssignmentOverview overview, Language language, Clock clock) {
        return new AssignmentView(overview.assignmentId(), overview.guideId(), overview.title(language),
                overview.versionNumber(), overview.newerVersionAvailable(), overview.assignedAt(), overview.dueDate(),
                overview.overdue(LocalDate.now(clock)), overview.message(), overview.firstOpenedAt(),
                overview.lastReadAt(), ProgressView.of(overview), overview.updatedAt());
    }
}
