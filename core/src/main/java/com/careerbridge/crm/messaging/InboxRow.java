package com.careerbridge.crm.messaging;

import java.time.Instant;

/**
 * One candidate's conversation in a staff inbox.
 *
 * @param unread           messages the asking staff member has not read
 * @param waitingForStaff  the last message is the candidate's: an answer is owed
 */
public record InboxRow(long candidateId, String candidateName, Instant lastMessageAt, long unread,
                       boolean waitingForStaff) {
}
