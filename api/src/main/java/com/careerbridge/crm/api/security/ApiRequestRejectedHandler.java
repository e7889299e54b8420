package com.careerbridge.crm.api.security;

import java.io.IOException;

import com.careerbridge.crm.api.error.ProblemTypes;
import com.careerbridge.crm.api.error.Problems;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Spring Security's firewall refuses paths with encoded NUL, slashes, semicolons, non-ASCII bytes and the like before
 * any filter chain runs. Under {@code /api/} the caller gets our 400 problem document instead of a servlet error page;
 * elsewhere the firewall's plain 400 stays. (Security takes the one bean of this type for all its chains.)
 */
@Component
class ApiRequestRejectedHandler implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiRequestRejectedHandler.class);

    private final Problems problems;
    private final RequestRejectedHandler elsewhere = new HttpStatusRequestRejectedHandler();

    ApiRequestRejectedHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       RequestRejectedException rejected) throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/")) {
            elsewhere.handle(request, response, rejected);
            return;
        }
        log.debug("Rejected API request: {}", rejected.getMessage());
        problems.write(request, response, problems.of(request, HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED));
    }
}
