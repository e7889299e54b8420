package com.careerbridge.crm.auditlog;

import java.time.Instant;

/** One row of the security audit log, as the admin view shows it. {@code details} is the stored JSON object. */
public record AuditEntry(long id, Instant occurredAt, Long actorId, String actorRole, AuditAction action,
                         AuditOutcome outcome, AuditSubject subjectType, Long subjectId, String clientAddress,
                         String userAgent, String details) {
}
