package com.careerbridge.crm.api.error;

import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.careerbridge.crm.account.InvalidCredentialsException;
import com.careerbridge.crm.account.RefreshTokenJustUsedException;
import com.careerbridge.crm.account.InvitationInvalidException;
import com.careerbridge.crm.account.LoginThrottledException;
import com.careerbridge.crm.account.PasswordResetInvalidException;
import com.careerbridge.crm.account.TwoFactorEnrolmentRequiredException;
import com.careerbridge.crm.account.TwoFactorRequiredException;
import com.careerbridge.crm.passwordreset.PasswordResetThrottledException;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.NotFoundException;
import com.careerbridge.crm.shared.BusyException;
import com.careerbridge.crm.shared.ThrottledException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindingResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingRequestValueException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import static com.careerbridge.crm.api.error.ProblemMapping.map;
import static com.careerbridge.crm.api.error.ProblemMapping.validation;

/**
 * Which problem document each exception becomes: one row per exception type (status, problem type, detail key,
 * extension members, headers), looked up by the exception's class and then its superclasses, so the most specific row
 * wins (a row for a subclass overrides its family's). A new exception a
 * client can cause gets a row here — plus its texts in both bundles when it brings a new problem type — and nothing
 * else. The few answers that depend on the request rather than on the exception alone (stale versions, unreadable
 * bodies, an unreachable database) stay in {@link ApiExceptionHandler}.
 */
final class ProblemTable {

    private final Map<Class<?>, ProblemMapping<?>> rows = new LinkedHashMap<>();

    ProblemTable(List<ProblemMapping<?>> mappings) {
        for (ProblemMapping<?> mapping : mappings) {
            if (rows.put(mapping.exception(), mapping) != null) {
                throw new IllegalArgumentException("two rows for " + mapping.exception().getName());
            }
        }
    }

