package com.careerbridge.crm.account;

import com.careerbridge.crm.shared.DomainException;

/** Staff must sign in with two-factor login and this account has not enrolled yet (enrolment happens on the web). */
public class TwoFactorEnrolmentRequiredException extends DomainException {

    public TwoFactorEnrolmentRequiredException() {
        super("auth.two-factor-enrolment-required");
    }
}
