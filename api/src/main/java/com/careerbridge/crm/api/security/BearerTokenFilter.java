package com.careerbridge.crm.api.security;

import java.io.IOException;
import java.util.Optional;

import com.careerbridge.crm.account.ApiTokenService;
import com.careerbridge.crm.account.VerifiedAccessToken;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <access token>} and, when core finds the token valid (one SQL statement: token,
 * sign-in and account together), makes its holder the request's principal. An invalid token leaves the request
 * anonymous: the endpoints that need a user then answer 401, the sign-in endpoints still work.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    static final String PRESENTED_INVALID_TOKEN = BearerTokenFilter.class.getName() + ".INVALID";
    private static final String PREFIX = "Bearer ";

    private final ApiTokenService tokens;

    BearerTokenFilter(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            Optional<VerifiedAccessToken> verified = tokens.authenticate(header.substring(PREFIX.length()).strip());
            if (verified.isPresent()) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new ApiTokenAuthentication(verified.get()));
                SecurityContextHolder.setContext(context);
            } else {
                request.setAttribute(PRESENTED_INVALID_TOKEN, Boolean.TRUE);
            }
        }
        chain.doFilter(request, response);
    }
}
