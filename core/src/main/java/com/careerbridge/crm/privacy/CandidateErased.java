package com.careerbridge.crm.privacy;

/** The candidate's personal data is gone; the row stays as an anonymous statistic. */
public record CandidateErased(long candidateId, long erasedBy) {
}
