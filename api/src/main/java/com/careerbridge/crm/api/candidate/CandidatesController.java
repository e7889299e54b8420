package com.careerbridge.crm.api.candidate;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.careerbridge.crm.account.AuthenticatedUser;
import com.careerbridge.crm.api.http.ClientLanguage;
import com.careerbridge.crm.api.http.ContentTags;
import com.careerbridge.crm.api.http.DeltaSync;
import com.careerbridge.crm.api.http.EntityTags;
import com.careerbridge.crm.api.http.PageParams;
import com.careerbridge.crm.api.http.SyncPageResponse;
import com.careerbridge.crm.api.view.AssignmentView;
import com.careerbridge.crm.api.view.TargetRoleView;
import com.careerbridge.crm.assignment.AssignmentOverview;
import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateFilter;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.candidate.CandidateSort;
import com.careerbridge.crm.candidate.CandidateSummary;
import com.careerbridge.crm.candidate.PipelineStatus;
import com.careerbridge.crm.overview.CandidateOverview;
import com.careerbridge.crm.overview.CandidateOverviewQuery;
import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.crm.shared.ConflictException;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.NotFoundException;
import com.careerbridge.crm.sync.Tombstones;
import com.careerbridge.crm.targetrole.TargetRoleService;
import io.swagger.v3.oas.annotations.Operation;
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
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A consultant's candidates (an admin's: everyone's). Who may see whom is decided in core: a candidate outside the
 * caller's caseload is "not found", exactly like one that does not exist.
 */
