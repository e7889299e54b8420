package com.careerbridge.crm.ui.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;
import org.springframework.stereotype.Component;

/**
 * Makes an idle web session end the sign-in too. Vaadin's heartbeats keep the HTTP session alive for as long as a tab is
 * open, so the servlet container's timeout alone never fires; with {@code vaadin.closeIdleSessions=true} Vaadin closes
 * its own session once no user request came for the session timeout — but Spring Security's context lives in the HTTP
 * session and would sign the user straight back in. Ending the HTTP session with the Vaadin one sends the next
 * request to the login view.
 */
@Component
class IdleSessionEnd implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionDestroyListener(destroyed -> {
            WrappedSession session = destroyed.getSession().getSession();
            if (session != null) {
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyInvalid) {
                    // the HTTP session ended first (logout, container timeout) and took the Vaadin session with it
                }
            }
        });
    }
}
