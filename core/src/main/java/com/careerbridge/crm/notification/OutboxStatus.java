package com.careerbridge.crm.notification;

/** Where a message is on its way. Only PENDING and SENDING are not final (FAILED waits for staff to retry it). */
public enum OutboxStatus {
    /** Planned; sent when due. */
    PENDING,
    /** Claimed by a dispatcher until its lease expires. */
    SENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** No SMTP server configured: rendered and kept in the outbox for staff to read, not sent. */
    CAPTURED,
    /** Not sent on purpose (no or invalid address, recipient erased or unsubscribed); the reason is recorded. */
    SKIPPED,
    /** Could not be sent after all attempts, or was rejected for good; staff can retry it. */
    FAILED,
    /** Withdrawn before it was sent (e.g. the reminder of a session that was cancelled). */
    CANCELLED
}
