package com.careerbridge.crm.api.candidate;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CareerStage;
import com.careerbridge.crm.candidate.PipelineStatus;

/**
 * A candidate's record as staff edit it — without the staff notes, which have their own, audited resource. Its ETag
 * ({@code "<id>-<version>"}) is what every change of the record takes in {@code If-Match}. {@code allowedMoves}: the
 * pipeline statuses the candidate may move to from here.
 */
record CandidateProfileResponse(long id, String fullName, String email, String phone, String language,
                                String timeZone, CareerStage careerStage, String currentCompany, String currentTitle,
                                List<String> tags, PipelineStatus pipelineStatus, Set<PipelineStatus> allowedMoves,
                                Long consultantId, boolean hasLogin,
                                CandidateOverviewResponse.ProgressEmails progressEmails, Instant updatedAt) {

    static CandidateProfileResponse from(Candidate c) {
        return new CandidateProfileResponse(c.getId(), c.getFullName(), c.getEmail().value(),
                c.getPhone() == null ? null : c.getPhone().value(), c.getPreferredLanguage().code(),
                c.getTimeZone().getId(), c.getCareerStage(), c.getCurrentCompany(), c.getCurrentTitle(), c.getTags(),
                c.getPipelineStatus(), c.getPipelineStatus().next(), c.getConsultantId(), c.getUserId() != null,
                new CandidateOverviewResponse.ProgressEmails(c.isProgressEmailsEnabled(), c.getDigestDayOfWeek(), c.getDigestLocalTime()),
                c.getUpdatedAt());
    }
}
