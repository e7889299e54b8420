package com.careerbridge.crm.api.application;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.careerbridge.crm.api.http.ContentTags;
import com.careerbridge.crm.api.http.DeltaSync;
import com.careerbridge.crm.api.http.EntityTags;
import com.careerbridge.crm.api.http.SyncResponse;
import com.careerbridge.crm.application.JobApplication;
import com.careerbridge.crm.application.JobApplications;
import com.careerbridge.crm.application.JobApplications.ApplicationWithHistory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Job applications for the candidate ({@code /me/applications}) and their consultant ({@code /candidates/{id}/
 * applications}); one application by id for both. Who may see what is decided in core: the candidate their own, staff
 * the candidates they are responsible for, everyone else 404. Applications are never deleted (a withdrawn one is a
 * stage), so delta sync answers no removals.
 */
@RestController
@Tag(name = "Job applications", description = "Applications and their stages (the candidate's own; staff for their "
        + "candidates)")
@SecurityRequirement(name = "bearer")
class ApplicationsController {

    private final JobApplications applications;
    private final ContentTags tags;
    private final Clock clock;

    ApplicationsController(JobApplications applications, ContentTags tags, Clock clock) {
        this.applications = applications;
        this.tags = tags;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/me/applications", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "My job applications",
            description = "Most recently moved first, each with its stages and allowed moves. With updatedSince: only "
                    + "those changed since then (deletedIds is always empty). ETag; If-None-Match answers 304.")
    ResponseEntity<SyncResponse<ApplicationView>> mine(
            @Parameter(description = "ISO-8601 instant, e.g. the syncedAt of the previous answer")
            @RequestParam(required = false) Instant updatedSince) {
        return page(applications.mine(), updatedSince);
    }

    @PostMapping(path = "/api/v1/me/applications", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record one of my job applications",
            description = "For one of my target roles (400 at targetRoleId otherwise), SAVED or APPLIED.")
    @ApiResponse(responseCode = "201", description = "Recorded. Location: the application",
            headers = @Header(name = "ETag", description = "For If-Match on the next change",
                    schema = @Schema(type = "string")))
    ResponseEntity<ApplicationView> addMine(@Valid @RequestBody NewApplicationRequest body) {
        return created(applications.createMine(body.targetRoleId(), body.stageOrApplied(), body.toForm()));
    }

    @GetMapping(path = "/api/v1/candidates/{candidateId}/applications", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A candidate's job applications",
            description = "As /me/applications, for staff responsible for the candidate (404 otherwise).")
    ResponseEntity<SyncResponse<ApplicationView>> ofCandidate(@PathVariable long candidateId,
            @Parameter(description = "ISO-8601 instant, e.g. the syncedAt of the previous answer")
            @RequestParam(required = false) Instant updatedSince) {
        return page(applications.ofCandidate(candidateId), updatedSince);
    }

    @PostMapping(path = "/api/v1/candidates/{candidateId}/applications", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a job application for a candidate",
            description = "For one of the candidate's target roles (400 at targetRoleId otherwise), SAVED or APPLIED. "
                    + "404 for a candidate outside the caller's caseload.")
    @ApiResponse(responseCode = "201", description = "Recorded. Location: the application",
            headers = @Header(name = "ETag", description = "For If-Match on the next change",
                    schema = @Schema(type = "string")))
    ResponseEntity<ApplicationView> add(@PathVariable long candidateId, @Valid @RequestBody NewApplicationRequest body) {
        return created(applications.create(candidateId, body.targetRoleId(), body.stageOrApplied(), body.toForm()));
    }

    @GetMapping(path = "/api/v1/applications/{applicationId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One job application",
            description = "The candidate's own, or one of a candidate the caller is responsible for (404 otherwise). "
                    + "ETag (for If-Match); If-None-Match answers 304.")
    ResponseEntity<ApplicationView> get(@PathVariable long applicationId) {
        ApplicationWithHistory found = applications.get(applicationId);
        return EntityTags.ok(found.application(), ApplicationView.of(found));
    }

    @PutMapping(path = "/api/v1/applications/{applicationId}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change what is known about the posting",
            description = "Not the stage (see stage-moves). Requires If-Match (428 without, 412 when stale).",
            parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = "The application's ETag", schema = @Schema(type = "string")))
    ResponseEntity<ApplicationView> update(@PathVariable long applicationId, @Valid @RequestBody ApplicationRequest body,
                                           HttpServletRequest request) {
        long version = expectedVersion(request, applicationId);
        return answer(applications.update(applicationId, version, body.toForm()));
    }

    @PostMapping(path = "/api/v1/applications/{applicationId}/stage-moves", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Move an application to another stage",
            description = "saved → applied → (screening →) interviewing → offer → accepted | declined; rejected or "
                    + "withdrawn from any open stage. A move the flow does not allow answers 409 with allowedMoves. "
                    + "Requires If-Match (428 without, 412 when stale).",
            parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = "The application's ETag", schema = @Schema(type = "string")))
    ResponseEntity<ApplicationView> move(@PathVariable long applicationId, @Valid @RequestBody StageMoveRequest body,
                                         HttpServletRequest request) {
        long version = expectedVersion(request, applicationId);
        return answer(applications.move(applicationId, version, body.to()));
    }

    /** The version the client saw, from If-Match (428 without, 412 when no tag is this application's). */
    private long expectedVersion(HttpServletRequest request, long applicationId) {
        return EntityTags.expectedVersion(request, applicationId,
                () -> applications.get(applicationId).application().getVersion());
    }

    private ResponseEntity<SyncResponse<ApplicationView>> page(List<ApplicationWithHistory> all, Instant updatedSince) {
        Instant since = DeltaSync.since(updatedSince, clock);
        Instant syncedAt = DeltaSync.syncedAt(clock);
        List<ApplicationView> items = all.stream()
                .filter(a -> since == null || a.application().getUpdatedAt().isAfter(since))
                .map(ApplicationView::of)
                .toList();
        return ResponseEntity.ok().eTag(tags.of(items)).body(new SyncResponse<>(items, List.of(), syncedAt));
    }

    private ResponseEntity<ApplicationView> created(JobApplication application) {
        ApplicationWithHistory found = applications.get(application.getId());
        return ResponseEntity.created(URI.create("/api/v1/applications/" + application.getId()))
                .eTag(EntityTags.of(found.application())).body(ApplicationView.of(found));
    }

    private ResponseEntity<ApplicationView> answer(JobApplication changed) {
        ApplicationWithHistory found = applications.get(changed.getId());
        return EntityTags.ok(found.application(), ApplicationView.of(found));
    }
}
