package com.careerbridge.crm.ui.security;

import java.time.Instant;
import java.util.Optional;

import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSession;

/**
 * When a web session's credentials were last confirmed (sign-in, or the user's own password change). A session whose
 * stamp is older than the account's last password change belongs to someone who no longer knows the password: it is
 * ended on whichever instance it lives (see the session guard).
 */
public final class WebSessionStamp {

    static final String ATTRIBUTE = WebSessionStamp.class.getName();

    private WebSessionStamp() {
    }

    /** After the user changed their own password in this session: keep this one, end the others. */
    public static void renew(WrappedSession session, Instant at) {
        session.setAttribute(ATTRIBUTE, at);
    }

    static void renew(HttpSession session, Instant at) {
        session.setAttribute(ATTRIBUTE, at);
    }

    static Optional<Instant> of(HttpSession session) {
        return Optional.ofNullable((Instant) session.getAttribute(ATTRIBUTE));
    }
}
