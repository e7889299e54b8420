package com.careerbridge.crm.account;

import com.careerbridge.crm.shared.DomainException;

/**
 * The refresh token was exchanged a moment ago by a request from the same client — two requests raced to refresh after
 * the access token expired. The sign-in stays valid: the client keeps the pair the winning request received (or signs
 * in again if it lost that answer). Outside the grace window, or from another client, a repeat still revokes the sign-in.
 */
public class RefreshTokenJustUsedException extends DomainException {

    public RefreshTokenJustUsedException() {
        super("auth.refresh-token-just-used");
    }
}
