package com.careerbridge.crm.api.messaging;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A conversation as a page or as a delta. A page ({@code before}, {@code limit}): newest first, {@code more} when older
 * messages exist (ask again with {@code before} = the last id). A delta ({@code updatedSince}): the messages written at
 * or after then, oldest first, {@code more} when there are more than one answer carries (ask again from the last one's
 * {@code createdAt}); messages are never edited or deleted, so {@code deletedIds} is empty. {@code syncedAt} is the next
 * {@code updatedSince}.
 */
@Schema(description = "A page of a conversation, or the messages written since updatedSince")
record ConversationResponse(List<MessageView> items, boolean more,
                            @Schema(description = "Messages the caller has not read") long unread,
                            List<Long> deletedIds, Instant syncedAt) {
}
