package com.careerbridge.crm.notification;

/**
 * A mail ready to send: its subject, the HTML and plain-text alternatives of the same body, the sender's name (the
 * consultancy's, in the mail's language) and, for a mail about a calendar entry, that entry (else {@code null}).
 */
public record RenderedMail(String subject, String html, String text, String senderName,
                           CalendarInvitation invitation) {

    public RenderedMail(String subject, String html, String text, String senderName) {
        this(subject, html, text, senderName, null);
    }

    RenderedMail with(CalendarInvitation entry) {
        return new RenderedMail(subject, html, text, senderName, entry);
    }
}
