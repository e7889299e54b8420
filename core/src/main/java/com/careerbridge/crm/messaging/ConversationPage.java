package com.careerbridge.crm.messaging;

import java.util.List;

/**
 * A page of one conversation, newest first.
 *
 * @param more whether older messages exist before the last one on this page
 */
public record ConversationPage(long candidateId, List<ConversationMessage> messages, boolean more) {

    public ConversationPage {
        messages = List.copyOf(messages);
    }
}
