package com.careerbridge.crm.api.documents;

import com.careerbridge.crm.documents.DocumentKind;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the multipart forms of the upload endpoints carry, for the OpenAPI document only (the handlers bind the fields
 * one by one, so that the file is streamed from the part and never bound into an object).
 */
final class UploadForms {

    private UploadForms() {
    }

    @Schema(name = "NewDocumentForm", description = "multipart/form-data: a new document and its first version")
    record NewDocumentForm(
            @Schema(type = "string", format = "binary", description = "The file: PDF, DOCX, DOC, ODT, TXT, PNG or "
                    + "JPEG, at most 10 MB by default", requiredMode = Schema.RequiredMode.REQUIRED) String file,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) DocumentKind kind,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 1, maxLength = 200) String title,
            @Schema(description = "One of the candidate's target roles") Long targetRoleId,
            @Schema(description = "One of the candidate's guide assignments") Long assignmentId,
            @Schema(description = "A checklist item of that assignment (needs assignmentId)", maxLength = 40)
            String itemKey) {
    }

    @Schema(name = "NewVersionForm", description = "multipart/form-data: the next version of a document")
    record NewVersionForm(
            @Schema(type = "string", format = "binary", description = "The file, with the same rules as a new "
                    + "document's", requiredMode = Schema.RequiredMode.REQUIRED) String file) {
    }
}
