package com.careerbridge.crm.notification;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A coaching session will not take place.
 *
 * @param consultantName who would have coached it
 * @param start          when it would have started
 * @param reason         the consultant's words, or {@code null}
 * @param portalLink     where the candidate can see their other sessions
 * @param invitation     the session's calendar entry, cancelled ({@code null} in mails queued before it existed)
 */
public record SessionCancelledMail(String consultantName, Instant start, String reason, URI portalLink,
                                   CalendarInvitation invitation) implements MailModel, CarriesInvitation {

    public SessionCancelledMail {
        Objects.requireNonNull(consultantName, "consultantName");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(portalLink, "portalLink");
    }
}
