package com.careerbridge.crm.api.session;

import java.net.URI;
import java.util.List;

import com.careerbridge.crm.api.http.ContentTags;
import com.careerbridge.crm.api.http.EntityTags;
import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.session.SessionService;
import io.swagger.v3.oas.annotations.Operation;
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
import org.springframework.web.bind.annotation.RestController;

/** One candidate's sessions, as their consultant sees them: the list, and booking a new one. */
@RestController
@RequestMapping(path = "/api/v1/candidates/{candidateId}/sessions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Sessions")
@SecurityRequirement(name = "bearer")
class CandidateSessionsController {

    private final SessionService sessions;
    private final ContentTags tags;

    CandidateSessionsController(SessionService sessions, ContentTags tags) {
        this.sessions = sessions;
        this.tags = tags;
    }

    @GetMapping
    @Operation(summary = "A candidate's sessions",
            description = "Newest first, cancelled and missed ones included; without private notes (read one "
                    + "session for those). 404 for a candidate outside the caller's caseload. ETag; If-None-Match "
                    + "answers 304.")
    ResponseEntity<List<StaffSessionSummary>> list(@PathVariable long candidateId) {
        List<StaffSessionSummary> body = sessions.listForCandidate(candidateId).stream()
                .map(StaffSessionSummary::from).toList();
        return ResponseEntity.ok().eTag(tags.of(body)).body(body);
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
