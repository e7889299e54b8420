package com.careerbridge.crm.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address as people type it, checked for the shape mail servers accept and kept in lower case so that
 * "Kim@Example.com" and "kim@example.com" are one person.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;

    // Deliberately simple: one @, no spaces or control characters, a dot in the domain. Mail delivery is the real check.
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}.]{2,}$");

    public EmailAddress {
        if (value == null) {
            throw new InvalidValueException("email", "required");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw new InvalidValueException("email", "required");
        }
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("email", "invalid");
        }
    }

    public static boolean isValid(String candidate) {
        try {
            new EmailAddress(candidate);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
