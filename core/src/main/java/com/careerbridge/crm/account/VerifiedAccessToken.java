package com.careerbridge.crm.account;

import java.time.Instant;

/** A valid access token: who presented it, which sign-in (token family) it belongs to, and until when it works. */
public record VerifiedAccessToken(AuthenticatedUser user, long familyId, Instant expiresAt) {
}
