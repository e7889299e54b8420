package com.careerbridge.crm.auditlog;

/** How it ended: done, failed (e.g. a wrong password), or refused by a permission check. */
public enum AuditOutcome {
    SUCCESS,
    FAILURE,
    DENIED
}
