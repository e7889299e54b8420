package com.careerbridge.crm.api.error;

import java.util.Arrays;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** Reads which field of a request body was wrong, and why, out of Jackson's exceptions. */
final class InputProblems {

    private InputProblems() {
    }

    static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** The field error for a body Jackson could not read, or null when no field can be named (broken JSON). */
    static Problems.Violation violationOf(JacksonException jackson) {
        String field = pathOf(jackson);
        if (jackson instanceof UnrecognizedPropertyException) {
            return new Problems.Violation(field, "unknown-property");
        }
        if (jackson instanceof StreamReadException && jackson.getMessage() != null
                && jackson.getMessage().startsWith("Duplicate Object property")) {
            String name = duplicateName(jackson.getMessage());
            return new Problems.Violation(field.isEmpty() ? name : field + "." + name, "duplicate-property");
        }
        if (field.isEmpty()) {
            return null;
        }
        if (causedBy(jackson, ValueOutOfRangeException.class)) {
            return new Problems.Violation(field, "out-of-range");
        }
        if (jackson instanceof InvalidFormatException format && format.getTargetType() == String.class
                && format.getValue() instanceof String) {
            return new Problems.Violation(field, "invalid"); // text with control characters (StrictTextModule)
        }
        if (jackson instanceof InvalidNullException) {
            return new Problems.Violation(field, "required");
        }
        if (jackson instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum() && format.getValue() instanceof String) {
            String allowed = Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
            return new Problems.Violation(field, "unknown-value", allowed);
        }
        if (jackson instanceof MismatchedInputException || jackson instanceof ValueInstantiationException) {
            return new Problems.Violation(field, "wrong-type");
        }
        return null;
    }

    /** {@code Duplicate Object property "done"} gives {@code done}. */
    private static String duplicateName(String message) {
        int start = message.indexOf('"');
        int end = start < 0 ? -1 : message.indexOf('"', start + 1);
        return end < 0 ? "" : message.substring(start + 1, end);
    }

    static String pathOf(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
