package com.careerbridge.crm.notification;

/**
 * One message with its rendered bodies, as kept in the outbox.
 *
 * @param withheld the bodies exist but are not for this reader: the mail carries a sign-in link that only its
 *                 recipient (and an administrator delivering captured mail by hand) may see
 */
public record StoredMail(OutboxEntry entry, String html, String text, boolean withheld) {

    public StoredMail(OutboxEntry entry, String html, String text) {
        this(entry, html, text, false);
    }

    /** The entry without its bodies, marked as withheld. */
    public StoredMail withoutContent() {
        return new StoredMail(entry, null, null, true);
    }
}
