package com.careerbridge.crm.notification;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A calendar entry that travels with a mail (RFC 5546): the same {@code uid} for every mail about one session, a
 * {@code sequence} that grows with each change, and whether it is a request (new or changed) or a cancellation.
 * Google Calendar, Outlook and Apple Calendar update the entry they already have instead of adding a second one.
 *
 * @param uid       stable for the session, e.g. {@code session-42@crm.example.com}
 * @param sequence  the session's version: it grows with every change
 * @param cancelled whether this is a {@code METHOD:CANCEL}
 * @param location  where, or {@code null}
 * @param url       the session in the portal, or {@code null}
 */
public record CalendarInvitation(String uid, int sequence, boolean cancelled, Instant start, Instant end,
                                 String location, URI url) {

    public CalendarInvitation {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (sequence < 0 || !end.isAfter(start)) {
            throw new IllegalArgumentException("A calendar entry needs a sequence ≥ 0 and an end after its start");
        }
    }

    /** The {@code METHOD} of the calendar part and of its content type. */
    public String method() {
        return cancelled ? "CANCEL" : "REQUEST";
    }
}
