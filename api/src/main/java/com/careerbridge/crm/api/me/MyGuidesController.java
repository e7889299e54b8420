package com.careerbridge.crm.api.me;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.careerbridge.crm.api.http.ClientLanguage;
import com.careerbridge.crm.api.http.ContentTags;
import com.careerbridge.crm.api.http.DeltaSync;
import com.careerbridge.crm.api.http.SyncResponse;
import com.careerbridge.crm.api.view.AssignmentView;
import com.careerbridge.crm.api.view.DoneRequest;
import com.careerbridge.crm.api.view.GuideDetailResponse;
import com.careerbridge.crm.assignment.AssignmentOverview;
import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.preparation.MyPreparation;
import com.careerbridge.crm.shared.Language;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in candidate's assigned guides: the list with progress, one guide to read, ticking checklist items. */
@RestController
@RequestMapping(path = "/api/v1/me/guides", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Me: guides", description = "The signed-in candidate's assigned role guides (role CANDIDATE)")
@SecurityRequirement(name = "bearer")
class MyGuidesController {

    private final AssignmentService assignments;
    private final CandidateService candidates;
    private final MyPreparation preparation;
    private final ContentTags tags;
    private final Clock clock;

    MyGuidesController(AssignmentService assignments, CandidateService candidates, MyPreparation preparation,
                       ContentTags tags, Clock clock) {
        this.assignments = assignments;
        this.candidates = candidates;
        this.preparation = preparation;
        this.tags = tags;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "My assigned guides with progress",
            description = "Newest assignment first. Titles in Accept-Language (ko or en), else the candidate's "
                    + "language. With updatedSince: only the guides changed since then, plus deletedIds (guides no "
                    + "longer assigned). ETag over items and deletions; If-None-Match answers 304.")
    ResponseEntity<SyncResponse<AssignmentView>> list(
            @Parameter(description = "ISO-8601 instant, e.g. the syncedAt of the previous answer")
            @RequestParam(required = false) Instant updatedSince, HttpServletRequest request) {
        Instant since = DeltaSync.since(updatedSince, clock);
        Instant syncedAt = DeltaSync.syncedAt(clock);
        MyPreparation.Changes<AssignmentOverview> mine = preparation.guides(since);
        Language language = ClientLanguage.of(request, mine.preferredLanguage());
        List<AssignmentView> items = mine.items().stream().map(a -> AssignmentView.of(a, language, clock)).toList();
        List<Long> deleted = mine.deletedIds();
        return tags.translated(List.of(items, deleted), new SyncResponse<>(items, deleted, syncedAt));
    }

    @GetMapping("/{assignmentId}")
    @Operation(summary = "Read one assigned guide",
            description = "The full content of the assigned version in Accept-Language (ko or en), else the "
                    + "candidate's language. Records the reading (first and last time). 404 for a guide that is "
                    + "not assigned to the caller. ETag; If-None-Match answers 304.")
    ResponseEntity<GuideDetailResponse> read(@PathVariable long assignmentId, HttpServletRequest request) {
        MyPreparation.Opened opened = preparation.open(assignmentId);
        GuideDetailResponse body = GuideDetailResponse.of(opened.details(),
                ClientLanguage.of(request, opened.preferredLanguage()));
        return tags.translated(body, body);
    }

    @PutMapping(path = "/{assignmentId}/items/{itemKey}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set one checklist item done or not done",
            description = "Idempotent: sending the same state again changes nothing. Answers the guide with its new "
                    + "progress. 404 for an unknown guide or item key.")
    AssignmentView markItem(@PathVariable long assignmentId, @PathVariable String itemKey,
                            @Valid @RequestBody DoneRequest body, HttpServletRequest request) {
        Candidate me = candidates.mine();
        AssignmentOverview overview = assignments.markItem(assignmentId, itemKey, body.done());
        return AssignmentView.of(overview, ClientLanguage.of(request, me.getPreferredLanguage()), clock);
    }
}
