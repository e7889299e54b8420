package com.careerbridge.crm.api.calendar;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.careerbridge.crm.api.error.ApiMessages;
import com.careerbridge.crm.api.http.ContentTags;
import com.careerbridge.crm.calendar.CalendarFeed;
import com.careerbridge.crm.calendar.CalendarFeedService;
import com.careerbridge.crm.session.SessionStatus;
import com.careerbridge.crm.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The candidate's calendar feed: create or rotate its secret address, revoke it, and the public feed itself. The
 * feed needs no token (calendar apps cannot send one): the secret in the path is the credential, which is why it is
 * long, random, stored only as a hash, and ends at once when rotated or revoked.
 */
@RestController
@Tag(name = "Calendar feed", description = "A personal iCalendar feed of the candidate's sessions")
class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    static final String FEED_PATH = "/api/v1/calendar/";

    private final CalendarFeedService feeds;
    private final ApiMessages messages;

    CalendarFeedController(CalendarFeedService feeds, ApiMessages messages) {
        this.feeds = feeds;
        this.messages = messages;
    }

    @PostMapping(path = "/api/v1/me/calendar-feed", produces = MediaType.APPLICATION_JSON_VALUE)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create or rotate my calendar-feed address",
            description = "Candidates only. Returns a new secret address; any earlier address stops working at once. "
                    + "The address is shown only in this answer.")
    @ApiResponse(responseCode = "201", description = "The new address")
    ResponseEntity<CalendarFeedResponse> rotate() {
        String secret = feeds.rotate();
        String url = ServletUriComponentsBuilder.fromCurrentContextPath().path(FEED_PATH + secret + ".ics")
                .toUriString();
        String webcal = url.replaceFirst("^https?://", "webcal://");
        return ResponseEntity.created(URI.create(url)).body(new CalendarFeedResponse(url, webcal));
    }

    @DeleteMapping("/api/v1/me/calendar-feed")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Revoke my calendar-feed address",
            description = "Candidates only. The address answers 404 from now on. Always 204, also when there was none.")
    @ApiResponse(responseCode = "204", description = "Revoked")
    ResponseEntity<Void> revoke() {
        feeds.revoke();
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/calendar/{secret}.ics")
    @Operation(summary = "The calendar feed (iCalendar, RFC 5545)",
            description = "Public: the secret in the path is the credential. Every session of the candidate, "
                    + "cancelled ones with STATUS:CANCELLED; times in UTC. 404 for an unknown, rotated or revoked "
                    + "secret. ETag; If-None-Match answers 304.")
    @ApiResponse(responseCode = "200", description = "The feed",
            content = @Content(mediaType = "text/calendar", schema = @io.swagger.v3.oas.annotations.media.Schema(
                    type = "string")))
    ResponseEntity<byte[]> feed(@PathVariable String secret) {
        CalendarFeed feed = feeds.feed(secret).orElseThrow(() -> new NotFoundException("calendar-feed"));
        Locale locale = feed.language().locale();
        List<ICalendarWriter.Event> events = feed.sessions().stream().map(s -> new ICalendarWriter.Event(
                "session-" + s.sessionId() + "@careerbridge",
                // DTSTAMP: when this description of the session was last revised, so that an unchanged feed is
                // byte-for-byte the same (and its ETag too)
                s.updatedAt(), s.createdAt(), s.updatedAt(), s.version(), s.startsAt(), s.endsAt(),
                s.consultantName() == null ? messages.get("calendar.summary", locale)
                        : messages.get("calendar.summary-with", locale, s.consultantName()),
                s.location(),
                description(s, locale),
                s.status() == SessionStatus.CANCELLED)).toList();
        byte[] body = ICalendarWriter.calendar(messages.get("calendar.name", locale), events)
                .getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).eTag(ContentTags.ofBytes(body)).body(body);
    }

    private String description(CalendarFeed.Entry session, Locale locale) {
        String mode = messages.get("calendar.mode." + session.mode().name(), locale);
        return session.agenda() == null ? mode : mode + "\n\n" + session.agenda();
    }
}
