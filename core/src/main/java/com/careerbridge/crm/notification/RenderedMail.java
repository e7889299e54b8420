package com.careerbridge.crm.notification;

/** A mail ready to send: its subject and the HTML and plain-text alternatives of the same body. */
public record RenderedMail(String subject, String html, String text) {
}
