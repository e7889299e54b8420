package com.careerbridge.crm.notification;

import java.util.Arrays;

/**
 * Every kind of mail the system sends, with the record that carries its data. The files live in
 * {@code mail/<name>/<language>.html} and {@code mail/<name>/<language>.txt} (the text file starts with a
 * {@code Subject:} line). Adding a mail: a record implementing {@link MailModel}, a constant here, four files.
 */
public enum MailTemplate {

    INVITATION("invitation", InvitationMail.class, true),
    PASSWORD_RESET("password-reset", PasswordResetMail.class, true),
    SESSION_SCHEDULED("session-scheduled", SessionScheduledMail.class, false),
    SESSION_REMINDER("session-reminder", SessionReminderMail.class, false),
    SESSION_MOVED("session-moved", SessionMovedMail.class, false),
    SESSION_CANCELLED("session-cancelled", SessionCancelledMail.class, false),
    WEEKLY_DIGEST("weekly-digest", WeeklyDigestMail.class, false),
    OFFER_NEWS("offer-news", OfferNewsMail.class, false),
    BOOKING_NOTICE("booking-notice", BookingNoticeMail.class, false),
    MESSAGE_NOTICE("message-notice", MessageNoticeMail.class, false);

    private final String templateName;
    private final Class<? extends MailModel> modelType;
    private final boolean containsSecret;

    MailTemplate(String templateName, Class<? extends MailModel> modelType, boolean containsSecret) {
        this.templateName = templateName;
        this.modelType = modelType;
        this.containsSecret = containsSecret;
    }

    /** The folder of the template files and the value stored in the outbox. */
    public String templateName() {
        return templateName;
    }

    public Class<? extends MailModel> modelType() {
        return modelType;
    }

    /**
     * Whether the mail carries a credential (a set-password or reset link). Its model and bodies are wiped from the
     * outbox once it has been sent, so that the "sent e-mails" view cannot be used to take over an account.
     */
    public boolean containsSecret() {
        return containsSecret;
    }

    public static MailTemplate forModel(MailModel model) {
        return Arrays.stream(values()).filter(t -> t.modelType == model.getClass()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No mail template for " + model.getClass().getName()));
    }

    public static MailTemplate byName(String templateName) {
        return find(templateName)
                .orElseThrow(() -> new IllegalArgumentException("Unknown mail template " + templateName));
    }

    /** The template stored under this name, if this version knows it (rows may outlive a template). */
    public static java.util.Optional<MailTemplate> find(String templateName) {
        return Arrays.stream(values()).filter(t -> t.templateName.equals(templateName)).findFirst();
    }
}
