package com.careerbridge.crm.account;

import com.careerbridge.crm.shared.InvalidValueException;

/**
 * Length is what makes a password strong: at least 12 characters, at most 128 (bcrypt only reads 72 bytes, and longer
 * input is a denial-of-service lever), no composition rules.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(String field, String password) {
        if (password == null || password.isEmpty()) {
            throw new InvalidValueException(field, "required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new InvalidValueException(field, "password-too-short");
        }
        if (length > MAX_LENGTH) {
            throw new InvalidValueException(field, "password-too-long");
        }
    }
}
