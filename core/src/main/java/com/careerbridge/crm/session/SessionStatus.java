package com.careerbridge.crm.session;

public enum SessionStatus {
    SCHEDULED,
    COMPLETED,
    CANCELLED,
    NO_SHOW
}
