package com.careerbridge.crm.notification;

/**
 * The data one kind of mail needs, as a record whose components become the template's variables. Stored as JSON in the
 * outbox until the mail is sent, so components must be plain values (strings, numbers, {@code Instant}, {@code URI}).
 * Each implementation is registered with its template in {@link MailTemplate}.
 */
public interface MailModel {
}
