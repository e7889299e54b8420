package com.careerbridge.crm.messaging;

import com.careerbridge.crm.shared.InvalidValueException;

/**
 * The rule for a message's text: plain text with line breaks, 1 to {@value #MAX_LENGTH} characters, no other control
 * characters (no HTML is ever rendered from it; front ends show it as text). Line breaks are stored as {@code \n}.
 */
public final class MessageText {

    public static final int MAX_LENGTH = 4000;

    private MessageText() {
    }

    /** The text as stored, or a refusal at the field {@code text}. */
    public static String of(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("text", "required");
        }
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (normalized.codePointCount(0, normalized.length()) > MAX_LENGTH) {
            throw new InvalidValueException("text", "too-long");
        }
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c != '\n' && (Character.isISOControl(c) || c == '\u2028' || c == '\u2029')) {
                throw new InvalidValueException("text", "invalid");
            }
        }
        return normalized;
    }
}
