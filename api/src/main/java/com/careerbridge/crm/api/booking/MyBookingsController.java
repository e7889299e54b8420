package com.careerbridge.crm.api.booking;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.careerbridge.crm.api.http.ClientLanguage;
import com.careerbridge.crm.api.http.EntityTags;
import com.careerbridge.crm.api.view.SessionView;
import com.careerbridge.crm.booking.Booking;
import com.careerbridge.crm.booking.OfferedType;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.candidate.OwnList;
import com.careerbridge.crm.session.CandidateSessionView;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.Violations;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Self-service booking for the signed-in candidate: the session types offered, their consultant's free slots, booking
 * one, and moving or cancelling a booked session until the type's cut-off. Moves and cancellations take the session's
 * ETag in {@code If-Match}.
 */
@RestController
@RequestMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Me: booking", description = "The signed-in candidate books sessions with their consultant (role CANDIDATE)")
@SecurityRequirement(name = "bearer")
class MyBookingsController {

    private final Booking booking;
    private final SessionService sessions;
    private final CandidateService candidates;

    MyBookingsController(Booking booking, SessionService sessions, CandidateService candidates) {
        this.booking = booking;
        this.sessions = sessions;
        this.candidates = candidates;
    }

    @GetMapping("/session-types")
    @Operation(summary = "The session types I may book",
            description = "Empty for a candidate without a consultant. name in Accept-Language (ko or en), else the "
                    + "candidate's language; nameKo and nameEn always.")
    List<OfferedTypeView> sessionTypes(HttpServletRequest request) {
        OwnList<OfferedType> offered = booking.offeredToMe();
        Language language = ClientLanguage.of(request, offered.preferredLanguage());
        return offered.items().stream().map(type -> OfferedTypeView.of(type, language)).toList();
    }

    @GetMapping("/slots")
    @Operation(summary = "My consultant's free slots of a session type",
            description = "The slots that start on the days from … to (inclusive) of zone, soonest first, at most "
                    + Booking.MAX_DAYS_PER_REQUEST + " days (400 range-too-long at to). start and end are instants; "
                    + "localStart is the start on the clock of zone. 404 for a type that is not offered or a "
                    + "candidate without a consultant.")
    SlotsResponse slots(
            @Parameter(description = "A session type's id", required = true) @RequestParam long typeId,
            @Parameter(description = "First day, e.g. 2027-01-04", required = true) @RequestParam LocalDate from,
            @Parameter(description = "Last day (inclusive)", required = true) @RequestParam LocalDate to,
            @Parameter(description = "IANA time zone the days are read in, e.g. Europe/Berlin", required = true)
            @RequestParam String zone) {
        return SlotsResponse.of(booking.slots(typeId, from, to, zoneOf(zone)));
    }

    @PostMapping(path = "/bookings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Book a free slot",
            description = "start must be a start listed by /me/slots. 201 with the session, its ETag and Location. "
                    + "400 at start: too-soon, too-far or not-offered. 409 conflict.slot-taken when someone was "
                    + "faster, with nextFree: the next free slots of the type.")
    @ApiResponse(responseCode = "201", description = "Booked. Location: the new session",
            headers = @Header(name = "ETag", description = "For If-Match on the next change",
                    schema = @Schema(type = "string")))
    ResponseEntity<SessionView> book(@Valid @RequestBody BookingRequest body) {
        CandidateSessionView session = booking.book(body.typeId(), body.start(), body.note());
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/me/sessions/" + session.id()))
                .eTag(EntityTags.of(session.id(), session.version()))
                .body(SessionView.of(session));
    }

    @GetMapping("/bookings")
    @Operation(summary = "My upcoming sessions and until when I may change them",
            description = "Scheduled sessions that have not ended, soonest first, each with its ETag (the If-Match of "
                    + "reschedule and cancel) and changeableUntil (null: only the consultant may change it).")
    List<UpcomingBookingView> upcoming(HttpServletRequest request) {
        Language language = language(request);
        return booking.upcoming().stream().map(upcoming -> UpcomingBookingView.of(upcoming, language)).toList();
    }

    @PostMapping(path = "/sessions/{sessionId}/reschedule", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Move one of my booked sessions to another free slot",
            description = "Before the type's cut-off only (409 conflict.change-cutoff-passed); a session the "
                    + "consultant planned cannot be moved here (409 conflict.not-self-service). 409 "
                    + "conflict.slot-taken with nextFree. Requires If-Match with the session's ETag (428 without, 412 "
                    + "when stale). 404 for a session that is not the caller's.",
            parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = "The ETag last received for this session", schema = @Schema(type = "string")))
    ResponseEntity<SessionView> reschedule(@PathVariable long sessionId, @Valid @RequestBody RescheduleRequest body,
                                           HttpServletRequest request) {
        long version = EntityTags.expectedVersion(request, sessionId, () -> sessions.mineById(sessionId).version());
        return answer(booking.reschedule(sessionId, version, body.start()));
    }

    @PostMapping("/sessions/{sessionId}/cancel")
    @Operation(summary = "Cancel one of my booked sessions",
            description = "Before the type's cut-off only (409 conflict.change-cutoff-passed); the body is optional. "
                    + "Requires If-Match with the session's ETag (428 without, 412 when stale). 404 for a session "
                    + "that is not the caller's.",
            parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = "The ETag last received for this session", schema = @Schema(type = "string")))
    ResponseEntity<SessionView> cancel(@PathVariable long sessionId,
                                       @Valid @RequestBody(required = false) MyCancellationRequest body,
                                       HttpServletRequest request) {
        long version = EntityTags.expectedVersion(request, sessionId, () -> sessions.mineById(sessionId).version());
        return answer(booking.cancel(sessionId, version, body == null ? null : body.reason()));
    }

    private static ResponseEntity<SessionView> answer(CandidateSessionView session) {
        return ResponseEntity.ok().eTag(EntityTags.of(session.id(), session.version())).body(SessionView.of(session));
    }

    private Language language(HttpServletRequest request) {
        return ClientLanguage.of(request, candidates.mine().getPreferredLanguage());
    }

    static ZoneId zoneOf(String zone) {
        new Violations().zoneId("zone", zone).throwIfAny();
        return ZoneId.of(zone);
    }
}
