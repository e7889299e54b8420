package com.careerbridge.crm.api.view;

import java.time.DayOfWeek;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;

/**
 * Progress e-mails on or off, and on which weekday at which local time ({@code HH:mm}) they arrive: what a candidate
 * sends for themselves and their consultant for them.
 */
public record ProgressEmailsRequest(@NotNull Boolean enabled, @NotNull DayOfWeek dayOfWeek, @NotNull LocalTime localTime) {
}
