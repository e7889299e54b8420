package com.careerbridge.crm.api.application;

import io.swagger.v3.oas.annotations.media.Schema;

/** A question asked in the interview: matched to one of the guide's questions, proposed for the guide, or neither. */
record QuestionRequest(
        @Schema(description = "The question as remembered", requiredMode = Schema.RequiredMode.REQUIRED) String asked,
        @Schema(description = "Place (from 0) of the matching question in guideQuestions") Integer guideQuestion,
        @Schema(description = "Offer the question to the guide (staff decide); not with guideQuestion") Boolean propose) {
}
