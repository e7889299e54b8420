package com.careerbridge.crm.notification;

/** A message as it was rendered when sent or captured, for the staff's "sent e-mails" view. */
public record StoredMail(OutboxEntry entry, String html, String text) {
}
