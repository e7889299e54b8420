package com.careerbridge.crm.api.me;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.careerbridge.crm.api.http.ContentTags;
import com.careerbridge.crm.api.http.DeltaSync;
import com.careerbridge.crm.api.http.SyncResponse;
import com.careerbridge.crm.api.view.DoneRequest;
import com.careerbridge.crm.api.view.SessionView;
import com.careerbridge.crm.preparation.MyPreparation;
import com.careerbridge.crm.session.CandidateSessionView;
import com.careerbridge.crm.shared.InvalidValueException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
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

/** The signed-in candidate's coaching sessions, with shared summaries and action items. */
@RestController
@RequestMapping(path = "/api/v1/me/sessions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Me: sessions", description = "The signed-in candidate's coaching sessions (role CANDIDATE)")
@SecurityRequirement(name = "bearer")
class MySessionsController {

    private final MyPreparation preparation;
    private final ContentTags tags;
    private final Clock clock;

    MySessionsController(MyPreparation preparation, ContentTags tags,
                         Clock clock) {
        this.preparation = preparation;
        this.tags = tags;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "My sessions, upcoming or past",
            description = "upcoming: not yet over, soonest first; past: over, newest first; without when: all, "
                    + "newest first. Cancelled sessions stay in the list with status CANCELLED. With updatedSince: "
                    + "only sessions changed since then (a session moving from upcoming to past by the passing of "
                    + "time is not a change: sync without when to keep a full copy). ETag; If-None-Match answers 304.")
    ResponseEntity<SyncResponse<SessionView>> list(
            @Parameter(schema = @Schema(allowableValues = {"upcoming", "past"}))
            @RequestParam(required = false) String when,
            @Parameter(description = "ISO-8601 instant, e.g. the syncedAt of the previous answer")
            @RequestParam(required = false) Instant updatedSince) {
        When filter = When.parse(when);
        Instant since = DeltaSync.since(updatedSince, clock);
        Instant syncedAt = DeltaSync.syncedAt(clock);
        Instant now = clock.instant();
        MyPreparation.Changes<CandidateSessionView> mine = preparation.sessions(since);
        List<SessionView> items = mine.items().stream()
                .filter(s -> filter.includes(s, now))
                .sorted(filter.order())
                .map(SessionView::of)
                .toList();
        List<Long> deleted = mine.deletedIds();
        return ResponseEntity.ok().eTag(tags.of(List.of(items, deleted)))
                .body(new SyncResponse<>(items, deleted, syncedAt));
    }

    @PutMapping(path = "/{sessionId}/action-items/{actionItemId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Mark one of my action items done or not done",
            description = "Idempotent. Answers the session. 404 for a session or action item that is not the "
                    + "caller's.")
    SessionView markActionItem(@PathVariable long sessionId, @PathVariable long actionItemId,
                               @Valid @RequestBody DoneRequest body) {
        return SessionView.of(preparation.markActionItem(sessionId, actionItemId, body.done()));
    }

    private enum When {
        ALL, UPCOMING, PAST;

        static When parse(String value) {
            if (value == null || value.isBlank()) {
                return ALL;
            }
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "upcoming" -> UPCOMING;
                case "past" -> PAST;
                default -> throw new InvalidValueException("when", "unknown-value");
            };
        }

        boolean includes(CandidateSessionView session, Instant now) {
            return switch (this) {
                case ALL -> true;
                case UPCOMING -> session.endsAt().isAfter(now);
                case PAST -> !session.endsAt().isAfter(now);
            };
        }

        Comparator<CandidateSessionView> order() {
            Comparator<CandidateSessionView> soonestFirst = Comparator.comparing(CandidateSessionView::startsAt)
                    .thenComparing(CandidateSessionView::id);
            return this == UPCOMING ? soonestFirst : soonestFirst.reversed();
        }
    }
}
