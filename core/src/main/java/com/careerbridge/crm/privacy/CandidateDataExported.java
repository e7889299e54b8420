package com.careerbridge.crm.privacy;

/** All of a candidate's data left the system as an export, requested by {@code exportedBy} (staff or the candidate). */
public record CandidateDataExported(long candidateId, long exportedBy) {
}
