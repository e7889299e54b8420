package com.careerbridge.crm.account;

import java.time.Duration;

import com.careerbridge.crm.shared.ThrottledException;

/** Too many failed sign-ins: the caller must wait {@link #retryAfter()} before trying again. */
public class LoginThrottledException extends ThrottledException {

    public LoginThrottledException(Duration retryAfter) {
        super("auth.throttled", retryAfter);
    }
}
