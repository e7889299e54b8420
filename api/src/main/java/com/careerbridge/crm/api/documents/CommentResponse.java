package com.careerbridge.crm.api.documents;

import java.time.Instant;

import com.careerbridge.crm.documents.DocumentComment;
import io.swagger.v3.oas.annotations.media.Schema;

/** A comment on a version. */
record CommentResponse(long id, long versionId,
                       @Schema(description = "true: the candidate wrote it; false: staff did") boolean byCandidate,
                       String text, Instant at) {

    static CommentResponse from(DocumentComment comment) {
        return new CommentResponse(comment.id(), comment.versionId(), comment.byCandidate(), comment.body(),
                comment.at());
    }
}
