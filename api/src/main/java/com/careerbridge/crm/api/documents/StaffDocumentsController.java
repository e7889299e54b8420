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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A candidate's documents as their consultant (or an admin) sees them. */
@RestController
@RequestMapping(path = "/api/v1/candidates/{candidateId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Candidate documents", description = "A candidate's documents for the staff who may see them "
        + "(roles ADMIN, CONSULTANT)")
@SecurityRequirement(name = "bearer")
class StaffDocumentsController {

    private final CandidateDocuments documents;

    StaffDocumentsController(CandidateDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/documents")
    @Operation(summary = "A candidate's documents",
            description = "Most recently changed first, with all versions. 404 for a candidate who is not in the "
                    + "caller's caseload.")
    List<DocumentResponse> list(@PathVariable long candidateId) {
        return documents.list(candidateId).stream().map(DocumentResponse::from).toList();
    }

    @PostMapping(path = "/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Put a new document on a candidate's record (its version 1)",
            description = "Like POST /me/documents; a staff upload never ticks a checklist item. 201 with the "
                    + "document, its ETag and Location.")
    @ApiResponse(responseCode = "201", description = "Stored. Location: the new document",
            headers = @io.swagger.v3.oas.annotations.headers.Header(name = "ETag",
                    description = "For If-Match on the next version", schema = @Schema(type = "string")))
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
            schema = @Schema(implementation = UploadForms.NewDocumentForm.class)))
    ResponseEntity<DocumentResponse> upload(
            @PathVariable long candidateId,
            @Parameter(hidden = true) @RequestParam("file") MultipartFile file,
            @Parameter(hidden = true) @RequestParam DocumentKind kind,
            @Parameter(hidden = true) @RequestParam String title,
            @Parameter(hidden = true) @RequestParam(required = false)
            Long targetRoleId,
            @Parameter(hidden = true) @RequestParam(required = false)
            Long assignmentId,
            @Parameter(hidden = true) @RequestParam(required = false)
            String itemKey) {
        NewDocument document = new NewDocument(kind, title, new DocumentLinks(targetRoleId, assignmentId, itemKey));
        return DocumentUploads.created(DocumentUploads.stream(file,
                (name, content) -> documents.upload(candidateId, document, name, content)));
    }
}
