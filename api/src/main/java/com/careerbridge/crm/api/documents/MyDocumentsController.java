package com.careerbridge.crm.api.documents;

import java.util.List;

import com.careerbridge.crm.documents.CandidateDocuments;
import com.careerbridge.crm.documents.DocumentKind;
import com.careerbridge.crm.documents.DocumentLinks;
import com.careerbridge.crm.documents.NewDocument;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The signed-in candidate's own documents: list and hand in a new one. */
@RestController
@RequestMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Me: documents", description = "The signed-in candidate's CVs, cover letters, portfolios and exercise "
        + "answers (role CANDIDATE)")
@SecurityRequirement(name = "bearer")
class MyDocumentsController {

    private final CandidateDocuments documents;

    MyDocumentsController(CandidateDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/documents")
    @Operation(summary = "My documents",
            description = "Most recently changed first, each with all its versions (oldest first) and its ETag.")
    List<DocumentResponse> list() {
        return documents.mine().stream().map(DocumentResponse::from).toList();
    }

    @PostMapping(path = "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Hand in a new document (its version 1)",
            description = "multipart/form-data with file, kind and title; optionally targetRoleId, and assignmentId "
                    + "with itemKey: handing a document in for a checklist item ticks that item. The type is decided "
                    + "from the content: PDF, DOCX, DOC, ODT, TXT, PNG and JPEG only (400 type-not-allowed at file). "
                    + "A body declared larger than the per-file limit is answered 413 before it is read; 400 "
                    + "quota-exceeded when the candidate's documents have no room left. 201 with the document, its "
                    + "ETag and Location.")
    @ApiResponse(responseCode = "201", description = "Stored")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
            schema = @Schema(implementation = UploadForms.NewDocumentForm.class)))
    ResponseEntity<DocumentResponse> upload(
            @Parameter(hidden = true) @RequestParam("file") MultipartFile file,
            @Parameter(hidden = true) @RequestParam DocumentKind kind,
            @Parameter(hidden = true) @RequestParam String title,
            @Parameter(hidden = true) @RequestParam(required = false) Long targetRoleId,
            @Parameter(hidden = true) @RequestParam(required = false) Long assignmentId,
            @Parameter(hidden = true) @RequestParam(required = false)
            String itemKey) {
        NewDocument document = new NewDocument(kind, title, new DocumentLinks(targetRoleId, assignmentId, itemKey));
        return DocumentUploads.created(DocumentUploads.stream(file,
                (name, content) -> documents.uploadMine(document, name, content)));
    }
}
