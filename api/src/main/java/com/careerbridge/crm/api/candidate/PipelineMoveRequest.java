package com.careerbridge.crm.api.candidate;

import com.careerbridge.crm.candidate.PipelineStatus;
import jakarta.validation.constraints.NotNull;

/** Where the candidate moves in the pipeline: one of the profile's {@code allowedMoves}. */
record PipelineMoveRequest(@NotNull PipelineStatus to) {
}
