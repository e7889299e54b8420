package com.careerbridge.crm.api.candidate;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import com.careerbridge.crm.api.view.AssignmentView;
import com.careerbridge.crm.api.view.TargetRoleView;
import com.careerbridge.crm.candidate.CareerStage;
import com.careerbridge.crm.candidate.PipelineStatus;
import com.careerbridge.crm.session.SessionMode;
import com.careerbridge.crm.session.SessionStatus;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One candidate as their consultant sees them in the app: profile, pipeline status, target roles with readiness,
 * assigned guides with progress and the next session. The staff notes are left out on purpose: the app shows this
 * screen in meetings, where the candidate may look at the phone.
 */
record CandidateOverviewResponse(long id, String fullName, String email, String phone, String language,
                                 String timeZone, CareerStage careerStage, String currentCompany, String currentTitle,
                                 PipelineStatus status, Long consultantId, List<String> tags, boolean hasLogin,
                                 ProgressEmails progressEmails, List<TargetRoleView> targetRoles,
                                 List<AssignmentView> assignments, NextSession nextSession, Instant updatedAt) {

    @Schema(name = "CandidateProgressEmails")
    record ProgressEmails(boolean enabled, DayOfWeek dayOfWeek, LocalTime localTime) {
    }

    /** The soonest scheduled session that is not over yet, or null. */
    @Schema(name = "NextSession")
    record NextSession(long id, Instant startsAt, Instant endsAt, String timeZone, SessionMode mode, String location,
                       SessionStatus status) {
    }
}
