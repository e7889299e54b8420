package com.careerbridge.crm.api.candidate;

import java.net.URI;

import com.careerbridge.crm.api.http.EntityTags;
import com.careerbridge.crm.api.view.ProgressEmailsRequest;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A candidate's record as staff keep it: create, the editable profile, pipeline moves, progress e-mail settings and
 * the private staff notes. All changes of one candidate share the record's ETag ({@code "<id>-<version>"}).
 */
@RestController
@RequestMapping(path = "/api/v1/candidates", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Candidates")
@SecurityRequirement(name = "bearer")
class CandidateRecordController {

    private static final String IF_MATCH = "The ETag of the candidate's profile or staff notes";

    private final CandidateService candidates;

    CandidateRecordController(CandidateService candidates) {
        this.candidates = candidates;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a candidate",
            description = "As a lead. A consultant's new candidate joins their own caseload; an admin names the "
                    + "consultant in consultantId (or leaves it empty). 400 with one entry per wrong field, e.g. "
                    + "email: taken.")
    @ApiResponse(responseCode = "201", description = "Created. Location: the new candidate's profile",
            headers = @Header(name = "ETag", description = "For If-Match on the next change",
                    schema = @Schema(type = "string")))
    ResponseEntity<CandidateProfileResponse> create(@Valid @RequestBody CandidateRequest body) {
        Candidate created = candidates.create(body.toForm(), body.consultantId());
        return ResponseEntity.created(URI.create("/api/v1/candidates/" + created.getId() + "/profile"))
                .eTag(EntityTags.of(created)).body(CandidateProfileResponse.from(created));
    }

    @GetMapping("/{candidateId}/profile")
    @Operation(summary = "A candidate's editable record",
            description = "Without the staff notes. 404 outside the caller's caseload. ETag (for If-Match on every "
                    + "change of the record); If-None-Match answers 304.")
    ResponseEntity<CandidateProfileResponse> profile(@PathVariable long candidateId) {
        Candidate candidate = candidates.withoutNotes(candidateId);
        return EntityTags.ok(candidate, CandidateProfileResponse.from(candidate));
    }

    @PutMapping(path = "/{candidateId}/profile", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a candidate's descriptive data",
            description = "Replaces name, contact, language, time zone, career stage, company, title and tags. "
                    + "Requires If-Match (428 without, 412 when someone saved in between).",
            parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = IF_MATCH, schema = @Schema(type = "string")))
    ResponseEntity<CandidateProfileResponse> update(@PathVariable long candidateId,
                                                    @Valid @RequestBody CandidateRequest body,
                                                    HttpServletRequest request) {
        long version = EntityTags.expectedVersion(request, candidateId,
                () -> candidates.withoutNotes(candidateId).getVersion());
        Candidate changed = candidates.update(candidateId, version, body.toForm());
        return EntityTags.ok(changed, CandidateProfileResponse.from(changed));
    }

    @PostMapping(path = "/{candidateId}/pipeline-moves", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Move the candidate in the pipeline",
            description = "To one of the profile's allowedMoves (409 for any other). Recorded in the status history "
                    + "and the timeline. Requires If-Match (428 without, 412 when stale).",
            parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = IF_MATCH, schema = @Schema(type = "string")))
    ResponseEntity<CandidateProfileResponse> move(@PathVariable long candidateId,
                                                  @Valid @RequestBody PipelineMoveRequest body,
                                                  HttpServletRequest request) {
        long version = EntityTags.expectedVersion(request, candidateId,
                () -> candidates.withoutNotes(candidateId).getVersion());
        Candidate moved = candidates.changeStatus(candidateId, version, body.to());
        return EntityTags.ok(moved, CandidateProfileResponse.from(moved));
    }

    @PutMapping(path = "/{candidateId}/progress-emails", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Turn the candidate's progress e-mails on or off, or move them",
            description = "Weekday and local time in the candidate's time zone. Requires If-Match (428 without, 412 "
                    + "when stale).",
            parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = IF_MATCH, schema = @Schema(type = "string")))
    ResponseEntity<CandidateProfileResponse> progressEmails(@PathVariable long candidateId,
                                                            @Valid @RequestBody ProgressEmailsRequest body,
                                                            HttpServletRequest request) {
        long version = EntityTags.expectedVersion(request, candidateId,
                () -> candidates.withoutNotes(candidateId).getVersion());
        Candidate changed = candidates.changeEmailPreferences(candidateId, version,
                body.enabled(), body.dayOfWeek(), body.localTime());
        return EntityTags.ok(changed, CandidateProfileResponse.from(changed));
    }

    @GetMapping("/{candidateId}/staff-notes")
    @Operation(summary = "The team's private notes on the candidate",
            description = "Never part of any answer a candidate can read. Each read of non-empty notes is written to "
                    + "the security audit log, as in the web UI. ETag; If-None-Match answers 304.")
    ResponseEntity<StaffNotesResponse> staffNotes(@PathVariable long candidateId) {
        Candidate candidate = candidates.get(candidateId);
        return EntityTags.ok(candidate, StaffNotesResponse.from(candidate));
    }

    @PutMapping(path = "/{candidateId}/staff-notes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace the staff notes",
            description = "At most 20,000 characters. Requires If-Match (428 without, 412 when stale).",
            parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = IF_MATCH, schema = @Schema(type = "string")))
    ResponseEntity<StaffNotesResponse> replaceStaffNotes(@PathVariable long candidateId,
                                                         @Valid @RequestBody StaffNotesRequest body,
                                                         HttpServletRequest request) {
        long version = EntityTags.expectedVersion(request, candidateId,
                () -> candidates.withoutNotes(candidateId).getVersion());
        Candidate changed = candidates.replaceStaffNotes(candidateId, version,
                body.notes());
        return EntityTags.ok(changed, StaffNotesResponse.from(changed));
    }

}
