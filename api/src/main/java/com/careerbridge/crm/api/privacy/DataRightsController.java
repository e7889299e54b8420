package com.careerbridge.crm.api.privacy;

import java.io.IOException;

import com.careerbridge.crm.datarights.CandidateDataExport;
import com.careerbridge.crm.datarights.CandidateErasure;
import com.careerbridge.crm.datarights.ExportTicket;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A candidate's data as a ZIP (their own copy, or an administrator's complete one) and erasure by an administrator.
 * Permission is checked before the first byte, so a refusal is an ordinary problem document; the ZIP is then streamed
 * onto the response, never assembled in memory.
 */
@RestController
@Tag(name = "Privacy", description = "Export of a candidate's data and erasure")
class DataRightsController {

    static final String ZIP = "application/zip";

    private final CandidateDataExport export;
    private final CandidateErasure erasure;

    DataRightsController(CandidateDataExport export, CandidateErasure erasure) {
        this.export = export;
        this.erasure = erasure;
    }

    @GetMapping("/api/v1/me/export")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Download all my data",
            description = "Candidates only. A ZIP with candidate.json (profile, consent, preferences, pipeline history, "
                    + "target roles and readiness history, guides with checklist items, sessions with shared summaries "
                    + "and action items, timeline, e-mails sent to me, login facts) and one CSV per list (UTF-8 with a "
                    + "byte order mark). Staff-only notes are not included.")
    @ApiResponse(responseCode = "200", description = "The ZIP",
            content = @Content(mediaType = ZIP, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "403", description = "Not a candidate")
    void exportMine(HttpServletResponse response) throws IOException {
        stream(export.authorizeOwn(), response);
    }

    @GetMapping("/api/v1/candidates/{candidateId}/export")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Download all of a candidate's data (administrators)",
            description = "Administrators only: everything the system holds about the candidate, staff notes and "
                    + "private session notes included. Consultants get 403 for their own candidates, 404 for others; "
                    + "a candidate asking for their own id gets their own copy (as /me/export).")
    @ApiResponse(responseCode = "200", description = "The ZIP",
            content = @Content(mediaType = ZIP, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    void exportCandidate(@PathVariable long candidateId, HttpServletResponse response) throws IOException {
        stream(export.authorize(candidateId), response);
    }

    @DeleteMapping("/api/v1/candidates/{candidateId}/personal-data")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Erase a candidate (administrators)",
            description = "Irreversible. Removes or anonymises the candidate's personal data everywhere (sessions, "
                    + "guides, e-mails, timeline, login) in one transaction, withdraws mail still waiting for them and "
                    + "keeps anonymous statistics. The candidate leaves every list (delta sync reports the id in "
                    + "deletedIds) and is 404 afterwards. Idempotent: erasing again answers 204 too.")
    @ApiResponse(responseCode = "204", description = "Erased (now or before)")
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    ResponseEntity<Void> erase(@PathVariable long candidateId) {
        erasure.erase(candidateId);
        return ResponseEntity.noContent().build();
    }

    private void stream(ExportTicket ticket, HttpServletResponse response) throws IOException {
        response.setContentType(ZIP);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(ticket.fileName()).build().toString());
        export.write(ticket, response.getOutputStream());
        response.flushBuffer();
    }
}
