package com.careerbridge.crm.ui.common;

import java.time.DateTimeException;
import java.time.ZoneId;

import com.vaadin.flow.component.UI;

/**
 * The time zone of the browser in front of the screen, for pages where a person picks a time on their own clock (the
 * candidate's booking page). Vaadin reads it from the browser when the page loads; without one (an unknown or odd
 * name, or no browser at all) it is the office's zone ({@link ViewerTime}).
 */
public final class BrowserZone {

    private BrowserZone() {
    }

    public static ZoneId current() {
        UI ui = UI.getCurrent();
        ZoneId browser = ui == null ? null : parse(ui.getPage().getExtendedClientDetails().getTimeZoneId());
        return browser != null ? browser : ViewerTime.zone();
    }

    /** The zone named, or null for a missing or unknown name. */
    static ZoneId parse(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }
}
