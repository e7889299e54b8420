package com.careerbridge.crm.api.messaging;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** Read up to and including this message (a mark never moves back). */
record ReadRequest(@NotNull @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "A message id") Long upTo) {
}
