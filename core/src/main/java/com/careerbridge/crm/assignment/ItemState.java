package com.careerbridge.crm.assignment;

/** A checklist item's state: open, ticked by the candidate, or verified by the consultant (counts more). */
public enum ItemState {
    OPEN,
    DONE,
    VERIFIED
}
