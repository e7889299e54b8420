package com.careerbridge.crm.notification;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * Tells someone that messages wait for them, without the messages themselves (private talk stays in the application):
 * who wrote, and a link to read it — the portal for a candidate, the candidate's page for staff.
 *
 * @param writers     who wrote the unread messages, as their names are shown (at least one)
 * @param toCandidate whether the reader is the candidate (otherwise staff)
 * @param link        where to read and answer
 */
public record MessageNoticeMail(List<String> writers, boolean toCandidate, URI link) implements MailModel {

    public MessageNoticeMail {
        writers = List.copyOf(writers);
        if (writers.isEmpty()) {
            throw new IllegalArgumentException("writers");
        }
        Objects.requireNonNull(link, "link");
    }
}
