package com.careerbridge.crm.candidate;

import java.time.ZoneId;
import java.util.List;

import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.PhoneNumber;

/** A candidate's descriptive data, validated (see {@link CandidateForm#validate()}). */
public record CandidateProfile(
        String fullName,
        EmailAddress email,
        PhoneNumber phone,
        Language language,
        ZoneId timeZone,
        CareerStage careerStage,
        String currentCompany,
        String currentTitle,
        List<String> tags) {
}
