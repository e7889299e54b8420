package com.careerbridge.crm.privacy;

/**
 * Published inside the erasure's transaction, before the candidate's own row is anonymised: every feature that keeps
 * personal data of its own (outbox, security audit, …) listens and scrubs its rows in the same transaction, so an
 * erasure is all or nothing. The identifying values are here so listeners can find free-text copies of them; they are
 * never stored or logged.
 */
public record CandidateErasing(long candidateId, Long accountId, String fullName, String email, String phone,
                               long erasedBy) {

    @Override
    public String toString() {
        return "CandidateErasing[candidate=" + candidateId + "]";
    }
}
