package com.careerbridge.crm.auditlog;

/** What happened. The names are stored; renaming one needs a migration. */
public enum AuditAction {
    WEB_SIGN_IN,
    API_SIGN_IN,
    ACCESS_DENIED,
    ACCOUNT_INVITED,
    ACCOUNT_DEACTIVATED,
    ACCOUNT_REACTIVATED,
    CONSULTANT_CHANGED,
    CASELOAD_REASSIGNED,
    CANDIDATE_LIST_EXPORTED,
    CANDIDATE_DATA_EXPORTED,
    CANDIDATE_ERASED,
    PRIVATE_NOTES_READ
}
