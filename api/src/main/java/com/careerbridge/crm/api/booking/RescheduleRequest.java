package com.careerbridge.crm.api.booking;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** The new start of a booked session: a free slot's start of the same type. */
record RescheduleRequest(
        @Schema(description = "ISO-8601 instant, a slot's start", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant start) {
}
