package com.careerbridge.crm.ui.security;

import java.io.IOException;
import java.time.Instant;

import com.careerbridge.crm.account.AuthenticatedUser;
import com.careerbridge.crm.account.SignInStanding;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in web session as soon as its account was deactivated or its password was changed after the session's
 * credentials were last confirmed ({@link WebSessionStamp}). The answer comes from the database on every request, so an
 * administrator's action on one instance takes effect on all of them without any session replication. The request then
 * continues as anonymous: a page request is sent to the login view, a Vaadin request finds its session gone and the
 * client reloads into the login view.
 */
class SessionGuardFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionGuardFilter.class);

    private final SignInStanding standing;

    SessionGuardFilter(SignInStanding standing) {
        this.standing = standing;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && signedIn(session) instanceof AuthenticatedUser user
                && !standing.stillStands(user.userId(), confirmedAt(session))) {
            log.info("Ended the web session of user {}: account deactivated or password changed since sign-in",
                    user.userId());
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // another request of the same session got here first
            }
            // This request's security context may already be loaded: a page request goes to the login view now; a
            // Vaadin request goes on and finds its session gone, so the client reloads into the login view.
            if ("GET".equals(request.getMethod()) && request.getParameter("v-r") == null) {
                response.sendRedirect(request.getContextPath() + "/login");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    // Read from where the chain's context repository keeps it, not from a context holder: Vaadin replaces the holder
    // strategy, and an invalidated session then also leaves the chain's deferred context empty.
    private static Object signedIn(HttpSession session) {
        return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context && context.getAuthentication() != null
                ? context.getAuthentication().getPrincipal() : null;
    }

    // A session signed in without our listener seeing it (none should be) counts from its creation: it is then ended
    // by any password change made since, never kept alive by one made before it existed.
    private static Instant confirmedAt(HttpSession session) {
        return WebSessionStamp.of(session).orElseGet(() -> Instant.ofEpochMilli(session.getCreationTime()));
    }
}
