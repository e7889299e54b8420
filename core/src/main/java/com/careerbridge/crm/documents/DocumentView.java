package com.careerbridge.crm.documents;

import java.time.Instant;
import java.util.List;

/** A document with all its versions, newest last. {@code version} is the optimistic-lock version (If-Match). */
public record DocumentView(long id, long candidateId, long version, DocumentKind kind, String title, Long targetRoleId,
                           Long assignmentId, String itemKey, Instant createdAt, Instant updatedAt,
                           List<DocumentVersionView> versions) {

    public DocumentView {
        versions = List.copyOf(versions);
    }

    public DocumentVersionView latest() {
        return versions.getLast();
    }
}
