package com.careerbridge.crm.documents;

import java.text.Normalizer;

/**
 * A file name as uploaded, reduced to something safe to show and to put in a download header: no directories, no
 * control or format characters, none of the characters file systems and headers trip over, at most 255 characters.
 */
final class FileNames {

    static final int MAX = 255;
    static final String FALLBACK = "document";

    private FileNames() {
    }

    static String safe(String uploaded) {
        if (uploaded == null) {
            return FALLBACK;
        }
        String name = Normalizer.normalize(uploaded, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder safe = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean control = type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            if (control || "<>:\"|?*;".indexOf(c) >= 0) {
                safe.append('_');
            } else if (Character.isWhitespace(c)) {
                safe.append(' ');
            } else {
                safe.appendCodePoint(c);
            }
        });
        String result = safe.toString().strip().replaceAll(" {2,}", " ");
        while (result.startsWith(".")) {
            result = result.substring(1);
        }
        if (result.codePointCount(0, result.length()) > MAX) {
            result = result.substring(0, result.offsetByCodePoints(0, MAX));
        }
        return result.isBlank() ? FALLBACK : result;
    }
}
