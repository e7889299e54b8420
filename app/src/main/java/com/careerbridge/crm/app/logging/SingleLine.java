package com.careerbridge.crm.app.logging;

/**
 * Makes a piece of text safe to put inside one log line: line breaks and every other control character are written as
 * visible escapes ({@code \n}, {@code \r}, {@code \t}, {@code \u001b}), so text that came from a user — an e-mail
 * subject, a search, a header — cannot start a line of its own that looks like the application wrote it.
 */
final class SingleLine {

    private SingleLine() {
    }

    static String escape(String text) {
        return escape(text, false);
    }

    /** Like {@link #escape(String)}, but line feeds stay line feeds: for a multi-line text the application wrote. */
    static String escapeKeepingLineBreaks(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepLineFeeds) {
        if (text == null || !needsEscaping(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append(keepLineFeeds ? "\n" : "\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (isBreaking(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean needsEscaping(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isBreaking(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    // C0 and C1 controls (NEL is one), DEL, and the Unicode line and paragraph separators.
    private static boolean isBreaking(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }
}
