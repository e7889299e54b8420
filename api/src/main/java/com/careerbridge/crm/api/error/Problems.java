package com.careerbridge.crm.api.error;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the API's RFC 9457 problem documents — translated title and detail, stable type, the request path as
 * instance — for the exception handler and for the security filters, where Spring MVC's handling does not reach.
 */
@Component
public class Problems {

    /** One rejected field before translation: the reason code becomes {@code error.<reason>} in the bundle. */
    public record Violation(String field, String reason, Object... arguments) {
    }

    private final ApiMessages messages;
    private final JsonMapper jsonMapper;

    Problems(ApiMessages messages, JsonMapper jsonMapper) {
        this.messages = messages;
        // The mix-in flattens ProblemDetail's extra properties (such as "errors") into the document, as RFC 9457 wants.
        this.jsonMapper = jsonMapper.rebuild().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();
    }

    public ProblemDetail of(HttpServletRequest request, HttpStatus status, URI type, Object... detailArguments) {
        return withDetail(request, status, type, "problem." + ProblemTypes.slug(type) + ".detail", detailArguments);
    }

    /** With a more specific detail text than the type's own (falls back to the type's when the key is missing). */
    public ProblemDetail withDetail(HttpServletRequest request, HttpStatus status, URI type, String detailKey,
                                    Object... detailArguments) {
        Locale locale = messages.locale(request);
        String slug = ProblemTypes.slug(type);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(type);
        problem.setTitle(messages.get("problem." + slug + ".title", locale));
        problem.setDetail(messages.getOrFallback(detailKey, "problem." + slug + ".detail", locale, detailArguments));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    public ProblemDetail validation(HttpServletRequest request, List<Violation> violations) {
        Locale locale = messages.locale(request);
        ProblemDetail problem = of(request, HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION);
        problem.setProperty("errors", violations.stream()
                .map(v -> new FieldError(v.field(), v.reason(),
                        messages.getOrFallback("error." + v.reason(), "error.invalid", locale, v.arguments())))
                .toList());
        return problem;
    }

    public ResponseEntity<ProblemDetail> response(HttpServletRequest request, ProblemDetail problem, HttpHeaders headers) {
        return ResponseEntity.status(problem.getStatus())
                .headers(headers)
                .header(HttpHeaders.CONTENT_LANGUAGE, messages.locale(request).toLanguageTag())
                .varyBy(HttpHeaders.ACCEPT_LANGUAGE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /**
     * The database is down or restarting: 503 with {@code Retry-After}, so clients back off instead of reporting a
     * bug (see {@link com.careerbridge.crm.shared.DatabaseUnavailable}).
     */
    public ResponseEntity<ProblemDetail> unavailable(HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(com.careerbridge.crm.shared.DatabaseUnavailable.RETRY_AFTER_SECONDS));
        return response(request, unavailableProblem(request), headers);
    }

    /** {@link #unavailable} for filters, written straight to the response. */
    public void writeUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(com.careerbridge.crm.shared.DatabaseUnavailable.RETRY_AFTER_SECONDS));
        write(request, response, unavailableProblem(request));
    }

    private ProblemDetail unavailableProblem(HttpServletRequest request) {
        ProblemDetail problem = of(request, HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE);
        problem.setProperty("retryAfterSeconds", com.careerbridge.crm.shared.DatabaseUnavailable.RETRY_AFTER_SECONDS);
        return problem;
    }

    /** The language the texts of a problem for this request are in. */
    public Locale locale(HttpServletRequest request) {
        return messages.locale(request);
    }

    /** The document as JSON text, for places that write it themselves (the servlet container's error report). */
    public String json(ProblemDetail problem) {
        return jsonMapper.writeValueAsString(problem);
    }

    /** For filters: writes the document straight to the response. */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, messages.locale(request).toLanguageTag());
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        jsonMapper.writeValue(response.getOutputStream(), problem);
    }
}
