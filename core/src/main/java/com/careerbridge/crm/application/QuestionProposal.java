package com.careerbridge.crm.application;

/** A question asked in an interview and offered to the guide: waiting for staff, taken into the guide, or not. */
public enum QuestionProposal {
    PROPOSED, ACCEPTED, DISMISSED
}
