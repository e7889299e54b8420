package com.careerbridge.crm.live;

/**
 * Something about a candidate changed and was committed ({@code kind}: {@code messages}, {@code session-moved}, …), on
 * this instance or another. Carries no content: whoever refreshes reads it again through the permission-checked use
 * cases.
 */
public record LiveChange(long candidateId, String kind) {

    /** The NOTIFY payload; {@code kind} is {@code [a-z][a-z-]*} (see {@code shared.ChangeNotice}), so nothing to escape. */
    String toJson() {
        return "{\"candidateId\":" + candidateId + ",\"kind\":\"" + kind + "\"}";
    }

    private static final java.util.regex.Pattern JSON = java.util.regex.Pattern.compile(
            "\\{\\s*\"candidateId\"\\s*:\\s*(\\d{1,18})\\s*,\\s*\"kind\"\\s*:\\s*\"([a-z][a-z-]{0,39})\"\\s*}");

    /** The change a payload announces, or null for anything else that was sent on the channel. */
    static LiveChange fromJson(String payload) {
        if (payload == null) {
            return null;
        }
        java.util.regex.Matcher matcher = JSON.matcher(payload.strip());
        return matcher.matches() ? new LiveChange(Long.parseLong(matcher.group(1)), matcher.group(2)) : null;
    }
}
