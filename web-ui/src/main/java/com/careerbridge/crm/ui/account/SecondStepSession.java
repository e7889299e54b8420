package com.careerbridge.crm.ui.account;

import com.careerbridge.crm.account.AuthenticatedUser;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Puts the fully signed-in principal (handed out by core once the second step is done) into this request and into the
 * HTTP session, where Spring Security (and Vaadin's security context strategy) find it. The session id changes with
 * it, as it did after the password: an id seen before the second step is worth nothing after it.
 */
final class SecondStepSession {

    private static final Logger log = LoggerFactory.getLogger(SecondStepSession.class);

    private SecondStepSession() {
    }

    static void complete(AuthenticatedUser user) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        // What Spring Security's own session fixation protection does: same session, new id.
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request
                && request.getHttpServletRequest().getSession(false) != null) {
            try {
                request.getHttpServletRequest().changeSessionId();
            } catch (UnsupportedOperationException e) {
                // Every servlet container implements it (Servlet 3.1); only the browserless tests' mock request does not.
                log.debug("Session id not changed: {}", e.getMessage());
            }
        }
        VaadinSession.getCurrent().getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }

    /** The client's address for counting failed codes, as the token endpoint counts them. */
    static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }
}
