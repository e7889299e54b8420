package com.careerbridge.crm.api.candidate;

import java.time.Instant;

import com.careerbridge.crm.candidate.Candidate;

/** The team's private notes on a candidate. Reading them is written to the security audit log. */
record StaffNotesResponse(long candidateId, String notes, Instant updatedAt) {

    static StaffNotesResponse from(Candidate c) {
        return new StaffNotesResponse(c.getId(), c.getStaffNotes(), c.getUpdatedAt());
    }
}
