package com.careerbridge.crm.api.session;

/** Why the session is cancelled (optional, at most 500 characters): the candidate's cancellation e-mail carries it. */
record CancellationRequest(String reason) {
}
