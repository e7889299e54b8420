package com.careerbridge.crm.api.security;

import java.io.IOException;
import java.util.Set;

import com.careerbridge.crm.account.AuthenticatedUser;
import com.careerbridge.crm.api.error.ProblemTypes;
import com.careerbridge.crm.api.error.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The rule the web UI applies, for the API too: someone holding a one-time password (the first administrator's, an
 * account an administrator reset) may read who they are, change the password and sign out — nothing else until the
 * password is their own. Everything else answers 403 with the problem type {@code password-change-required}, which
 * tells an app to show its change-password screen. The flag comes with the token check (no extra statement).
 */
class PasswordChangeGate extends OncePerRequestFilter {

    /** "METHOD path" of what a one-time password still allows. */
    static final Set<String> ALLOWED = Set.of(
            "GET /api/v1/me",
            "PUT /api/v1/me/password",
            "POST /api/v1/auth/logout");

    private final Problems problems;

    PasswordChangeGate(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user
                && user.mustChangePassword() && !ALLOWED.contains(request.getMethod() + " " + path(request))) {
            problems.write(request, response,
                    problems.of(request, HttpStatus.FORBIDDEN, ProblemTypes.PASSWORD_CHANGE_REQUIRED));
            return;
        }
        chain.doFilter(request, response);
    }

    private static String path(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    }
}
