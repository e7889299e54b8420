package com.careerbridge.crm.candidate;

/** Where a candidate is in their working life; coaching differs for each. */
public enum CareerStage {
    INTERN,
    NEW_GRADUATE,
    EXPERIENCED,
    CAREER_CHANGE
}
