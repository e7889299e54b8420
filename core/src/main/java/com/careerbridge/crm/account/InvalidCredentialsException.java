package com.careerbridge.crm.account;

import com.careerbridge.crm.shared.DomainException;

/**
 * The e-mail and password (or a refresh token) do not open an account. Deliberately says nothing about why: unknown
 * e-mail, wrong password, deactivated account and a revoked token all look the same to the caller.
 */
public class InvalidCredentialsException extends DomainException {

    public InvalidCredentialsException() {
        super("auth.invalid-credentials");
    }
}
