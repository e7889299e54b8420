package com.careerbridge.crm.documents;

import java.time.Instant;

/**
 * One uploaded version as the front ends show it. {@code byCandidate}: the candidate uploaded it themselves (otherwise
 * staff did); {@code contentType} is the detected one.
 */
public record DocumentVersionView(long id, long documentId, int number, String fileName, String contentType,
                                  long size, String sha256, Long uploadedBy, boolean byCandidate, Instant uploadedAt,
                                  boolean hasPreview, int comments) {
}
