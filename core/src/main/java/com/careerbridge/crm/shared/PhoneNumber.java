package com.careerbridge.crm.shared;

import java.util.regex.Pattern;

/** A phone number as people write it (+82 10-1234-5678, (02) 555 0100): digits with the usual separators. */
public record PhoneNumber(String value) {

    public static final int MAX_LENGTH = 30;

    private static final Pattern SHAPE = Pattern.compile("^\\+?[0-9()\\-. ]{6,30}$");

    public PhoneNumber {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("phone", "required");
        }
        value = value.strip();
        long digits = value.chars().filter(Character::isDigit).count();
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches() || digits < 6) {
            throw new InvalidValueException("phone", "invalid");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
