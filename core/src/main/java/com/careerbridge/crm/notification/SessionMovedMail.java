package com.careerbridge.crm.notification;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A coaching session got a new time.
 *
 * @param consultantName who coaches the session
 * @param previousStart  the time it had
 * @param newStart       the time it has now
 * @param durationMinutes how long it is planned to last
 * @param location       where it takes place, or {@code null}
 * @param sessionLink    the session in the candidate portal
 * @param invitation     the session's calendar entry, updated ({@code null} in mails queued before it existed)
 */
public record SessionMovedMail(String consultantName, Instant previousStart, Instant newStart, int durationMinutes,
                               String location, URI sessionLink, CalendarInvitation invitation)
        implements MailModel, CarriesInvitation {

    public SessionMovedMail {
        Objects.requireNonNull(consultantName, "consultantName");
        Objects.requireNonNull(previousStart, "previousStart");
        Objects.requireNonNull(newStart, "newStart");
        Objects.requireNonNull(sessionLink, "sessionLink");
    }
}
