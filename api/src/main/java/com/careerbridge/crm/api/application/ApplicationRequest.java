package com.careerbridge.crm.api.application;

import java.time.LocalDate;

import com.careerbridge.crm.application.ApplicationForm;
import com.careerbridge.crm.application.ApplicationSource;
import io.swagger.v3.oas.annotations.media.Schema;

/** What is known about the posting (the stage moves through stage-moves, never here). */
record ApplicationRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String company,
        @Schema(description = "The title as advertised", requiredMode = Schema.RequiredMode.REQUIRED) String positionTitle,
        @Schema(description = "http or https") String postingUrl,
        String location,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ApplicationSource source,
        LocalDate appliedOn,
        Integer salaryMin,
        Integer salaryMax,
        @Schema(description = "ISO 4217, needed with a salary", example = "KRW") String salaryCurrency) {

    ApplicationForm toForm() {
        return new ApplicationForm(company, positionTitle, postingUrl, location, source, appliedOn, salaryMin, salaryMax,
                salaryCurrency);
    }
}
