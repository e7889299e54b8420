package com.careerbridge.crm.auditlog;

/** The kind of thing an entry is about; with the subject id it names it without copying any of its data. */
public enum AuditSubject {
    ACCOUNT,
    CANDIDATE,
    ROUTE,
    /** The consultancy itself (its name and logo): one of a kind, so entries carry no subject id. */
    CONSULTANCY,
    /** A session type the consultancy offers. */
    SESSION_TYPE,
    /** One uploaded version of a candidate's document. */
    DOCUMENT_VERSION
}
