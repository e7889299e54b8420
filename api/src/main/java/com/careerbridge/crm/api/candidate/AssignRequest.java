package com.careerbridge.crm.api.candidate;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** Which guide (its newest published version is assigned), an optional due date and a note for the candidate. */
record AssignRequest(@NotNull Long guideId, LocalDate dueDate, String message) {
}
