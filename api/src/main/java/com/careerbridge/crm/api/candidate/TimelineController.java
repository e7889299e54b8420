package com.careerbridge.crm.api.candidate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.careerbridge.crm.api.http.ContentTags;
import com.careerbridge.crm.api.http.DeltaSync;
import com.careerbridge.crm.api.http.PageParams;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.timeline.ActivityService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A candidate's timeline for staff: who on the team did what, and what the candidate did, page by page. */
@RestController
@Tag(name = "Candidates")
@SecurityRequirement(name = "bearer")
class TimelineController {

    private final ActivityService activities;
    private final ContentTags tags;
    private final Clock clock;

    TimelineController(ActivityService activities, ContentTags tags, Clock clock) {
        this.activities = activities;
        this.tags = tags;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/candidates/{candidateId}/timeline", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A candidate's timeline",
            description = "Newest first. Page back with before (the previous page's nextBefore); fetch only what is "
                    + "new with updatedSince (the previous answer's syncedAt). 404 outside the caller's caseload. "
                    + "ETag; If-None-Match answers 304.")
    ResponseEntity<TimelineResponse> timeline(
            @PathVariable long candidateId,
            @Parameter(description = "Only entries older than this entry id (paging back)")
            @RequestParam(required = false) Long before,
            @Parameter(description = "Page size, 1–100 (default 20)") @RequestParam(required = false) Integer size,
            @Parameter(description = "ISO-8601 instant: only entries at or after it")
            @RequestParam(required = false) Instant updatedSince) {
        if (before != null && before < 1) {
            throw new InvalidValueException("before", "out-of-range");
        }
        int pageSize = PageParams.of(0, size).size();
        Instant since = DeltaSync.since(updatedSince, clock);
        Instant syncedAt = DeltaSync.syncedAt(clock);
        // one more than asked for tells whether an older page exists
        List<TimelineResponse.Entry> found = activities.page(candidateId, before, since, pageSize + 1).stream()
                .map(TimelineResponse.Entry::from).toList();
        List<TimelineResponse.Entry> items = found.size() > pageSize ? found.subList(0, pageSize) : found;
        Long nextBefore = found.size() > pageSize ? items.getLast().id() : null;
        TimelineResponse body = new TimelineResponse(items, nextBefore, syncedAt);
        return tags.ok(List.of(items, nextBefore == null ? 0L : nextBefore), body);
    }
}
