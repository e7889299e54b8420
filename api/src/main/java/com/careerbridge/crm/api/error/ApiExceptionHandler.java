package com.careerbridge.crm.api.error;

import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.careerbridge.crm.account.InvalidCredentialsException;
import com.careerbridge.crm.account.InvitationInvalidException;
import com.careerbridge.crm.account.LoginThrottledException;
import com.careerbridge.crm.account.PasswordResetInvalidException;
import com.careerbridge.crm.passwordreset.PasswordResetThrottledException;
import com.careerbridge.crm.account.TwoFactorEnrolmentRequiredException;
import com.careerbridge.crm.account.TwoFactorRequiredException;
import com.careerbridge.crm.api.http.EntityTags;
import com.careerbridge.crm.shared.ConflictException;
import com.careerbridge.crm.shared.DatabaseUnavailable;
import com.careerbridge.crm.shared.DomainException;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.NotFoundException;
import com.careerbridge.crm.shared.ThrottledException;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.util.DisconnectedClientHelper;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingRequestValueException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Turns every failure of an API request into an RFC 9457 problem document in the caller's language: the core's
 * domain exceptions, Spring MVC's protocol errors (405, 406, 415, 404), unreadable JSON (malformed, unknown property,
 * wrong type, unknown enum value), oversize bodies (413) and conditional-request failures (412, 428). Only requests
 * under {@code /api/} are answered here; anything else is rethrown to the default handling (the web UI's pages).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Problems problems;

    ApiExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<ProblemDetail> invalidValue(InvalidValueException e, HttpServletRequest request) throws Exception {
        apiOnly(e, request);
        return answer(request, problems.validation(request, e.violations().stream()
                .map(v -> new Problems.Violation(v.field(), v.reason())).toList()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) throws Exception {
        apiOnly(e, request);
        return answer(request, problems.of(request, HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND));
    }

    @ExceptionHandler({ConflictException.class, ObjectOptimisticLockingFailureException.class})
    ResponseEntity<ProblemDetail> conflict(Exception e, HttpServletRequest request) throws Exception {
        apiOnly(e, request);
        boolean stale = !(e instanceof ConflictException conflict) || conflict.isStale();
        if (stale && EntityTags.ifMatchWasChecked(request)) {
            return answer(request, problems.of(request, HttpStatus.PRECONDITION_FAILED, ProblemTypes.PRECONDITION_FAILED));
        }
        String code = e instanceof DomainException domain ? domain.code() : ConflictException.STALE;
        return answer(request, problems.withDetail(request, HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "problem." + code));
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    ResponseEntity<ProblemDetail> forbidden(Exception e, HttpServletRequest request) throws Exception {
        apiOnly(e, request);
        return answer(request, problems.of(request, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN));
    }

    @ExceptionHandler(InvalidCredentialsException.class)
    ResponseEntity<ProblemDetail> invalidCredentials(InvalidCredentialsException e, HttpServletRequest request)
            throws Exception {
        apiOnly(e, request);
        return answer(request, problems.of(request, HttpStatus.UNAUTHORIZED, ProblemTypes.INVALID_CREDENTIALS));
    }

    @ExceptionHandler(TwoFactorRequiredException.class)
    ResponseEntity<ProblemDetail> twoFactorRequired(TwoFactorRequiredException e, HttpServletRequest request)
            throws Exception {
        apiOnly(e, request);
        return answer(request, problems.of(request, HttpStatus.UNAUTHORIZED, ProblemTypes.TWO_FACTOR_REQUIRED));
    }

    @ExceptionHandler(TwoFactorEnrolmentRequiredException.class)
    ResponseEntity<ProblemDetail> twoFactorEnrolmentRequired(TwoFactorEnrolmentRequiredException e,
                                                             HttpServletRequest request) throws Exception {
        apiOnly(e, request);
        return answer(request, problems.of(request, HttpStatus.FORBIDDEN, ProblemTypes.TWO_FACTOR_ENROLMENT_REQUIRED));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e, HttpServletRequest request)
            throws Exception {
        apiOnly(e, request);
        return answer(request, problems.of(request, HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHORIZED));
    }

    @ExceptionHandler(InvitationInvalidException.class)
    ResponseEntity<ProblemDetail> invitationInvalid(InvitationInvalidException e, HttpServletRequest request)
            throws Exception {
        apiOnly(e, request);
        ProblemDetail problem = problems.withDetail(request, HttpStatus.BAD_REQUEST, ProblemTypes.INVITATION_INVALID,
                "problem.invitation-invalid." + e.reason().name().toLowerCase(java.util.Locale.ROOT));
        problem.setProperty("reason", e.reason().name().toLowerCase(java.util.Locale.ROOT));
        return answer(request, problem);
    }

    @ExceptionHandler(LoginThrottledException.class)
    ResponseEntity<ProblemDetail> throttled(LoginThrottledException e, HttpServletRequest request) throws Exception {
        apiOnly(e, request);
        return tooMany(request, e, problems.of(request, HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.TOO_MANY_ATTEMPTS,
                e.retryAfterSeconds()));
    }

    @ExceptionHandler(PasswordResetInvalidException.class)
    ResponseEntity<ProblemDetail> passwordResetInvalid(PasswordResetInvalidException e, HttpServletRequest request)
            throws Exception {
        apiOnly(e, request);
        String reason = e.reason().name().toLowerCase(java.util.Locale.ROOT);
        ProblemDetail problem = problems.withDetail(request, HttpStatus.BAD_REQUEST, ProblemTypes.PASSWORD_RESET_INVALID,
                "problem.password-reset-invalid." + reason);
        problem.setProperty("reason", reason);
        return answer(request, problem);
    }

    @ExceptionHandler(PasswordResetThrottledException.class)
    ResponseEntity<ProblemDetail> resetThrottled(PasswordResetThrottledException e, HttpServletRequest request)
            throws Exception {
        apiOnly(e, request);
        return tooMany(request, e, problems.withDetail(request, HttpStatus.TOO_MANY_REQUESTS,
                ProblemTypes.TOO_MANY_ATTEMPTS, "problem.too-many-attempts.password-reset", e.retryAfterMinutes()));
    }

    /** A 429: how long to wait, in the document and in {@code Retry-After}. */
    private ResponseEntity<ProblemDetail> tooMany(HttpServletRequest request, ThrottledException e, ProblemDetail problem) {
        problem.setProperty("retryAfterSeconds", e.retryAfterSeconds());
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        return problems.response(request, problem, headers);
    }

    @ExceptionHandler(PreconditionRequiredException.class)
    ResponseEntity<ProblemDetail> preconditionRequired(PreconditionRequiredException e, HttpServletRequest request)
            throws Exception {
        apiOnly(e, request);
        return answer(request, problems.of(request, HttpStatus.PRECONDITION_REQUIRED, ProblemTypes.PRECONDITION_REQUIRED));
    }

    @ExceptionHandler(PreconditionFailedException.class)
    ResponseEntity<ProblemDetail> preconditionFailed(PreconditionFailedException e, HttpServletRequest request)
            throws Exception {
        apiOnly(e, request);
        return answer(request, problems.of(request, HttpStatus.PRECONDITION_FAILED, ProblemTypes.PRECONDITION_FAILED));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e, HttpServletRequest request)
            throws Exception {
        apiOnly(e, request);
        return answer(request, problems.validation(request, violations(e.getBindingResult())));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request)
            throws Exception {
        apiOnly(e, request);
        List<Problems.Violation> violations = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new Problems.Violation(result.getMethodParameter().getParameterName(),
                                reasonOf(error.getCodes()))))
                .toList();
        return answer(request, problems.validation(request, violations));
    }

    @ExceptionHandler(TypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(TypeMismatchException e, HttpServletRequest request) throws Exception {
        apiOnly(e, request);
        return answer(request, problems.validation(request,
                List.of(new Problems.Violation(e.getPropertyName(), "wrong-type"))));
    }

    @ExceptionHandler(MissingRequestValueException.class)
    ResponseEntity<ProblemDetail> missingValue(MissingRequestValueException e, HttpServletRequest request)
            throws Exception {
        apiOnly(e, request);
        String name = switch (e) {
            case MissingServletRequestParameterException parameter -> parameter.getParameterName();
            case MissingRequestHeaderException header -> header.getHeaderName();
            case MissingPathVariableException variable -> variable.getVariableName();
            default -> "";
        };
        return answer(request, problems.withDetail(request, HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED,
                "problem.malformed-request.missing-value", name));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request)
            throws Exception {
        apiOnly(e, request);
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof PayloadTooLargeException) {
                return answer(request, problems.of(request, HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE));
            }
            if (cause instanceof InvalidValueException invalid) {
                return invalidValue(invalid, request);
            }
            if (cause instanceof ValueInstantiationException || cause instanceof JacksonException) {
                Problems.Violation violation = violationOf(cause);
                if (violation != null) {
                    return answer(request, problems.validation(request, List.of(violation)));
                }
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return answer(request, problems.of(request, HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED));
    }

    /** A query string whose percent-encoding is not UTF-8: Tomcat gives up on the parameter when it is read. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodableParameter(InvalidParameterException e, HttpServletRequest request)
            throws Exception {
        apiOnly(e, request);
        return answer(request, problems.of(request, HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED));
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<ProblemDetail> noSuchPath(Exception e, HttpServletRequest request) throws Exception {
        apiOnly(e, request);
        return answer(request, problems.withDetail(request, HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND,
                "problem.not-found.path"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
            throws Exception {
        apiOnly(e, request);
        return problems.response(request, problems.of(request, HttpStatus.METHOD_NOT_ALLOWED,
                ProblemTypes.METHOD_NOT_ALLOWED, e.getMethod()), e.getHeaders());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedMediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request)
            throws Exception {
        apiOnly(e, request);
        return problems.response(request, problems.of(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                ProblemTypes.UNSUPPORTED_MEDIA_TYPE), e.getHeaders());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request)
            throws Exception {
        apiOnly(e, request);
        return answer(request, problems.of(request, HttpStatus.NOT_ACCEPTABLE, ProblemTypes.NOT_ACCEPTABLE));
    }

    /**
     * PostgreSQL is stopped or restarting (the pool gave up within its short connection timeout, or the connection
     * broke mid-request): a 503 the client may retry, not an internal error. The transaction was rolled back.
     */
    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            JDBCConnectionException.class, SQLTransientConnectionException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e, HttpServletRequest request) throws Exception {
        apiOnly(e, request);
        log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return problems.unavailable(request);
    }

    /** Any other protocol error Spring MVC describes itself: keep its status, answer with our document. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> anythingElse(Exception e, HttpServletRequest request) throws Exception {
        apiOnly(e, request);
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            // The client gave up (timeout, app closed): nobody is left to answer, and it is not our failure.
            log.debug("Client went away during {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            return null;
        }
        if (e instanceof ErrorResponse error && error.getStatusCode().is4xxClientError()) {
            HttpStatus status = HttpStatus.valueOf(error.getStatusCode().value());
            return problems.response(request, problems.of(request, status, ProblemTypes.MALFORMED), error.getHeaders());
        }
        if (e instanceof DomainException domain) {
            // a new member of the family nobody mapped yet: a rule was broken, so still the caller's problem
            log.warn("Unmapped domain exception {} on {}", domain.code(), request.getRequestURI());
            return answer(request, problems.of(request, HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION));
        }
        if (DatabaseUnavailable.isCause(e)) {
            return databaseUnavailable(e, request);
        }
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(request, problems.of(request, HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL));
    }

    private ResponseEntity<ProblemDetail> answer(HttpServletRequest request, ProblemDetail problem) {
        return problems.response(request, problem, HttpHeaders.EMPTY);
    }

    /** Outside the API (Vaadin, actuator, static files) the exception goes on to the default handling untouched. */
    private static void apiOnly(Exception e, HttpServletRequest request) throws Exception {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/")) {
            throw e;
        }
    }

    private static List<Problems.Violation> violations(BindingResult result) {
        return result.getFieldErrors().stream()
                .map(error -> new Problems.Violation(error.getField(), reasonOf(error.getCodes())))
                .toList();
    }

    /** Bean Validation constraint names as our reason codes, so clients see one vocabulary. */
    private static String reasonOf(String[] codes) {
        String constraint = codes == null || codes.length == 0 ? "" : codes[codes.length - 1];
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> "required";
            case "Size", "Length" -> "wrong-length";
            case "Email" -> "invalid";
            case "Min", "Max", "Positive", "PositiveOrZero", "DecimalMin", "DecimalMax" -> "out-of-range";
            default -> "invalid";
        };
    }

    private static Problems.Violation violationOf(Throwable cause) {
        if (!(cause instanceof JacksonException jackson)) {
            return null;
        }
        String field = pathOf(jackson);
        if (cause instanceof UnrecognizedPropertyException) {
            return new Problems.Violation(field, "unknown-property");
        }
        if (field.isEmpty()) {
            return null;
        }
        if (cause instanceof InvalidFormatException format && format.getTargetType() == String.class) {
            return new Problems.Violation(field, "invalid"); // text with control characters (StrictTextModule)
        }
        if (cause instanceof InvalidNullException) {
            return new Problems.Violation(field, "required");
        }
        if (cause instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            String allowed = Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
            return new Problems.Violation(field, "unknown-value", allowed);
        }
        if (cause instanceof MismatchedInputException || cause instanceof ValueInstantiationException) {
            return new Problems.Violation(field, "wrong-type");
        }
        return null;
    }

    private static String pathOf(JacksonException e) {
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
