package com.careerbridge.crm.passwordreset;

import java.time.Duration;

import com.careerbridge.crm.shared.ThrottledException;

/**
 * Too many reset requests for this e-mail address or from this client address. Thrown for unknown addresses exactly as
 * for known ones, so it reveals nothing about accounts.
 */
public class PasswordResetThrottledException extends ThrottledException {

    public PasswordResetThrottledException(Duration retryAfter) {
        super("password-reset.throttled", retryAfter);
    }
}
