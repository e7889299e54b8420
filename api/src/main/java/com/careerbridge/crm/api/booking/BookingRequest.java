package com.careerbridge.crm.api.booking;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** A slot to book: the type and the slot's start as listed by {@code /me/slots}; {@code note} is the candidate's agenda. */
record BookingRequest(
        @NotNull @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long typeId,
        @Schema(description = "ISO-8601 instant, a slot's start", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant start,
        @Schema(description = "What the candidate would like to talk about") String note) {
}
