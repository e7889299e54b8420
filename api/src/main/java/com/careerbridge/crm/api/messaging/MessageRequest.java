package com.careerbridge.crm.api.messaging;

import com.careerbridge.crm.messaging.MessageReference;
import io.swagger.v3.oas.annotations.media.Schema;

/** A message to send: plain text with line breaks and optionally what it is about. */
record MessageRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                description = "Plain text with line breaks, 1 to 4,000 characters; no other control characters")
        String text,
        ReferenceView reference) {

    MessageReference toReference() {
        return reference == null ? null : reference.toReference();
    }
}
