package com.careerbridge.crm.api.candidate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** Whether the consultant confirms that a checklist item is really done ({@code false} takes a verification back). */
@Schema(name = "VerificationRequest")
public record VerificationRequest(@NotNull Boolean verified) {
}
