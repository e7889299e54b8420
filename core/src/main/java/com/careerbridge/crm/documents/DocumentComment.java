package com.careerbridge.crm.documents;

import java.time.Instant;

/** A comment on one version. {@code byCandidate}: written by the candidate themselves (otherwise by staff). */
public record DocumentComment(long id, long versionId, Long authorId, boolean byCandidate, String body, Instant at) {

    public static final int BODY_MAX = 2_000;
}
