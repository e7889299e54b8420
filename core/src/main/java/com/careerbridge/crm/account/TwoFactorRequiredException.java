package com.careerbridge.crm.account;

import com.careerbridge.crm.shared.DomainException;

/**
 * The password was right, but the account signs in with a second factor and no code came with it: the client should
 * ask for one and try again. A wrong code is an {@link InvalidCredentialsException} instead, like a wrong password.
 */
public class TwoFactorRequiredException extends DomainException {

    public TwoFactorRequiredException() {
        super("auth.two-factor-required");
    }
}
