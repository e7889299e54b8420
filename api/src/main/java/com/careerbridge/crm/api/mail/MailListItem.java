package com.careerbridge.crm.api.mail;

import java.time.Instant;

import com.careerbridge.crm.notification.OutboxEntry;
import com.careerbridge.crm.notification.OutboxStatus;

/**
 * One e-mail to the candidate. {@code template}: what kind (e.g. WEEKLY_DIGEST, SESSION_SCHEDULED);
 * {@code status}: PENDING (waiting for dueAt), SENDING, SENT, CAPTURED (kept, not sent: no mail server configured),
 * SKIPPED (on purpose, e.g. the candidate unsubscribed), FAILED (staff may retry it in the web UI) or CANCELLED.
 */
record MailListItem(long id, String template, OutboxStatus status, String subject, Instant dueAt, Instant sentAt,
                    int attempts, Instant createdAt) {

    static MailListItem from(OutboxEntry e) {
        return new MailListItem(e.id(), e.template(), e.status(), e.subject(), e.dueAt(), e.sentAt(), e.attempts(),
                e.createdAt());
    }
}
