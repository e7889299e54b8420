package com.careerbridge.crm.api.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.careerbridge.crm.api.http.ContentTags;
import com.careerbridge.crm.api.http.DeltaSync;
import com.careerbridge.crm.messaging.ConversationMessage;
import com.careerbridge.crm.messaging.ConversationPage;
import com.careerbridge.crm.messaging.Conversations;
import com.careerbridge.crm.messaging.MessageChanges;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in candidate's conversation with the staff who look after them. */
@RestController
@RequestMapping(path = "/api/v1/me/messages", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Me: messages", description = "The signed-in candidate's conversation with their consultant (role CANDIDATE)")
@SecurityRequirement(name = "bearer")
class MyMessagesController {

    static final int DEFAULT_LIMIT = 50;

    private final Conversations conversations;
    private final ContentTags tags;
    private final Clock clock;

    MyMessagesController(Conversations conversations, ContentTags tags, Clock clock) {
        this.conversations = conversations;
        this.tags = tags;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "My conversation, a page or what is new",
            description = "Without updatedSince: a page, newest first, older than before (a message id) when given; "
                    + "limit 1 to " + Conversations.MAX_PAGE + " (default " + DEFAULT_LIMIT + "). With updatedSince: "
                    + "the messages written at or after then, oldest first, at most " + Conversations.MAX_CHANGES
                    + " (more: ask again from syncedAt). unread: the staff's messages I have not read. ETag; "
                    + "If-None-Match answers 304.")
    ResponseEntity<ConversationResponse> list(
            @Parameter(description = "A message id: only older messages") @RequestParam(required = false) Long before,
            @Parameter(description = "How many messages, 1 to 100") @RequestParam(required = false) Integer limit,
            @Parameter(description = "ISO-8601 instant, e.g. the syncedAt of the previous answer")
            @RequestParam(required = false) Instant updatedSince) {
        Instant syncedAt = DeltaSync.syncedAt(clock);
        List<MessageView> items;
        boolean more;
        long unread;
        if (updatedSince != null) {
            MessageChanges changes = conversations.changes(DeltaSync.since(updatedSince, clock));
            items = changes.messages().stream().map(MessageView::of).toList();
            more = changes.messages().size() >= Conversations.MAX_CHANGES;
            unread = changes.unread();
        } else {
            ConversationPage page = conversations.mine(before, limit == null ? DEFAULT_LIMIT : limit);
            items = page.messages().stream().map(MessageView::of).toList();
            more = page.more();
            unread = page.unread();
        }
        return ResponseEntity.ok().eTag(tags.of(List.of(items, more, unread)))
                .body(new ConversationResponse(items, more, unread, List.of(), syncedAt));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Write to my consultant",
            description = "201 with the message. 400 at text: required, too-long (over 4,000 characters) or invalid "
                    + "(a control character other than a line break); at reference.id or reference.itemKey: invalid "
                    + "when the assigned guide or item is not mine.")
    @ApiResponse(responseCode = "201", description = "Sent")
    ResponseEntity<MessageView> send(@Valid @RequestBody MessageRequest body) {
        ConversationMessage message = conversations.sendMine(body.text(), body.toReference());
        return ResponseEntity.status(HttpStatus.CREATED).body(MessageView.of(message));
    }

    @PostMapping(path = "/read", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Mark my conversation read up to a message",
            description = "A mark never moves back. Answers what is left unread.")
    UnreadResponse read(@Valid @RequestBody ReadRequest body) {
        return new UnreadResponse(conversations.markMineRead(body.upTo()));
    }
}
