package com.careerbridge.crm.api.security;

import java.io.IOException;

import com.careerbridge.crm.auditlog.RequestOrigin;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells core where the current request comes from, for the security audit log. Ordered before Spring Security's filter
 * chain, so a refused request already knows its address. {@code getRemoteAddr()} is the peer unless
 * {@code server.forward-headers-strategy} says a proxy in front may be believed. The web UI module has a twin; whichever
 * runs first binds, the other passes through.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class ApiRequestOriginFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (RequestOrigin.isBound()) {
            chain.doFilter(request, response);
            return;
        }
        RequestOrigin origin = new RequestOrigin(request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT));
        try {
            RequestOrigin.<Exception>runWith(origin, () -> chain.doFilter(request, response));
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }
}
