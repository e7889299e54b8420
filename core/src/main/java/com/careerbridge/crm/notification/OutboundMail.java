package com.careerbridge.crm.notification;

import java.time.Instant;
import java.util.Objects;

/**
 * One logical message to plan.
 *
 * @param key       names the message so it can never be planned twice, e.g. {@code reminder:<sessionId>:<start>} or
 *                  {@code digest:<candidateId>:<isoWeek>}; at most {@value #MAX_KEY_LENGTH} characters, no personal data
 * @param recipient who gets it
 * @param model     what it says; its type decides the template
 * @param dueAt     not sent before this instant
 */
public record OutboundMail(String key, MailRecipient recipient, MailModel model, Instant dueAt) {

    public static final int MAX_KEY_LENGTH = 200;

    public OutboundMail {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(dueAt, "dueAt");
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("A message key has 1 to " + MAX_KEY_LENGTH + " characters");
        }
        MailTemplate.forModel(model);
    }

    /** A message to send as soon as the transaction that plans it commits. */
    public static OutboundMail now(String key, MailRecipient recipient, MailModel model, Instant now) {
        return new OutboundMail(key, recipient, model, now);
    }
}
