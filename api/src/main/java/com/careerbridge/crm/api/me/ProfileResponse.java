package com.careerbridge.crm.api.me;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CareerStage;
import com.careerbridge.crm.candidate.PipelineStatus;

/**
 * The signed-in candidate's own record and progress e-mail preferences (never the consultant's notes).
 * {@code language} is the language of their e-mails and of guide content.
 */
record ProfileResponse(long candidateId, String fullName, String email, String phone, String language,
                       String timeZone, CareerStage careerStage, String currentCompany, String currentTitle,
                       PipelineStatus status, List<String> tags, ProgressEmails progressEmails) {

    /** The weekly progress e-mail: on or off, and when (the candidate's time zone). */
    record ProgressEmails(boolean enabled, DayOfWeek dayOfWeek, LocalTime localTime) {
    }

    static ProfileResponse from(Candidate c) {
        return new ProfileResponse(c.getId(), c.getFullName(), c.getEmail().value(),
                c.getPhone() == null ? null : c.getPhone().value(), c.getPreferredLanguage().code(),
                c.getTimeZone().getId(), c.getCareerStage(), c.getCurrentCompany(), c.getCurrentTitle(),
                c.getPipelineStatus(), c.getTags(),
                new ProgressEmails(c.isProgressEmailsEnabled(), c.getDigestDayOfWeek(), c.getDigestLocalTime()));
    }
}
