package com.careerbridge.crm.api.error;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * One row of the {@link ProblemTable}: which problem document an exception type becomes — status, problem type, the
 * bundle key of the detail text and its arguments, extension members and response headers. Rows are values built
 * with the {@code with…} methods; {@link #validation} rows answer a validation problem with field errors instead.
 */
record ProblemMapping<E extends Throwable>(Class<E> exception, HttpStatus status, URI type,
                                           Function<? super E, String> detailKey,
                                           Function<? super E, Object[]> detailArguments,
                                           Map<String, Function<? super E, Object>> extensions,
                                           Function<? super E, HttpHeaders> headers,
                                           Function<? super E, List<Problems.Violation>> violations) {

    private static final Object[] NO_ARGUMENTS = {};

    /** The type's own detail text ({@code problem.<slug>.detail}), no extensions, no extra headers. */
    static <E extends Throwable> ProblemMapping<E> map(Class<E> exception, HttpStatus status, URI type) {
        return new ProblemMapping<>(exception, status, type, e -> null, e -> NO_ARGUMENTS, Map.of(),
                e -> HttpHeaders.EMPTY, null);
    }

    /** A 400 validation problem whose field errors come from the exception. */
    static <E extends Throwable> ProblemMapping<E> validation(Class<E> exception,
                                                            Function<? super E, List<Problems.Violation>> violations) {
        return new ProblemMapping<>(exception, HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, e -> null,
                e -> NO_ARGUMENTS, Map.of(), e -> HttpHeaders.EMPTY, violations);
    }

    /** A more specific detail text than the type's own (falling back to the type's when the bundle lacks the key). */
    ProblemMapping<E> withDetail(Function<? super E, String> key) {
        return new ProblemMapping<>(exception, status, type, key, detailArguments, extensions, headers, violations);
    }

    ProblemMapping<E> withDetail(String key) {
        return withDetail(e -> key);
    }

    /** Arguments of the detail text ({@code {0}}, {@code {1}} … in the bundle). */
    ProblemMapping<E> withArguments(Function<? super E, Object[]> arguments) {
        return new ProblemMapping<>(exception, status, type, detailKey, arguments, extensions, headers, violations);
    }

    /** An extension member of the document (RFC 9457, 3.2), such as {@code reason} or {@code retryAfterSeconds}. */
    ProblemMapping<E> withExtension(String name, Function<? super E, Object> value) {
        Map<String, Function<? super E, Object>> more = new LinkedHashMap<>(extensions);
        more.put(name, value);
        return new ProblemMapping<>(exception, status, type, detailKey, detailArguments, Map.copyOf(more), headers,
                violations);
    }

    ProblemMapping<E> withHeaders(Function<? super E, HttpHeaders> responseHeaders) {
        return new ProblemMapping<>(exception, status, type, detailKey, detailArguments, extensions, responseHeaders,
                violations);
    }

    /** The answer to {@code e}, in the language of {@code request}. */
    ResponseEntity<ProblemDetail> answer(Throwable e, HttpServletRequest request, Problems problems) {
        E exception = this.exception.cast(e);
        ProblemDetail problem;
        if (violations != null) {
            problem = problems.validation(request, violations.apply(exception));
        } else {
            String key = detailKey.apply(exception);
            Object[] arguments = detailArguments.apply(exception);
            problem = key == null ? problems.of(request, status, type, arguments)
                    : problems.withDetail(request, status, type, key, arguments);
        }
        // sorted, so that the document's members do not depend on the map's iteration order
        extensions.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(member -> problem.setProperty(member.getKey(), member.getValue().apply(exception)));
        return problems.response(request, problem, headers.apply(exception));
    }
}
