package com.careerbridge.crm.api.session;

import java.time.Instant;
import java.util.List;

import com.careerbridge.crm.account.AuthenticatedUser;
import com.careerbridge.crm.api.http.ContentTags;
import com.careerbridge.crm.api.http.EntityTags;
import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.session.SessionService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
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
 * A consultant's sessions: the calendar for a date range, one session, moving, cancelling and marking it missed, and
 * recording what happened. Every change takes the session's ETag in {@code If-Match}.
 */
@RestController
@RequestMapping(path = "/api/v1/sessions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Sessions", description = "Consultants' coaching sessions (roles CONSULTANT and ADMIN)")
@SecurityRequirement(name = "bearer")
class SessionsController {

    private final SessionService sessions;
    private final ContentTags tags;

    SessionsController(SessionService sessions, ContentTags tags) {
        this.sessions = sessions;
        this.tags = tags;
    }

    @GetMapping
    @Operation(summary = "My sessions in a time range",
            description = "Sessions of the signed-in consultant that overlap [from, to), at most 93 days, soonest "
                    + "first, cancelled ones included. ETag; If-None-Match answers 304.")
    ResponseEntity<List<StaffSessionSummary>> calendar(
            @Parameter(description = "ISO-8601 instant", required = true) @RequestParam Instant from,
            @Parameter(description = "ISO-8601 instant, after from", required = true) @RequestParam Instant to,
            @AuthenticationPrincipal AuthenticatedUser user) {
        List<StaffSessionSummary> body = sessions.calendar(user.userId(), from, to).stream()
                .map(StaffSessionSummary::from).toList();
        return tags.ok(body, body);
    }

    @GetMapping("/{sessionId}")
    @Operation(summary = "One session, with notes, summary and action items",
            description = "404 for a session of a candidate outside the caller's caseload. ETag (for If-Match on "
                    + "the outcome); If-None-Match answers 304.")
    ResponseEntity<StaffSessionResponse> get(@PathVariable long sessionId) {
        CoachingSession session = sessions.get(sessionId);
        return EntityTags.ok(session, StaffSessionResponse.from(session));
    }

    @PutMapping(path = "/{sessionId}/outcome", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record notes, shared summary, action items and a mock-interview rating",
            description = "Completes the session (it must have started); a completed session may be corrected. "
                    + "Requires If-Match with the session's ETag (428 without, 412 when stale). The shared summary "
                    + "and the action items become visible to the candidate; the private notes never do.",
            parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = "The ETag last received for this session", schema = @Schema(type = "string")))
    ResponseEntity<StaffSessionResponse> recordOutcome(@PathVariable long sessionId,
                                                       @Valid @RequestBody OutcomeRequest body,
                                                       HttpServletRequest request) {
        long version = EntityTags.expectedVersion(request, sessionId,
                () -> sessions.get(sessionId).getVersion());
        CoachingSession session = sessions.complete(sessionId, version, body.toOutcome());
        return EntityTags.ok(session, StaffSessionResponse.from(session));
    }

    @PutMapping(path = "/{sessionId}/plan", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Move a session or change its place, mode or agenda",
            description = "Replaces when and how the session takes place. A scheduled session only. 409 with "
                    + "conflictingSession when the consultant already has a session in that time. The candidate is "
                    + "told by e-mail when the time changes. Requires If-Match (428 without, 412 when stale).",
            parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = "The ETag last received for this session", schema = @Schema(type = "string")))
    ResponseEntity<StaffSessionResponse> reschedule(@PathVariable long sessionId,
                                                    @Valid @RequestBody SessionPlanRequest body,
                                                    HttpServletRequest request) {
        long version = EntityTags.expectedVersion(request, sessionId,
                () -> sessions.get(sessionId).getVersion());
        CoachingSession session = sessions.reschedule(sessionId, version, body.toPlan());
        return EntityTags.ok(session, StaffSessionResponse.from(session));
    }

    @PostMapping("/{sessionId}/cancellation")
    @Operation(summary = "Cancel a scheduled session",
            description = "The candidate is told by e-mail, with the reason when one is given (the body is "
                    + "optional; lateByCandidate true records that the candidate called it off inside the "
                    + "cut-off). A session that has already taken place cannot be cancelled (409). Requires If-Match "
                    + "(428 without, 412 when stale).",
            parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = "The ETag last received for this session", schema = @Schema(type = "string")))
    ResponseEntity<StaffSessionResponse> cancel(@PathVariable long sessionId,
                                                @Valid @RequestBody(required = false) CancellationRequest body,
                                                HttpServletRequest request) {
        long version = EntityTags.expectedVersion(request, sessionId,
                () -> sessions.get(sessionId).getVersion());
        CoachingSession session = sessions.cancel(sessionId, version,
                body == null ? null : body.reason(), body != null && body.late());
        return EntityTags.ok(session, StaffSessionResponse.from(session));
    }

    @PostMapping("/{sessionId}/no-show")
    @Operation(summary = "Record that the candidate did not come",
            description = "Only once the session has started (409 before). Requires If-Match (428 without, 412 "
                    + "when stale).",
            parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = "The ETag last received for this session", schema = @Schema(type = "string")))
    ResponseEntity<StaffSessionResponse> noShow(@PathVariable long sessionId, HttpServletRequest request) {
        long version = EntityTags.expectedVersion(request, sessionId,
                () -> sessions.get(sessionId).getVersion());
        CoachingSession session = sessions.markNoShow(sessionId, version);
        return EntityTags.ok(session, StaffSessionResponse.from(session));
    }

}