@RestController
@RequestMapping(path = "/api/v1/candidates", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Candidates", description = "Consultants' candidates (roles CONSULTANT and ADMIN)")
@SecurityRequirement(name = "bearer")
class CandidatesController {

    private final CandidateService candidates;
    private final TargetRoleService targetRoles;
    private final AssignmentService assignments;
    private final SessionService sessions;
    private final Tombstones tombstones;
    private final CandidateOverviewQuery overviews;
    private final ContentTags tags;
    private final Clock clock;

    CandidatesController(CandidateService candidates, TargetRoleService targetRoles, AssignmentService assignments,
                         SessionService sessions, Tombstones tombstones, CandidateOverviewQuery overviews,
                         ContentTags tags, Clock clock) {
        this.candidates = candidates;
        this.targetRoles = targetRoles;
        this.assignments = assignments;
        this.sessions = sessions;
        this.tombstones = tombstones;
        this.overviews = overviews;
        this.tags = tags;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "My candidates",
            description = "A consultant's own caseload (admins: all candidates), sorted by name then id (stable "
                    + "across pages). text matches part of the name or e-mail; status may repeat. With updatedSince: "
                    + "only candidates changed since then (their record or a target role's readiness) plus "
                    + "deletedIds: candidates that left the caller's caseload (not paged). ETag; If-None-Match "
                    + "answers 304.")
    ResponseEntity<SyncPageResponse<CandidateListItem>> list(
            @RequestParam(required = false) String text,
            @RequestParam(required = false) Set<PipelineStatus> status,
            @Parameter(description = "Page number, from 0") @RequestParam(required = false) Integer page,
            @Parameter(description = "Page size, 1–100 (default 20)") @RequestParam(required = false) Integer size,
            @Parameter(description = "ISO-8601 instant, e.g. the syncedAt of the previous answer")
            @RequestParam(required = false) Instant updatedSince,
            @AuthenticationPrincipal AuthenticatedUser user) {
        PageParams paging = PageParams.of(page, size);
        Instant since = DeltaSync.since(updatedSince, clock);
        Instant syncedAt = DeltaSync.syncedAt(clock);
        CandidateFilter filter = CandidateFilter.all().withText(text)
                // a blank status (?status=) binds as null: no filter by it rather than a NullPointerException (a 500)
                .withStatuses(status == null || status.stream().allMatch(Objects::isNull) ? Set.of()
                        : EnumSet.copyOf(status.stream().filter(Objects::nonNull).toList()));
        int offset = paging.page() * paging.size();
        List<CandidateSummary> rows = since == null
                ? candidates.list(filter, CandidateSort.byName(), offset, paging.size())
                : candidates.listChangedSince(filter, since, CandidateSort.byName(), offset, paging.size());
        long total = since == null ? candidates.count(filter) : candidates.countChangedSince(filter, since);
        List<Long> deleted = since == null ? List.of()
                : tombstones.removedSince(Tombstones.EntityKind.CANDIDATE, Tombstones.AudienceKind.CONSULTANT,
                        user.userId(), since);
        List<CandidateListItem> items = rows.stream().map(CandidateListItem::from).toList();
        int totalPages = (int) ((total + paging.size() - 1) / paging.size());
        SyncPageResponse<CandidateListItem> body = new SyncPageResponse<>(items, paging.page(), paging.size(), total,
                totalPages, deleted, syncedAt);
        return tags.ok(List.of(items, deleted, total), body);
    }

    @GetMapping("/{candidateId}")
    @Operation(summary = "One candidate's overview",
            description = "Profile, pipeline status, target roles with readiness, assigned guides with progress and "
                    + "the next session; no staff notes. 404 for a candidate outside the caller's caseload. ETag; "
                    + "If-None-Match answers 304.")
    ResponseEntity<CandidateOverviewResponse> overview(@PathVariable long candidateId, HttpServletRequest request) {
        // one use-case query in one transaction (three statements): 404 outside the caseload, 403 for a candidate
        CandidateOverview overview = overviews.of(candidateId);
        Candidate c = overview.candidate();
        Language language = ClientLanguage.of(request, Language.of(request.getLocale()));
        List<TargetRoleView> roleViews = overview.targetRoles().stream()
                .map(role -> TargetRoleView.of(role, language, null)).toList();
        List<AssignmentView> assigned = overview.assignments().stream()
                .map(a -> AssignmentView.of(a, language, clock)).toList();
        CoachingSession s = overview.nextSession();
        CandidateOverviewResponse.NextSession next = s == null ? null
                : new CandidateOverviewResponse.NextSession(s.getId(), s.getStartsAt(), s.getEndsAt(),
                        s.getTimeZone().getId(), s.getMode(), s.getLocation(), s.getStatus());
        CandidateOverviewResponse body = new CandidateOverviewResponse(c.getId(), c.getFullName(),
                c.getEmail().value(), c.getPhone() == null ? null : c.getPhone().value(),
                c.getPreferredLanguage().code(), c.getTimeZone().getId(), c.getCareerStage(), c.getCurrentCompany(),
                c.getCurrentTitle(), c.getPipelineStatus(), c.getConsultantId(), c.getTags(), c.getUserId() != null,
                new CandidateOverviewResponse.ProgressEmails(c.isProgressEmailsEnabled(), c.getDigestDayOfWeek(),
                        c.getDigestLocalTime()),
                roleViews, assigned, next, c.getUpdatedAt());
        return tags.translated(body, body);
    }

    @PostMapping(path = "/{candidateId}/assignments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Assign a guide to the candidate",
            description = "The guide's newest published version. 409 when the candidate already holds this guide; "
                    + "400 for a due date in the past or a message over 1,000 characters.")
    @ApiResponse(responseCode = "201", description = "Assigned. Location: the candidate's overview, "
            + "GET /api/v1/candidates/{candidateId}, whose assignments list the new one")
    ResponseEntity<AssignmentView> assign(@PathVariable long candidateId, @Valid @RequestBody AssignRequest body,
                                          HttpServletRequest request) {
        AssignmentService.AssignResult result = assignments.assign(body.guideId(), List.of(candidateId),
                body.dueDate(), body.message());
        if (result.created().isEmpty()) {
            throw new ConflictException("conflict.already-assigned");
        }
        long assignmentId = result.created().getFirst().getId();
        Language language = ClientLanguage.of(request, Language.of(request.getLocale()));
        AssignmentView view = AssignmentView.of(assignments.get(assignmentId).overview(), language, clock);
        return ResponseEntity.created(URI.create("/api/v1/candidates/" + candidateId))
                .body(view);
    }

    @PutMapping(path = "/{candidateId}/assignments/{assignmentId}/items/{itemKey}/verification",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Verify a checklist item, or take the verification back",
            description = "The consultant confirms that the candidate really did the item ({\"verified\":true}; a "
                    + "verified item counts more in readiness, and the candidate can no longer untick it) or "
                    + "withdraws that ({\"verified\":false}: the item stays ticked). Idempotent. Requires If-Match "
                    + "with the assignment's ETag from this answer (428 without, 412 when stale); answers the "
                    + "assignment with its new progress and ETag. 404 for an assignment, item or candidate outside "
                    + "the caller's caseload.",
            parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = "The assignment's ETag", schema = @Schema(type = "string")))
    ResponseEntity<AssignmentView> verifyItem(@PathVariable long candidateId, @PathVariable long assignmentId,
                                              @PathVariable String itemKey,
                                              @Valid @RequestBody VerificationRequest body,
                                              HttpServletRequest request) {
        AssignmentOverview current = assignments.get(assignmentId).overview();
        if (current.candidateId() != candidateId) {
            throw new NotFoundException("assignment");
        }
        AssignmentOverview changed = assignments.verifyItem(assignmentId,
                EntityTags.expectedVersion(request, assignmentId, current::version), itemKey, body.verified());
        Language language = ClientLanguage.of(request, Language.of(request.getLocale()));
        return ResponseEntity.ok().eTag(EntityTags.of(assignmentId, changed.version()))
                .body(AssignmentView.of(changed, language, clock));
    }
}
