package com.careerbridge.crm.api.docs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.careerbridge.crm.shared.DatabaseUnavailable;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The parts every operation shares, defined once under {@code components}: the RFC 9457 {@code Problem} schema with
 * the API's extension members, one reusable response per error status (with the headers it carries), the answer 304
 * and the {@code If-None-Match} parameter. {@link DeclaredAnswers} decides which operation gets which of them.
 */
@Component
class ProblemResponses implements OpenApiCustomizer {

    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    static final String IF_NONE_MATCH = "IfNoneMatch";
    static final String NOT_MODIFIED = "NotModified";

    /** The error answers by status: name under components/responses and what the status means in this API. */
    enum ErrorAnswer {
        BAD_REQUEST(400, "BadRequest", "Invalid input: a field error per rejected value in errors (validation), or "
                + "a request that cannot be read at all (malformed-request: broken JSON, a query string that is not "
                + "UTF-8, a path the firewall refuses)"),
        UNAUTHORIZED(401, "Unauthorized", "No valid bearer token (unauthorized; WWW-Authenticate says whether the "
                + "token was invalid). At sign-in: wrong credentials (invalid-credentials) or a missing second factor "
                + "(two-factor-required)"),
        FORBIDDEN(403, "Forbidden", "The account may not do this: another role's endpoint, or a step the account "
                + "must take first (the type says which)"),
        NOT_FOUND(404, "NotFound", "Does not exist, or is not visible to the caller (the same answer for both)"),
        NOT_ACCEPTABLE(406, "NotAcceptable", "The Accept header excludes application/json"),
        CONFLICT(409, "Conflict", "The change conflicts with the current state (already assigned, session "
                + "cancelled, changed by someone else at the same moment); reload and decide again"),
        PRECONDITION_FAILED(412, "PreconditionFailed", "If-Match does not match: changed since it was loaded"),
        CONTENT_TOO_LARGE(413, "ContentTooLarge", "The request body is larger than the API accepts (64 kB)"),
        UNSUPPORTED_MEDIA_TYPE(415, "UnsupportedMediaType", "The body is not sent as application/json"),
        PRECONDITION_REQUIRED(428, "PreconditionRequired", "If-Match is required for this update"),
        TOO_MANY_REQUESTS(429, "TooManyRequests", "Too many attempts; wait Retry-After seconds"),
        INTERNAL(500, "InternalError", "An unexpected failure on the server (a bug); nothing the client can fix"),
        SERVICE_UNAVAILABLE(503, "ServiceUnavailable", "The database cannot be reached for the moment; nothing "
                + "was saved. Retry after Retry-After seconds (" + DatabaseUnavailable.RETRY_AFTER_SECONDS + " s)");

        final int status;
        final String component;
        final String description;

        ErrorAnswer(int status, String component, String description) {
            this.status = status;
            this.component = component;
            this.description = description;
        }

        String ref() {
            return "#/components/responses/" + component;
        }

