package com.careerbridge.crm.notification;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Tells a consultant what a candidate did in self-service: booked a session, moved it or cancelled it, with the
 * calendar entry for the consultant's own calendar.
 *
 * @param candidateName   who did it
 * @param change          {@code booked}, {@code moved} or {@code cancelled}
 * @param start           when the session starts (for a cancellation: started)
 * @param previousStart   the time it had before a move, else {@code null}
 * @param durationMinutes how long it lasts
 * @param sessionTypeName the type booked, in the consultant's language, or {@code null}
 * @param note            the candidate's note (their agenda or cancellation reason), or {@code null}
 * @param candidateLink   the candidate's page
 * @param invitation      the session's calendar entry (a cancellation withdraws it)
 */
public record BookingNoticeMail(String candidateName, String change, Instant start, Instant previousStart,
                                int durationMinutes, String sessionTypeName, String note, URI candidateLink,
                                CalendarInvitation invitation)
        implements MailModel, CarriesInvitation {

    public static final Set<String> CHANGES = Set.of("booked", "moved", "cancelled");

    public BookingNoticeMail {
        Objects.requireNonNull(candidateName, "candidateName");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(candidateLink, "candidateLink");
        if (!CHANGES.contains(change)) {
            throw new IllegalArgumentException("change: " + change);
        }
    }
}
