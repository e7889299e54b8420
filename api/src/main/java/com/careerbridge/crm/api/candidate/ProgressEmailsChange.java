package com.careerbridge.crm.api.candidate;

import java.time.DayOfWeek;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;

/** The candidate's progress e-mails on or off, and the weekday and local time ({@code HH:mm}) they arrive. */
record ProgressEmailsChange(@NotNull Boolean enabled, @NotNull DayOfWeek dayOfWeek, @NotNull LocalTime localTime) {
}
