package com.careerbridge.crm.api.messaging;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import com.careerbridge.crm.api.http.ContentTags;
import com.careerbridge.crm.api.http.DeltaSync;
import com.careerbridge.crm.api.http.PageParams;
import com.careerbridge.crm.messaging.ConversationMessage;
import com.careerbridge.crm.messaging.ConversationPage;
import com.careerbridge.crm.messaging.Conversations;
import com.careerbridge.crm.messaging.InboxFilter;
import com.careerbridge.crm.shared.InvalidValueException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
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
 * Staff's side of the conversations: the inbox over every candidate the caller may see, and one candidate's
 * conversation by the candidate's id (another consultant's candidate is "not found").
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Messages", description = "Conversations with candidates (roles ADMIN, CONSULTANT)")
@SecurityRequirement(name = "bearer")
class ConversationsController {

    private final Conversations conversations;
    private final ContentTags tags;
    private final Clock clock;

    ConversationsController(Conversations conversations, ContentTags tags, Clock clock) {
        this.conversations = conversations;
        this.tags = tags;
        this.clock = clock;
    }

    @GetMapping("/inbox")
    @Operation(summary = "My inbox",
            description = "The candidates I may see who have messages: those with messages unread by me first, then "
                    + "those waiting for an answer (the last message is the candidate's), then the newest. "
                    + "filter=waiting-for-me: only those waiting for an answer. size 1 to 100 (default 20).")
    ResponseEntity<InboxResponse> inbox(
            @Parameter(schema = @Schema(allowableValues = {"all", "waiting-for-me"}))
            @RequestParam(required = false) String filter,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        PageParams paging = PageParams.of(page, size);
        InboxResponse body = InboxResponse.of(conversations.inbox(filter(filter), paging.page(), paging.size()));
        return tags.ok(body, body);
    }

    @GetMapping("/inbox/unread")
    @Operation(summary = "How many messages I have not read", description = "Over every candidate I may see.")
    UnreadResponse unread() {
        return new UnreadResponse(conversations.unreadTotal());
    }

    @GetMapping("/candidates/{candidateId}/messages")
    @Operation(summary = "A candidate's conversation",
            description = "Newest first, older than before (a message id) when given; limit 1 to "
                    + Conversations.MAX_PAGE + " (default " + MyMessagesController.DEFAULT_LIMIT + "). unread: the "
                    + "messages I have not read. 404 for a candidate I may not see. ETag; If-None-Match answers 304.")
    ResponseEntity<ConversationResponse> page(@PathVariable long candidateId,
            @Parameter(description = "A message id: only older messages") @RequestParam(required = false) Long before,
            @Parameter(description = "How many messages, 1 to 100") @RequestParam(required = false) Integer limit) {
        ConversationPage page = conversations.page(candidateId, before,
                limit == null ? MyMessagesController.DEFAULT_LIMIT : limit);
        List<MessageView> items = page.messages().stream().map(MessageView::of).toList();
        return ResponseEntity.ok().eTag(tags.of(List.of(items, page.more(), page.unread())))
                .body(new ConversationResponse(items, page.more(), page.unread(), List.of(), DeltaSync.syncedAt(clock)));
    }

    @PostMapping(path = "/candidates/{candidateId}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Write to a candidate",
            description = "201 with the message. 400 at text: required, too-long (over 4,000 characters) or invalid "
                    + "(a control character other than a line break); at reference.id or reference.itemKey: invalid "
                    + "when the assigned guide or item is not the candidate's. 404 for a candidate I may not see.")
    @ApiResponse(responseCode = "201", description = "Sent")
    ResponseEntity<MessageView> send(@PathVariable long candidateId, @Valid @RequestBody MessageRequest body) {
        ConversationMessage message = conversations.send(candidateId, body.text(), body.toReference());
        return ResponseEntity.status(HttpStatus.CREATED).body(MessageView.of(message));
    }

    @PostMapping(path = "/candidates/{candidateId}/messages/read", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Mark a candidate's conversation read up to a message",
            description = "A mark never moves back. Answers what is left unread for me. 404 for a candidate I may "
                    + "not see.")
    UnreadResponse read(@PathVariable long candidateId, @Valid @RequestBody ReadRequest body) {
        return new UnreadResponse(conversations.markRead(candidateId, body.upTo()));
    }

    private static InboxFilter filter(String value) {
        if (value == null || value.isBlank()) {
            return InboxFilter.ALL;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "all" -> InboxFilter.ALL;
            case "waiting-for-me" -> InboxFilter.WAITING_FOR_ME;
            default -> throw new InvalidValueException("filter", "unknown-value");
        };
    }
}
