package com.careerbridge.crm.shared;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects every broken rule of one input before failing, so that a form can mark all its wrong fields at once.
 * Reason codes are translated by the front ends ({@code error.<reason>}).
 */
public final class Violations {

    private final List<InvalidValueException.FieldViolation> found = new ArrayList<>();

    public Violations required(String field, Object value) {
        if (value == null || (value instanceof String text && text.isBlank())
                || (value instanceof Collection<?> collection && collection.isEmpty())) {
            add(field, "required");
        }
        return this;
    }

    public Violations maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "too-long");
        }
        return this;
    }

    public Violations between(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            add(field, "out-of-range");
        }
        return this;
    }

    public Violations noControlCharacters(String field, String value) {
        if (value != null && value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            add(field, "invalid");
        }
        return this;
    }

    public Violations zoneId(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "required");
            return this;
        }
        try {
            ZoneId.of(value);
        } catch (DateTimeException e) {
            add(field, "invalid");
        }
        return this;
    }

    /** Runs a value object's own validation and records its complaint under the given field. */
    public <T> T check(String field, Supplier<T> construction) {
        try {
            return construction.get();
        } catch (InvalidValueException e) {
            e.violations().forEach(violation -> add(field, violation.reason()));
            return null;
        }
    }

    public Violations add(String field, String reason) {
        boolean already = found.stream().anyMatch(v -> v.field().equals(field));
        if (!already) {
            found.add(new InvalidValueException.FieldViolation(field, reason));
        }
        return this;
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidValueException(found);
        }
    }
}
