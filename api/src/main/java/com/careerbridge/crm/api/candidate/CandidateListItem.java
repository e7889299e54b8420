package com.careerbridge.crm.api.candidate;

import java.time.Instant;

import com.careerbridge.crm.candidate.CandidateSummary;
import com.careerbridge.crm.candidate.CareerStage;
import com.careerbridge.crm.candidate.PipelineStatus;

/** One row of the caseload: {@code readiness} is the best across the candidate's target roles (null: none yet). */
record CandidateListItem(long id, String fullName, String email, PipelineStatus status, CareerStage careerStage,
                         Long consultantId, String consultantName, Integer readiness, Instant updatedAt) {

    static CandidateListItem from(CandidateSummary s) {
        return new CandidateListItem(s.id(), s.fullName(), s.email(), s.pipelineStatus(), s.careerStage(),
                s.consultantId(), s.consultantName(), s.readiness(), s.updatedAt());
    }
}
