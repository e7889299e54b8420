package com.careerbridge.crm.notification;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A coaching session starts in about a day.
 *
 * @param consultantName who coaches the session
 * @param start          when it starts (shown in the recipient's zone and language)
 * @param durationMinutes how long it is planned to last
 * @param location       where it takes place, or {@code null} when the session link says it all
 * @param sessionLink    the session in the candidate portal
 */
public record SessionReminderMail(String consultantName, Instant start, int durationMinutes, String location,
                                  URI sessionLink) implements MailModel {

    public SessionReminderMail {
        Objects.requireNonNull(consultantName, "consultantName");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(sessionLink, "sessionLink");
    }
}
