package com.careerbridge.crm.invitation;

import java.time.Instant;

/**
 * Whether a candidate can use the portal and the app, as their consultant sees it on the candidate's page.
 *
 * @param invitedAt  when the newest invitation was sent (INVITED, EXPIRED, ACCEPTED)
 * @param expiresAt  until when it can be used (INVITED, EXPIRED)
 * @param acceptedAt when the candidate set their password with it (ACCEPTED)
 */
public record PortalAccess(State state, Instant invitedAt, Instant expiresAt, Instant acceptedAt) {

    public enum State {
        /** No login yet: invite them. */
        NOT_INVITED,
        /** An invitation waits to be used. */
        INVITED,
        /** The newest invitation ran out or was replaced without being used: send a new one. */
        EXPIRED,
        /** The candidate set their password with the invitation. */
        ACCEPTED,
        /** A login exists that was not (or no longer visibly) made through an invitation. */
        HAS_LOGIN
    }

    /** Whether staff may send an invitation (again) from here. */
    public boolean canInvite() {
        return state != State.ACCEPTED;
    }
}
