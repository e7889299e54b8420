package com.careerbridge.crm.assignment;

import java.time.Instant;
import java.time.LocalDate;

import com.careerbridge.crm.shared.Language;

/**
 * One assigned guide in a list: which version, whether a newer one exists, when it was read, and how far the
 * checklist has got.
 */
public record AssignmentOverview(
        long assignmentId,
        long version,
        long candidateId,
        long guideId,
        long guideVersionId,
        int versionNumber,
        Integer latestVersionNumber,
        String titleKo,
        String titleEn,
        Instant assignedAt,
        LocalDate dueDate,
        String message,
        Instant firstOpenedAt,
        Instant lastReadAt,
        int itemsTotal,
        int itemsDone,
        int itemsVerified,
        Instant updatedAt) {

    public boolean newerVersionAvailable() {
        return latestVersionNumber != null && latestVersionNumber > versionNumber;
    }

    /** Items ticked by the candidate or verified, 0–100. */
    public int percentDone() {
        return itemsTotal == 0 ? 0 : Math.round(100f * (itemsDone + itemsVerified) / itemsTotal);
    }

    public String title(Language language) {
        return language == Language.EN ? titleEn : titleKo;
    }

    public boolean overdue(LocalDate today) {
        return dueDate != null && dueDate.isBefore(today) && itemsDone + itemsVerified < itemsTotal;
    }
}
