package com.careerbridge.crm.api.candidate;

import java.util.List;

import com.careerbridge.crm.candidate.CandidateForm;
import com.careerbridge.crm.candidate.CareerStage;
import com.careerbridge.crm.shared.Language;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A candidate's descriptive data as staff enter it; core checks every field at once and names each wrong one.
 * {@code consultantId} only counts when an admin creates a candidate (a consultant's new candidate is their own).
 */
record CandidateRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String fullName,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String email,
        String phone,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Language language,
        @Schema(description = "IANA time zone, e.g. Asia/Seoul", requiredMode = Schema.RequiredMode.REQUIRED)
        String timeZone,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) CareerStage careerStage,
        String currentCompany,
        String currentTitle,
        @Schema(description = "Free labels, lower-cased, at most 20") List<String> tags,
        @Schema(description = "Admins creating a candidate: the consultant (else none yet); ignored otherwise")
        Long consultantId) {

    CandidateForm toForm() {
        return new CandidateForm(fullName, email, phone, language, timeZone, careerStage, currentCompany, currentTitle,
                tags);
    }
}
