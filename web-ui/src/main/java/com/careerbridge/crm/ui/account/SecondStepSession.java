package com.careerbridge.crm.ui.account;

import com.careerbridge.crm.account.AuthenticatedUser;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
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

    private SecondStepSession() {
    }

    static void complete(AuthenticatedUser user) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        // What Spring Security's own session fixation protection does: same session, new id.
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request
                && request.getHttpServletRequest().getSession(false) != null) {
            request.getHttpServletRequest().changeSessionId();
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
