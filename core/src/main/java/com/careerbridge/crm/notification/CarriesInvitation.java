package com.careerbridge.crm.notification;

/**
 * A mail about a calendar entry: it carries the entry, which is sent along as a {@code text/calendar} part. Mails
 * queued before the entry was added read it back as {@code null} and go out without one.
 */
public interface CarriesInvitation {

    CalendarInvitation invitation();
}
