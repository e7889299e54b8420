package com.careerbridge.crm.api.error;

import java.net.URI;

/**
 * Stable {@code type} URIs of the API's problem documents; clients may switch on them. The last path segment doubles
 * as the key of the problem's title and detail in the translation bundle ({@code problem.<slug>.title}).
 */
public final class ProblemTypes {

    private static final String BASE = "https://careerbridge.example/problems/";

    public static final URI UNAUTHORIZED = URI.create(BASE + "unauthorized");
    public static final URI INVALID_CREDENTIALS = URI.create(BASE + "invalid-credentials");
    public static final URI TOO_MANY_ATTEMPTS = URI.create(BASE + "too-many-attempts");
    public static final URI FORBIDDEN = URI.create(BASE + "forbidden");
    public static final URI NOT_FOUND = URI.create(BASE + "not-found");
    public static final URI METHOD_NOT_ALLOWED = URI.create(BASE + "method-not-allowed");
    public static final URI NOT_ACCEPTABLE = URI.create(BASE + "not-acceptable");
    public static final URI UNSUPPORTED_MEDIA_TYPE = URI.create(BASE + "unsupported-media-type");
    public static final URI PAYLOAD_TOO_LARGE = URI.create(BASE + "payload-too-large");
    public static final URI VALIDATION = URI.create(BASE + "validation");
    public static final URI CONFLICT = URI.create(BASE + "conflict");
    public static final URI PRECONDITION_FAILED = URI.create(BASE + "precondition-failed");
    public static final URI PRECONDITION_REQUIRED = URI.create(BASE + "precondition-required");
    public static final URI MALFORMED = URI.create(BASE + "malformed-request");
    public static final URI INTERNAL = URI.create(BASE + "internal");
    public static final URI INVITATION_INVALID = URI.create(BASE + "invitation-invalid");
    public static final URI PASSWORD_RESET_INVALID = URI.create(BASE + "password-reset-invalid");
    /** The database cannot be reached for the moment; try again after {@code Retry-After} seconds. */
    public static final URI SERVICE_UNAVAILABLE = URI.create(BASE + "service-unavailable");
    public static final URI TWO_FACTOR_REQUIRED = URI.create(BASE + "two-factor-required");
    public static final URI TWO_FACTOR_ENROLMENT_REQUIRED = URI.create(BASE + "two-factor-enrolment-required");
    public static final URI PASSWORD_CHANGE_REQUIRED = URI.create(BASE + "password-change-required");
    public static final URI REFRESH_TOKEN_JUST_USED = URI.create(BASE + "refresh-token-just-used");

    private ProblemTypes() {
    }

    /** The bundle key stem of a type: {@code https://.../problems/not-found} gives {@code not-found}. */
    public static String slug(URI type) {
        String path = type.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
