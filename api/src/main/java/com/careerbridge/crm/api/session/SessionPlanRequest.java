package com.careerbridge.crm.api.session;

import java.time.LocalDateTime;

import com.careerbridge.crm.session.SessionMode;
import com.careerbridge.crm.session.SessionPlan;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * When and how a session takes place, as a consultant enters it: local start and end in a time zone (15:00 in
 * Asia/Seoul), the mode, the place or meeting link, the agenda. Core checks it: end after start, at most 8 hours.
 */
record SessionPlanRequest(
        @Schema(description = "Local date and time, e.g. 2026-12-10T15:00", requiredMode = Schema.RequiredMode.REQUIRED)
        LocalDateTime start,
        @Schema(description = "Local date and time, after start", requiredMode = Schema.RequiredMode.REQUIRED)
        LocalDateTime end,
        @Schema(description = "IANA time zone of start and end, e.g. Asia/Seoul", requiredMode = Schema.RequiredMode.REQUIRED)
        String timeZone,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) SessionMode mode,
        @Schema(description = "Place, meeting link or phone number") String location,
        String agenda) {

    SessionPlan toPlan() {
        return new SessionPlan(start, end, timeZone, mode, location, agenda);
    }
}
