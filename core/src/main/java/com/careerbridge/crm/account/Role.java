package com.careerbridge.crm.account;

/** What a user is to the consultancy; decides what they may see and do. */
public enum Role {
    ADMIN,
    CONSULTANT,
    CANDIDATE;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isStaff() {
        return this != CANDIDATE;
    }
}
