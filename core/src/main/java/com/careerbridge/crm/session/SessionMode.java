package com.careerbridge.crm.session;

public enum SessionMode {
    ONLINE,
    IN_PERSON,
    PHONE
}
