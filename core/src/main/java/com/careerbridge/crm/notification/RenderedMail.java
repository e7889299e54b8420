package com.careerbridge.crm.notification;

/**
 * A mail ready to send: its subject, the HTML and plain-text alternatives of the same body, and the sender's name (the
 * consultancy's, in the mail's language).
 */
public record RenderedMail(String subject, String html, String text, String senderName) {
}
