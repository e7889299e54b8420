package com.careerbridge.crm.candidate;

import java.time.Instant;

/**
 * One row of the candidate list, loaded by a single query with the consultant's name and the best readiness across the
 * candidate's target roles (null when they have none yet).
 */
public record CandidateSummary(
        long id,
        String fullName,
        String email,
        PipelineStatus pipelineStatus,
        CareerStage careerStage,
        Long consultantId,
        String consultantName,
        Integer readiness,
        Instant updatedAt) {
}
