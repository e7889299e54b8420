package com.careerbridge.crm.messaging;

import java.time.Instant;
import java.util.List;

/**
 * What changed in the candidate's own conversation since an instant, for the mobile app's delta sync: the new messages
 * (oldest first; messages are never edited, so there are no changed or removed ones) and the read state now.
 *
 * @param asOf             the instant this answer is as of: the next request's {@code updatedSince}
 * @param lastReadMessageId up to which message the candidate has read (0: none)
 * @param unread            the staff's messages the candidate has not read
 */
public record MessageChanges(List<ConversationMessage> messages, long lastReadMessageId, long unread, Instant asOf) {

    public MessageChanges {
        messages = List.copyOf(messages);
    }
}
