package com.careerbridge.crm.api.application;

import java.time.LocalDateTime;

import com.careerbridge.crm.application.InterviewFormat;
import com.careerbridge.crm.application.InterviewPlan;
import io.swagger.v3.oas.annotations.media.Schema;

/** An interview as entered: local start in the time zone it takes place in, the round, the format, notes afterwards. */
record InterviewRequest(
        @Schema(description = "Local date and time, e.g. 2027-03-02T10:00", requiredMode = Schema.RequiredMode.REQUIRED)
        LocalDateTime start,
        @Schema(description = "IANA time zone of start, e.g. Asia/Seoul", requiredMode = Schema.RequiredMode.REQUIRED)
        String timeZone,
        @Schema(description = "1–20; left out: the round after the last one (or the round it had)") Integer round,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) InterviewFormat format,
        @Schema(description = "Who interviews, by role, e.g. \"hiring manager, sales director\"") String interviewers,
        @Schema(description = "The candidate's notes afterwards") String notes) {

    InterviewPlan toPlan() {
        return new InterviewPlan(start, timeZone, round, format, interviewers, notes);
    }
}
