package com.careerbridge.crm.api.messaging;

import java.time.Instant;

import com.careerbridge.crm.messaging.ConversationMessage;
import io.swagger.v3.oas.annotations.media.Schema;

/** One message as the caller sees it; {@code text} is plain text with line breaks, never HTML. */
@Schema(description = "One message of a conversation")
record MessageView(long id, long candidateId, boolean fromCandidate,
                   @Schema(description = "The writer's name; null when their account is gone") String authorName,
                   @Schema(description = "Written by the caller") boolean mine,
                   @Schema(description = "Plain text with line breaks (\\n); show it as text, never as HTML") String text,
                   ReferenceView reference, Instant createdAt) {

    static MessageView of(ConversationMessage message) {
        return new MessageView(message.id(), message.candidateId(), message.fromCandidate(), message.authorName(),
                message.mine(), message.text(), ReferenceView.of(message.reference()), message.createdAt());
    }
}
