package com.careerbridge.crm.api.invitation;

import java.time.Instant;

/** The invitation was planned: the e-mail goes out shortly. {@code loginCreated}: the login did not exist before. */
record InvitationResponse(long candidateId, boolean loginCreated, Instant expiresAt) {
}
