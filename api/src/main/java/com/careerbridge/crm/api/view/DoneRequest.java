package com.careerbridge.crm.api.view;

import jakarta.validation.constraints.NotNull;

/** The state a checklist or action item should have. Sending the same state again changes nothing. */
public record DoneRequest(@NotNull Boolean done) {
}
