package com.careerbridge.crm.auditlog;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The few extra facts of an entry. Personal data cannot get in by construction: keys are a closed set, and values are
 * numbers, booleans, enum constants or short lower-case codes (no '@', no '+', no spaces, no digit runs, nothing a name,
 * an e-mail address, a phone number or a note could pass as). A value that is not such a code is refused loudly, so a
 * mistake shows up in a test instead of in the table.
 */
public final class AuditDetails {

    /** The keys an entry may carry. */
    public enum Key {
        REASON, ROLE, CHANNEL, UNKNOWN_ACCOUNT, FROM_CONSULTANT, TO_CONSULTANT, COUNT, SESSION_ID, NOTES, ROUTE, METHOD,
        ROWS, FORMAT, CHANGE
    }

    // Starts with a letter, lower case, at most 40 characters: reason codes, role names, HTTP methods, enum names.
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_-]{0,39}");
    // Five digits in a row look like part of a phone number or an id-card number; codes never need them.
    private static final Pattern DIGIT_RUN = Pattern.compile("[0-9]{5,}");
    private static final Pattern SEGMENT = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final int ROUTE_MAX = 120;

    private final Map<Key, Object> values;

    private AuditDetails(Map<Key, Object> values) {
        this.values = values;
    }

    public static AuditDetails none() {
        return new AuditDetails(new EnumMap<>(Key.class));
    }

    public static AuditDetails of(Key key, Object value) {
        return none().with(key, value);
    }

    /** A copy with one more fact. */
    public AuditDetails with(Key key, Object value) {
        EnumMap<Key, Object> copy = new EnumMap<>(Key.class);
        copy.putAll(values);
        if (value != null) {
            copy.put(key, checked(key, value));
        }
        return new AuditDetails(copy);
    }

    /** With a request path or route reduced to its shape: numbers become {id}, anything not a plain word becomes *. */
    public AuditDetails withRoute(String path) {
        return with(Key.ROUTE, routeShape(path));
    }

    public Map<Key, Object> values() {
        return Collections.unmodifiableMap(values);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** As a JSON object. Safe to build by hand: keys and values are restricted to characters that need no escaping. */
    String toJson() {
        StringJoiner json = new StringJoiner(",", "{", "}");
        values.forEach((key, value) -> json.add('"' + key.name().toLowerCase(Locale.ROOT) + "\":" + jsonValue(value)));
        return json.toString();
    }

    private static String jsonValue(Object value) {
        return value instanceof String text ? '"' + text + '"' : value.toString();
    }

    private static Object checked(Key key, Object value) {
        return switch (value) {
            case Long number -> number;
            case Integer number -> number.longValue();
            case Boolean flag -> flag;
            case Enum<?> constant -> code(key, constant.name().toLowerCase(Locale.ROOT));
            case String text when key == Key.ROUTE -> route(text);
            case String text -> code(key, text);
            default -> throw new IllegalArgumentException("audit detail " + key + " must be a number, a flag or a code");
        };
    }

    private static String code(Key key, String text) {
        if (!CODE.matcher(text).matches() || DIGIT_RUN.matcher(text).find()) {
            throw new IllegalArgumentException("audit detail " + key + " is not a code");
        }
        return text;
    }

    private static String route(String text) {
        if (!text.equals(routeShape(text))) {
            throw new IllegalArgumentException("audit detail ROUTE is not a route shape; use withRoute");
        }
        return text;
    }

    static String routeShape(String path) {
        if (path == null || path.isBlank()) {
            return "/";
        }
        String plain = path;
        int query = plain.indexOf('?');
        if (query >= 0) {
            plain = plain.substring(0, query);
        }
        StringBuilder shape = new StringBuilder();
        for (String segment : plain.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            shape.append('/');
            if (segment.chars().allMatch(Character::isDigit) || segment.equals("{id}")) {
                shape.append("{id}");
            } else if (SEGMENT.matcher(segment).matches() && !DIGIT_RUN.matcher(segment).find()) {
                shape.append(segment);
            } else {
                shape.append('*');
            }
            if (shape.length() > ROUTE_MAX) {
                return shape.substring(0, ROUTE_MAX);
            }
        }
        return shape.isEmpty() ? "/" : shape.toString();
    }
}
