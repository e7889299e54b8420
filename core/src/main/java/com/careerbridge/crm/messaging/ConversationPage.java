package com.careerbridge.crm.messaging;

import java.util.List;

/**
 * A page of one conversation, newest first.
 *
 * @param more   whether older messages exist before the last one on this page
 * @param unread the messages of this conversation the reader has not read (read in the same statement as the page)
 */
public record ConversationPage(long candidateId, List<ConversationMessage> messages, boolean more, long unread) {

    public ConversationPage {
        messages = List.copyOf(messages);
    }
}
