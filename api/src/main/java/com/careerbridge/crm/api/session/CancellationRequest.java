package com.careerbridge.crm.api.session;

/**
 * Why the session is cancelled (optional, at most 500 characters): the candidate's cancellation e-mail carries it.
 * {@code lateByCandidate}: the candidate called it off inside the session type's cut-off (recorded like a no-show).
 */
record CancellationRequest(String reason, Boolean lateByCandidate) {

    boolean late() {
        return Boolean.TRUE.equals(lateByCandidate);
    }
}
