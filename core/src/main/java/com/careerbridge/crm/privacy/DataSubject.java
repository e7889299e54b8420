package com.careerbridge.crm.privacy;

/** The person an export is about: the candidate and, if they have one, their login. */
public record DataSubject(long candidateId, Long accountId) {
}
