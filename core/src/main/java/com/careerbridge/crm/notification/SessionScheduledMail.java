package com.careerbridge.crm.notification;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A coaching session was planned for the candidate (by their consultant, or booked by themselves), with its calendar
 * entry so that it lands in their calendar at once; the reminder a day before follows as before.
 *
 * @param consultantName  who coaches the session
 * @param start           when it starts
 * @param durationMinutes how long it is planned to last
 * @param location        where it takes place, or {@code null}
 * @param sessionLink     the session in the candidate portal
 * @param invitation      the session's calendar entry
 */
public record SessionScheduledMail(String consultantName, Instant start, int durationMinutes, String location,
                                   URI sessionLink, CalendarInvitation invitation)
        implements MailModel, CarriesInvitation {

    public SessionScheduledMail {
        Objects.requireNonNull(consultantName, "consultantName");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(sessionLink, "sessionLink");
    }
}
