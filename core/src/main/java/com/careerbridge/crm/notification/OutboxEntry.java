package com.careerbridge.crm.notification;

import java.time.Instant;

/**
 * One outbox row as staff see it in lists (no bodies).
 *
 * @param lastError a reason code or an error class with an SMTP code; never personal data
 */
public record OutboxEntry(long id, String key, String template, RecipientKind recipientKind, long recipientId,
                          String recipientAddress, OutboxStatus status, int attempts, Instant dueAt,
                          Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt,
                          String subject) {
}
