package com.careerbridge.crm.api.error;

import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Optional;

import com.careerbridge.crm.booking.SlotTakenException;
import com.careerbridge.crm.session.DoubleBookedException;
import com.careerbridge.crm.shared.ConflictException;
import com.careerbridge.crm.shared.DatabaseUnavailable;
import com.careerbridge.crm.shared.DomainException;
import com.careerbridge.crm.shared.InvalidValueException;
import jakarta.servlet.http.HttpServletRequest;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.util.DisconnectedClientHelper;
import tools.jackson.core.JacksonException;

/**
 * Turns every failure of an API request into an RFC 9457 problem document in the caller's language. What each
 * exception becomes is a row of the {@link ProblemTable}; the handlers here cover only the answers that need more than
 * the exception (a stale version is 412 or 409 depending on the request's If-Match, an unreadable body is looked into
 * for the field that broke it, an unreachable database is a 503) and whatever nobody mapped. Only requests under
 * {@code /api/} are answered here; anything else is rethrown to the default handling (the web UI's pages).
 *
 * <p>Logging: a 4xx is the caller's mistake and never writes a stack trace (at most a line at DEBUG or WARN); only an
 * unexpected failure — the 500 — is logged at ERROR with its trace.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final Problems problems;
    private final ProblemTable table = ProblemTable.standard();

    ApiExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler({ConflictException.class, ObjectOptimisticLockingFailureException.class})
    ResponseEntity<ProblemDetail> conflict(Exception e, HttpServletRequest request) throws Exception {
        apiOnly(e, request);
        boolean stale = !(e instanceof ConflictException conflict) || conflict.isStale();
        if (stale && ConditionalRequests.ifMatchWasChecked(request)) {
            return answer(request, problems.of(request, HttpStatus.PRECONDITION_FAILED, ProblemTypes.PRECONDITION_FAILED));
        }
        String code = e instanceof DomainException domain ? domain.code() : ConflictException.STALE;
        ProblemDetail problem = problems.withDetail(request, HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "problem." + code);
        if (e instanceof DoubleBookedException booked) {
            // the consultant's own session (or, for an admin, any): a client can show it or open it
            booked.conflicting().ifPresent(other -> problem.setProperty("conflictingSession", other));
        }
        if (e instanceof SlotTakenException taken) {
            // the slot went to someone else: the next free ones of the same type, to pick from at once
            problem.setProperty("nextFree", taken.nextFree().stream()
                    .map(slot -> new FreeSlot(slot.start(), slot.end())).toList());
        }
        if (e instanceof com.careerbridge.crm.application.StageMoveRefusedException refused) {
            // what the client can offer instead: the moves the flow allows from where the application stands
            problem.setProperty("allowedMoves", refused.allowed().stream().sorted().map(Enum::name).toList());
        }
        return answer(request, problem);
    }

    /** A body that could not be read: too large, a rule of a value object, or the field Jackson names. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request)
            throws Exception {
        apiOnly(e, request);
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof PayloadTooLargeException) {
                return answer(request, problems.of(request, HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE));
            }
            if (cause instanceof InvalidValueException invalid) { // a value object's rule, checked in its constructor
                return mapped(invalid, request);
            }
            if (cause instanceof JacksonException jackson) {
                Problems.Violation violation = InputProblems.violationOf(jackson);
                if (violation != null) {
                    return answer(request, problems.validation(request, List.of(violation)));
                }
            }
        }
        return answer(request, problems.of(request, HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED));
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

    /** Every other exception: its row of the table, else a protocol error Spring MVC describes itself, else a 500. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> mapped(Exception e, HttpServletRequest request) throws Exception {
        apiOnly(e, request);
        Optional<ProblemMapping<?>> row = table.find(e.getClass());
        if (row.isPresent()) {
            return row.get().answer(e, request, problems);
        }
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

    /** A slot in a problem's {@code nextFree}: instants, the client shows them in its own zone. */
    record FreeSlot(java.time.Instant start, java.time.Instant end) {
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
}
