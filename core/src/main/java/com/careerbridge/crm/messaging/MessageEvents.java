package com.careerbridge.crm.messaging;

/**
 * What happened in a conversation. Deliberately not {@code shared.CandidateEvent}s: messages are private talk and stay
 * off the activity timeline.
 */
public final class MessageEvents {

    private MessageEvents() {
    }

    /** A message was written, by the candidate ({@code fromCandidate}) or by staff. */
    public record MessageSent(long candidateId, long messageId, Long authorUserId, boolean fromCandidate) {
    }
}
