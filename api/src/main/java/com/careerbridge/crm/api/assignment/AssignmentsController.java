package com.careerbridge.crm.api.assignment;

import java.time.Clock;

import com.careerbridge.crm.api.http.ClientLanguage;
import com.careerbridge.crm.api.http.EntityTags;
import com.careerbridge.crm.api.view.AssignmentView;
import com.careerbridge.crm.api.view.GuideDetailResponse;
import com.careerbridge.crm.assignment.AssignmentDetails;
import com.careerbridge.crm.assignment.AssignmentOverview;
import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.NotFoundException;
import com.careerbridge.crm.shared.Office;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One guide assigned to a candidate, as their consultant handles it. Each assignment has its own ETag
 * ({@code "<id>-<version>"}); every change takes it in {@code If-Match}, and so does verifying a checklist item.
 */
@RestController
@RequestMapping(path = "/api/v1/candidates/{candidateId}/assignments/{assignmentId}",
        produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Candidates")
@SecurityRequirement(name = "bearer")
class AssignmentsController {

    private static final String IF_MATCH = "The assignment's ETag";

    private final AssignmentService assignments;
    private final Office office;
    private final Clock clock;

    AssignmentsController(AssignmentService assignments, Office office, Clock clock) {
        this.assignments = assignments;
        this.office = office;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "One assigned guide with the candidate's checklist",
            description = "The assigned version's content and each item's state (OPEN, DONE, VERIFIED), in "
                    + "Accept-Language, else the office's language. Reading it as staff is not recorded as the "
                    + "candidate's reading. 404 outside the caller's caseload. ETag (for If-Match); If-None-Match "
                    + "answers 304.")
    ResponseEntity<GuideDetailResponse> get(@PathVariable long candidateId, @PathVariable long assignmentId,
                                            HttpServletRequest request) {
        AssignmentDetails details = ofCandidate(candidateId, assignmentId);
        return ResponseEntity.ok().eTag(EntityTags.of(assignmentId, details.overview().version()))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .body(GuideDetailResponse.of(details, language(request)));
    }

    @PostMapping("/upgrade")
    @Operation(summary = "Move the assignment to the guide's newest published version",
            description = "Keeps the candidate's progress on items that stayed the same; new items start open. "
                    + "Nothing changes when it already has the newest. Requires If-Match (428 without, 412 when "
                    + "stale).",
            parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = IF_MATCH, schema = @Schema(type = "string")))
    ResponseEntity<AssignmentView> upgrade(@PathVariable long candidateId, @PathVariable long assignmentId,
                                           HttpServletRequest request) {
        ofCandidate(candidateId, assignmentId);
        long version = EntityTags.expectedVersion(request, assignmentId,
                () -> assignments.get(assignmentId).overview().version());
        AssignmentOverview changed = assignments.upgrade(assignmentId, version);
        return answer(changed, request);
    }

    @PutMapping(path = "/due-date", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change or remove the due date",
            description = "Requires If-Match (428 without, 412 when stale).",
            parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = IF_MATCH, schema = @Schema(type = "string")))
    ResponseEntity<AssignmentView> changeDueDate(@PathVariable long candidateId, @PathVariable long assignmentId,
                                                 @Valid @RequestBody DueDateRequest body,
                                                 HttpServletRequest request) {
        ofCandidate(candidateId, assignmentId);
        long version = EntityTags.expectedVersion(request, assignmentId,
                () -> assignments.get(assignmentId).overview().version());
        AssignmentOverview changed = assignments.changeDueDate(assignmentId, version,
                body.dueDate());
        return answer(changed, request);
    }

    @DeleteMapping
    @Operation(summary = "Take the guide back from the candidate",
            description = "The candidate's progress on it is removed with it. Requires If-Match (428 without, 412 "
                    + "when stale).",
            parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = IF_MATCH, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "204", description = "Removed")
    ResponseEntity<Void> remove(@PathVariable long candidateId, @PathVariable long assignmentId,
                                HttpServletRequest request) {
        ofCandidate(candidateId, assignmentId);
        long version = EntityTags.expectedVersion(request, assignmentId,
                () -> assignments.get(assignmentId).overview().version());
        assignments.remove(assignmentId, version);
        return ResponseEntity.noContent().build();
    }

    /** The assignment, if it is this candidate's ("not found" otherwise, like one outside the caseload). */
    private AssignmentDetails ofCandidate(long candidateId, long assignmentId) {
        AssignmentDetails details = assignments.get(assignmentId);
        if (details.overview().candidateId() != candidateId) {
            throw new NotFoundException("assignment");
        }
        return details;
    }


    private ResponseEntity<AssignmentView> answer(AssignmentOverview changed, HttpServletRequest request) {
        return ResponseEntity.ok().eTag(EntityTags.of(changed.assignmentId(), changed.version()))
                .body(AssignmentView.of(changed, language(request), clock));
    }

    private Language language(HttpServletRequest request) {
        return ClientLanguage.of(request, office.defaultLanguage());
    }
}
