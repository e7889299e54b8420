package com.careerbridge.crm.api.documents;

import java.time.Instant;
import java.util.List;

import com.careerbridge.crm.documents.DocumentKind;
import com.careerbridge.crm.documents.DocumentVersionView;
import com.careerbridge.crm.documents.DocumentView;
import io.swagger.v3.oas.annotations.media.Schema;

/** A document with its versions, oldest first; etag is the If-Match of a new version. */
record DocumentResponse(long id, long candidateId, String etag, DocumentKind kind, String title, Long targetRoleId,
                        Long assignmentId, String itemKey, Instant createdAt, Instant updatedAt,
                        List<VersionResponse> versions) {

    static DocumentResponse from(DocumentView view) {
        return new DocumentResponse(view.id(), view.candidateId(),
                com.careerbridge.crm.api.http.EntityTags.of(view.id(), view.version()), view.kind(), view.title(),
                view.targetRoleId(), view.assignmentId(), view.itemKey(), view.createdAt(), view.updatedAt(),
                view.versions().stream().map(VersionResponse::from).toList());
    }

    /** One uploaded version; contentType is the type detected from the content. */
    record VersionResponse(long id, int number, String fileName, String contentType, long size,
                           @Schema(description = "SHA-256 of the content, hex; also the download's ETag") String sha256,
                           @Schema(description = "true: the candidate uploaded it; false: staff did") boolean byCandidate,
                           Instant uploadedAt, boolean hasPreview, int comments, String contentUrl,
                           @Schema(description = "Only when hasPreview") String previewUrl) {

        static VersionResponse from(DocumentVersionView version) {
            String base = "/api/v1/documents/versions/" + version.id();
            return new VersionResponse(version.id(), version.number(), version.fileName(), version.contentType(),
                    version.size(), version.sha256(), version.byCandidate(), version.uploadedAt(),
                    version.hasPreview(), version.comments(), base + "/content",
                    version.hasPreview() ? base + "/preview" : null);
        }
    }
}
