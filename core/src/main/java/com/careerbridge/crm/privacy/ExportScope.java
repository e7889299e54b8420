package com.careerbridge.crm.privacy;

/** Whose copy an export is: it decides whether staff-only data goes in. */
public enum ExportScope {

    /** Requested by an administrator: everything the system holds about the candidate, staff notes included. */
    COMPLETE,

    /**
     * The candidate's own copy: everything they can see anywhere else in the product, without staff-only notes
     * (private session notes, staff notes on the record). See docs/security.md, "Export and erasure".
     */
    OWN;

    public boolean includesStaffOnly() {
        return this == COMPLETE;
    }
}
