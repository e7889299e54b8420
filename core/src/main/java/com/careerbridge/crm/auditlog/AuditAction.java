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
    PRIVATE_NOTES_READ,
    PASSWORD_CHANGED,
    TWO_FACTOR_ENABLED,
    TWO_FACTOR_DISABLED,
    TWO_FACTOR_RESET,
    TWO_FACTOR_REQUIREMENT_CHANGED,
    CONSULTANCY_RENAMED,
    CONSULTANCY_LOGO_REPLACED,
    CONSULTANCY_LOGO_REMOVED,
    SESSION_TYPE_CHANGED,
    AVAILABILITY_CHANGED,
    /** Someone read a document that another person uploaded (staff a candidate's file, a candidate staff's). */
    DOCUMENT_DOWNLOADED
}
