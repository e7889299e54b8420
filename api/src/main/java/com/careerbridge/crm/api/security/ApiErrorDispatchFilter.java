package com.careerbridge.crm.api.security;

import java.io.IOException;
import java.util.List;

import com.careerbridge.crm.api.error.ProblemTypes;
import com.careerbridge.crm.api.error.Problems;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.header.Header;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The servlet container's error dispatch for an API request: something failed outside Spring MVC's exception handling
 * (a filter threw, or someone called {@code sendError}). The container forwards to {@code /error}, which is not under
 * {@code /api/**}; without this the web UI's security chain took it and answered an API client with a 302 to the
 * sign-in page (seen under overload in the benchmark). Here the API chain takes it and answers a problem document.
 */
class ApiErrorDispatchFilter extends OncePerRequestFilter {

    /** Error dispatches whose original request was an API request. */
    static final RequestMatcher API_ERROR_DISPATCH = request -> request.getDispatcherType() == DispatcherType.ERROR
            && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
            && uri.startsWith(request.getContextPath() + "/api/");

    /**
     * The container reset the response before the error dispatch, and Spring Security's header writer does not run
     * for error dispatches: the API's protective headers are set here again.
     */
    static final StaticHeadersWriter API_HEADERS = new StaticHeadersWriter(List.of(
            new Header("X-Content-Type-Options", "nosniff"),
            new Header("X-Frame-Options", "DENY"),
            new Header("Referrer-Policy", "no-referrer"),
            new Header(HttpHeaders.CACHE_CONTROL, "no-store"),
            new Header("Content-Security-Policy", ApiSecurityConfiguration.API_CSP)));

    private final Problems problems;

    ApiErrorDispatchFilter(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !API_ERROR_DISPATCH.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (response.isCommitted()) {
            return;
        }
        HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
                ? HttpStatus.resolve(code) : null;
        if (status == null || !status.isError()) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        response.resetBuffer();
        API_HEADERS.writeHeaders(request, response);
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            problems.writeUnavailable(request, response);
            return;
        }
        problems.write(request, response, problems.of(request, status, typeOf(status)));
    }

    private static java.net.URI typeOf(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> ProblemTypes.UNAUTHORIZED;
            case FORBIDDEN -> ProblemTypes.FORBIDDEN;
            case NOT_FOUND -> ProblemTypes.NOT_FOUND;
            case METHOD_NOT_ALLOWED -> ProblemTypes.METHOD_NOT_ALLOWED;
            case CONTENT_TOO_LARGE -> ProblemTypes.PAYLOAD_TOO_LARGE;
            default -> status.is4xxClientError() ? ProblemTypes.MALFORMED : ProblemTypes.INTERNAL;
        };
    }
}