    /** The row of the exception's class or of its nearest superclass that has one. */
    Optional<ProblemMapping<?>> find(Class<?> exception) {
        for (Class<?> type = exception; type != null; type = type.getSuperclass()) {
            ProblemMapping<?> row = rows.get(type);
            if (row != null) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    List<ProblemMapping<?>> rows() {
        return List.copyOf(rows.values());
    }

    static ProblemTable standard() {
        return new ProblemTable(List.of(
                // --- the caller: who they are, what they may do ---
                map(AuthenticationException.class, HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHORIZED),
                map(InvalidCredentialsException.class, HttpStatus.UNAUTHORIZED, ProblemTypes.INVALID_CREDENTIALS),
                map(RefreshTokenJustUsedException.class, HttpStatus.CONFLICT, ProblemTypes.REFRESH_TOKEN_JUST_USED),
                map(TwoFactorRequiredException.class, HttpStatus.UNAUTHORIZED, ProblemTypes.TWO_FACTOR_REQUIRED),
                map(TwoFactorEnrolmentRequiredException.class, HttpStatus.FORBIDDEN,
                        ProblemTypes.TWO_FACTOR_ENROLMENT_REQUIRED),
                map(ForbiddenException.class, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN),
                map(AccessDeniedException.class, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN),
                map(LoginThrottledException.class, HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.TOO_MANY_ATTEMPTS)
                        .withArguments(e -> new Object[] {e.retryAfterSeconds()})
                        .withExtension("retryAfterSeconds", ThrottledException::retryAfterSeconds)
                        .withHeaders(ProblemTable::retryAfter),
                map(PasswordResetThrottledException.class, HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.TOO_MANY_ATTEMPTS)
                        .withDetail("problem.too-many-attempts.password-reset")
                        .withArguments(e -> new Object[] {e.retryAfterMinutes()})
                        .withExtension("retryAfterSeconds", ThrottledException::retryAfterSeconds)
                        .withHeaders(ProblemTable::retryAfter),
                // the instance is at its limit of file transfers and the request waited long enough for its turn
                map(BusyException.class, HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE)
                        .withDetail("problem.service-unavailable.busy")
                        .withExtension("retryAfterSeconds", ThrottledException::retryAfterSeconds)
                        .withHeaders(ProblemTable::retryAfter),
                // --- single-use links ---
                map(InvitationInvalidException.class, HttpStatus.BAD_REQUEST, ProblemTypes.INVITATION_INVALID)
                        .withDetail(e -> "problem.invitation-invalid." + lower(e.reason()))
                        .withExtension("reason", e -> lower(e.reason())),
                map(PasswordResetInvalidException.class, HttpStatus.BAD_REQUEST, ProblemTypes.PASSWORD_RESET_INVALID)
                        .withDetail(e -> "problem.password-reset-invalid." + lower(e.reason()))
                        .withExtension("reason", e -> lower(e.reason())),
                // --- what was asked for ---
                // the type's own detail unless the bundle words the missing thing (problem.not-found.logo)
                map(NotFoundException.class, HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND)
                        .withDetail(e -> "problem.not-found." + e.resource()),
                map(NoResourceFoundException.class, HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND)
                        .withDetail("problem.not-found.path"),
                map(NoHandlerFoundException.class, HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND)
                        .withDetail("problem.not-found.path"),
                map(HttpRequestMethodNotSupportedException.class, HttpStatus.METHOD_NOT_ALLOWED,
                        ProblemTypes.METHOD_NOT_ALLOWED)
                        .withArguments(e -> new Object[] {e.getMethod()})
                        .withHeaders(HttpRequestMethodNotSupportedException::getHeaders),
                map(HttpMediaTypeNotSupportedException.class, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        ProblemTypes.UNSUPPORTED_MEDIA_TYPE)
                        .withHeaders(HttpMediaTypeNotSupportedException::getHeaders),
                map(HttpMediaTypeNotAcceptableException.class, HttpStatus.NOT_ACCEPTABLE, ProblemTypes.NOT_ACCEPTABLE),
                // --- uploads (#16): a file over the limit when the body had no length; a missing file part ---
                map(MaxUploadSizeExceededException.class, HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE),
                map(MultipartException.class, HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED),
                map(MissingServletRequestPartException.class, HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED)
                        .withDetail("problem.malformed-request.missing-value")
                        .withArguments(e -> new Object[] {e.getRequestPartName()}),
                // --- conditional requests ---
                map(PreconditionRequiredException.class, HttpStatus.PRECONDITION_REQUIRED,
                        ProblemTypes.PRECONDITION_REQUIRED),
                map(PreconditionFailedException.class, HttpStatus.PRECONDITION_FAILED, ProblemTypes.PRECONDITION_FAILED),
                // --- input ---
                map(MissingRequestValueException.class, HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED)
                        .withDetail("problem.malformed-request.missing-value")
                        .withArguments(e -> new Object[] {missingName(e)}),
                // a query string whose percent-encoding is not UTF-8: Tomcat gives up on it when it is read
                map(InvalidParameterException.class, HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED)
                        .withDetail("problem.malformed-request.query"),
                validation(InvalidValueException.class, e -> e.violations().stream()
                        .map(v -> new Problems.Violation(v.field(), v.reason())).toList()),
                validation(MethodArgumentNotValidException.class, e -> violations(e.getBindingResult())),
                validation(HandlerMethodValidationException.class, e -> e.getParameterValidationResults().stream()
                        .flatMap(result -> result.getResolvableErrors().stream()
                                .map(error -> new Problems.Violation(result.getMethodParameter().getParameterName(),
                                        reasonOf(error.getCodes()))))
                        .toList()),
                // a query parameter or path variable that does not convert: wrong type, or a date out of range
                validation(TypeMismatchException.class, e -> List.of(new Problems.Violation(e.getPropertyName(),
                        InputProblems.causedBy(e, ValueOutOfRangeException.class) ? "out-of-range" : "wrong-type")))));
    }

    private static HttpHeaders retryAfter(ThrottledException e) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        return headers;
    }

    private static String lower(Enum<?> reason) {
        return reason.name().toLowerCase(Locale.ROOT);
    }

    private static String missingName(MissingRequestValueException e) {
        return switch (e) {
            case MissingServletRequestParameterException parameter -> parameter.getParameterName();
            case MissingRequestHeaderException header -> header.getHeaderName();
            case MissingPathVariableException variable -> variable.getVariableName();
            default -> "";
        };
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
}
