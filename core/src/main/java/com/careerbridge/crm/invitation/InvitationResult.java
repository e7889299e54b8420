package com.careerbridge.crm.invitation;

import java.time.Instant;

/**
 * What inviting did.
 *
 * @param candidateId  who was invited
 * @param userId       their login
 * @param loginCreated whether the login was created now (false: it existed, only a new link was sent)
 * @param expiresAt    when the new link stops working
 */
public record InvitationResult(long candidateId, long userId, boolean loginCreated, Instant expiresAt) {
}
