package com.careerbridge.crm.api.error;

/**
 * One rejected field in a validation problem: {@code field} as named in the request (a JSON path such as
 * {@code items[2].title} or a query parameter), a stable {@code reason} code clients may switch on, and a translated
 * {@code message} for people.
 */
public record FieldError(String field, String reason, String message) {
}
