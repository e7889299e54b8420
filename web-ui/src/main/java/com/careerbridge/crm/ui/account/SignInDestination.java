package com.careerbridge.crm.ui.account;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.server.VaadinSession;

/**
 * Where someone was going when the second sign-in step stopped them (#20): a deep link opened while signed out reaches
 * the password form through Spring Security's saved request and comes back to that address, where the two-factor gate
 * holds it; once the step is done, this is where they go instead of the dashboard. The first address counts.
 */
final class SignInDestination {

    private static final String ATTRIBUTE = SignInDestination.class.getName();

    private SignInDestination() {
    }

    static void rememberFirst(Location wanted) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(ATTRIBUTE) == null) {
            session.setAttribute(ATTRIBUTE, wanted.getPathWithQueryParameters());
        }
    }

    /** Goes to the remembered address (forgotten as it is used), or to the dashboard when there is none. */
    static void go(com.vaadin.flow.component.UI ui) {
        Location wanted = new Location(take());
        ui.navigate(wanted.getPath(), wanted.getQueryParameters());
    }

    private static String take() {
        VaadinSession session = VaadinSession.getCurrent();
        Object wanted = session == null ? null : session.getAttribute(ATTRIBUTE);
        if (session != null) {
            session.setAttribute(ATTRIBUTE, null);
        }
        return wanted instanceof String path ? path : DashboardPath.VALUE;
    }
}
