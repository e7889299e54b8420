package com.careerbridge.crm.notification;

/** Whose id {@link MailRecipient#id()} is. Only candidates get an unsubscribe link: staff mail is part of the job. */
public enum RecipientKind {
    CANDIDATE,
    USER
}
