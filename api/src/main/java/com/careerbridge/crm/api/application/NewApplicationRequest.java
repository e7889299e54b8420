package com.careerbridge.crm.api.application;

import java.time.LocalDate;

import com.careerbridge.crm.application.ApplicationForm;
import com.careerbridge.crm.application.ApplicationSource;
import com.careerbridge.crm.application.ApplicationStage;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** A new application: the candidate's target role it was prepared for, where it starts, and the posting. */
record NewApplicationRequest(
        @NotNull @Schema(description = "One of the candidate's target roles") Long targetRoleId,
        @Schema(description = "SAVED (to consider) or APPLIED (sent); APPLIED when left out") ApplicationStage stage,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String company,
        @Schema(description = "The title as advertised", requiredMode = Schema.RequiredMode.REQUIRED) String positionTitle,
        @Schema(description = "http or https") String postingUrl,
        String location,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ApplicationSource source,
        LocalDate appliedOn,
        Integer salaryMin,
        Integer salaryMax,
        @Schema(description = "ISO 4217, needed with a salary", example = "KRW") String salaryCurrency) {

    ApplicationStage stageOrApplied() {
        return stage == null ? ApplicationStage.APPLIED : stage;
    }

    ApplicationForm toForm() {
        return new ApplicationForm(company, positionTitle, postingUrl, location, source, appliedOn, salaryMin, salaryMax,
                salaryCurrency);
    }
}
