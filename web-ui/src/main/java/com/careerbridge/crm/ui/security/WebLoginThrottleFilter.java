package com.careerbridge.crm.ui.security;

import java.io.IOException;

import com.careerbridge.crm.account.LoginThrottle;
import com.careerbridge.crm.account.LoginThrottledException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a form sign-in while the {@link LoginThrottle} blocks this e-mail or address, before any password is
 * compared, and sends the browser back to the login view with the minutes to wait. The throttle is keyed by the e-mail
 * as typed, so an unknown e-mail and a real one are throttled (and answered) alike. Failures and successes are counted
 * by {@link SignInEvents}.
 */
class WebLoginThrottleFilter extends OncePerRequestFilter {

    static final String THROTTLED_PARAMETER = "throttled";

    private final LoginThrottle throttle;
    private final RequestMatcher loginProcessing;

    WebLoginThrottleFilter(LoginThrottle throttle, String loginProcessingPath) {
        this.throttle = throttle;
        this.loginProcessing = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, loginProcessingPath);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !loginProcessing.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            throttle.check(request.getParameter("username"), request.getRemoteAddr());
        } catch (LoginThrottledException e) {
            response.sendRedirect(request.getContextPath() + "/login?" + THROTTLED_PARAMETER + "=" + e.retryAfterMinutes());
            return;
        }
        chain.doFilter(request, response);
    }
}