        static ErrorAnswer of(int status) {
            for (ErrorAnswer answer : values()) {
                if (answer.status == status) {
                    return answer;
                }
            }
            throw new IllegalArgumentException("no error answer for " + status);
        }
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents();
        Schema fieldError = new ObjectSchema()
                .description("One rejected value")
                .addProperty("field", new StringSchema().description("As named in the request: a JSON path such as "
                        + "items[2].title, or a query parameter or header"))
                .addProperty("reason", new StringSchema().description("Stable code clients may switch on, e.g. "
                        + "required, invalid, wrong-type, wrong-length, too-long, out-of-range, unknown-property, "
                        + "unknown-value, in-past, too-old, password-too-short, password-common"))
                .addProperty("message", new StringSchema().description("Translated text for people"));
        fieldError.setRequired(List.of("field", "reason", "message"));
        Schema problem = new ObjectSchema()
                .description("RFC 9457 problem document. Switch on type; title and detail are translated "
                        + "(Accept-Language, else the account's language, else English).")
                .addProperty("type", new StringSchema().format("uri")
                        .description("Stable problem type, e.g. https://careerbridge.example/problems/validation"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema().minimum(java.math.BigDecimal.valueOf(400))
                        .maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference")
                        .description("The path of the request"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldError"))
                        .description("validation: one entry per rejected value"))
                .addProperty("reason", new StringSchema()._enum(List.of("used", "expired", "unknown"))
                        .description("invitation-invalid and password-reset-invalid: why the link no longer works"))
                .addProperty("retryAfterSeconds", new IntegerSchema().format("int64").minimum(java.math.BigDecimal.ZERO)
                        .description("too-many-attempts and service-unavailable: the same number as Retry-After"))
                .addProperty("conflictingSession", new ObjectSchema()
                        .addProperty("sessionId", new IntegerSchema().format("int64"))
                        .addProperty("startsAt", new StringSchema().format("date-time"))
                        .addProperty("endsAt", new StringSchema().format("date-time"))
                        .description("conflict when a session would double-book the consultant: the session in the "
                                + "way (absent when two bookings raced and the database decided)"))
                .addProperty("nextFree", new ArraySchema().items(new ObjectSchema()
                                .addProperty("start", new StringSchema().format("date-time"))
                                .addProperty("end", new StringSchema().format("date-time")))
                        .description("conflict.slot-taken: the next free slots of the same session type, soonest "
                                + "first (possibly none)"));
        problem.setRequired(List.of("type", "title", "status"));
        components.addSchemas("FieldError", fieldError);
        components.addSchemas("Problem", problem);

        components.addHeaders("ETag", new Header().description("Entity tag of the representation: send it as "
                + "If-None-Match (304 while unchanged) or, for updates, as If-Match").schema(new StringSchema()));
        components.addHeaders("Vary", new Header().description("Accept-Language when the text depends on the "
                + "language asked for").schema(new StringSchema()));
        components.addHeaders("ContentLanguage", new Header().description("The language of the texts")
                .schema(new StringSchema()));
        components.addHeaders("Location", new Header().description("Where the created resource is read")
                .schema(new StringSchema().format("uri-reference")));
        components.addHeaders("RetryAfter", new Header().description("Seconds to wait before trying again")
                .schema(new IntegerSchema().format("int64").minimum(java.math.BigDecimal.ZERO)));
        components.addHeaders("WWWAuthenticate", new Header().description("Bearer, with error=\"invalid_token\" when "
                + "a token was sent but is not valid (expired, revoked)").schema(new StringSchema()));
        components.addParameters(IF_NONE_MATCH, new Parameter().in("header").name("If-None-Match")
                .description("The ETag of the copy the client holds: 304 without a body while it is current")
                .schema(new StringSchema()));
        components.addResponses(NOT_MODIFIED, new ApiResponse()
                .description("Not modified: the copy the client holds (If-None-Match) is current")
                .headers(new LinkedHashMap<>(Map.of("ETag", headerRef("ETag"), "Vary", headerRef("Vary")))));
        for (ErrorAnswer answer : ErrorAnswer.values()) {
            components.addResponses(answer.component, problemResponse(answer.status, answer.description));
        }
    }

    /** An error answer: a problem document and the headers that status carries. */
    static ApiResponse problemResponse(int status, String description) {
        Map<String, Header> headers = new LinkedHashMap<>();
        headers.put("Content-Language", headerRef("ContentLanguage"));
        headers.put("Vary", headerRef("Vary"));
        if (status == 401) {
            headers.put("WWW-Authenticate", headerRef("WWWAuthenticate"));
        }
        if (status == 429 || status == 503) {
            headers.put("Retry-After", headerRef("RetryAfter"));
        }
        return new ApiResponse().description(description).headers(headers)
                .content(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
    }

    static Header headerRef(String component) {
        return new Header().$ref("#/components/headers/" + component);
    }
}
