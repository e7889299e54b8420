package com.careerbridge.crm.api.session;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.careerbridge.crm.api.http.ContentTags;
import com.careerbridge.crm.api.http.DeltaSync;
import com.careerbridge.crm.api.http.EntityTags;
import com.careerbridge.crm.api.http.SyncResponse;
import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.session.SessionService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** One candidate's sessions, as their consultant sees them: the list, and booking a new one. */
@RestController
@RequestMapping(path = "/api/v1/candidates/{candidateId}/sessions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Sessions")
@SecurityRequirement(name = "bearer")
class CandidateSessionsController {

    private final SessionService sessions;
    private final ContentTags tags;
    private final Clock clock;

    CandidateSessionsController(SessionService sessions, ContentTags tags, Clock clock) {
        this.sessions = sessions;
        this.tags = tags;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "A candidate's sessions",
            description = "Newest first, cancelled and missed ones included; without private notes (read one "
                    + "session for those). With updatedSince: only the sessions changed since then (sessions are "
                    + "never deleted — a cancelled one changes its status — so deletedIds stays empty; an erased "
                    + "candidate leaves the caseload's delta instead). 404 for a candidate outside the caller's "
                    + "caseload. ETag; If-None-Match answers 304.")
    ResponseEntity<SyncResponse<StaffSessionSummary>> list(
            @PathVariable long candidateId,
            @Parameter(description = "ISO-8601 instant, e.g. the syncedAt of the previous answer")
            @RequestParam(required = false) Instant updatedSince) {
        Instant since = DeltaSync.since(updatedSince, clock);
        Instant syncedAt = DeltaSync.syncedAt(clock);
        List<StaffSessionSummary> items = sessions.listForCandidate(candidateId).stream()
                .filter(s -> since == null || !s.getUpdatedAt().isBefore(since))
                .map(StaffSessionSummary::from).toList();
        return tags.ok(items, new SyncResponse<>(items, List.of(), syncedAt));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Book a session with the candidate",
            description = "With the signed-in consultant (an admin books it with the candidate's consultant). 409 "
                    + "with conflictingSession when that consultant already has a session in that time. The "
                    + "candidate is told by e-mail.")
    @ApiResponse(responseCode = "201", description = "Booked. Location: the new session",
            headers = @Header(name = "ETag", description = "For If-Match on the next change",
                    schema = @Schema(type = "string")))
    ResponseEntity<StaffSessionResponse> schedule(@PathVariable long candidateId,
                                                  @Valid @RequestBody SessionPlanRequest body) {
        CoachingSession session = sessions.schedule(candidateId, body.toPlan());
        return ResponseEntity.created(URI.create("/api/v1/sessions/" + session.getId()))
                .eTag(EntityTags.of(session)).body(StaffSessionResponse.from(session));
    }
}
