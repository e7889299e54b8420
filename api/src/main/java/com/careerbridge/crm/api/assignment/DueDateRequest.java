package com.careerbridge.crm.api.assignment;

import java.time.LocalDate;

/** The assignment's new due date; null removes it. */
record DueDateRequest(LocalDate dueDate) {
}
