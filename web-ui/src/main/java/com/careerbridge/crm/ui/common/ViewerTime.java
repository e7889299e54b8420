package com.careerbridge.crm.ui.common;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import com.careerbridge.crm.shared.Office;
import com.vaadin.flow.server.VaadinSession;

/**
 * The time zone the person at the screen reads times in. Staff accounts have no zone of their own, so it is the
 * office's ({@link Office}, a setting). It is kept on the Vaadin session when the session starts, like the locale, so
 * that every component, grid column and dialog finds it without being handed it.
 */
public final class ViewerTime {

    private ViewerTime() {
    }

    /** Called once per Vaadin session by the session set-up. */
    public static void start(VaadinSession session, Office office) {
        session.setAttribute(Office.class, office);
    }

    public static Office office() {
        VaadinSession session = VaadinSession.getCurrent();
        Office office = session == null ? null : session.getAttribute(Office.class);
        return office == null ? Office.DEFAULT : office;
    }

    public static ZoneId zone() {
        return office().timeZone();
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(zone()));
    }
}
