package com.careerbridge.crm.messaging;

import java.time.Instant;

/**
 * One message as a participant sees it.
 *
 * @param authorName   the writer's name as shown, or {@code null} when their account is gone
 * @param fromCandidate written by the candidate (otherwise by staff)
 * @param mine         written by the person asking
 * @param reference    what it is about, or {@code null}
 */
public record ConversationMessage(long id, long candidateId, boolean fromCandidate, String authorName, boolean mine,
                                  String text, MessageReference reference, Instant createdAt) {
}
