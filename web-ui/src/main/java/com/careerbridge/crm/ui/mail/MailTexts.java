package com.careerbridge.crm.ui.mail;

import java.time.Instant;
import java.util.Locale;

import com.careerbridge.crm.notification.MailTemplate;
import com.careerbridge.crm.notification.OutboxStatus;
import com.careerbridge.crm.ui.common.Formats;
import com.careerbridge.crm.ui.common.ViewerTime;
import com.vaadin.flow.component.Component;

/** Translated names and times for the mail views. */
final class MailTexts {

    private MailTexts() {
    }

    static String status(Component context, OutboxStatus status) {
        return context.getTranslation("mail.status." + status.name());
    }

    static String template(Component context, String templateName) {
        return context.getTranslation("mail.template." + templateName);
    }

    static String template(Component context, MailTemplate template) {
        return template(context, template.templateName());
    }

    static String time(Component context, Instant instant) {
        Locale locale = context.getUI().map(com.vaadin.flow.component.UI::getLocale)
                .orElseGet(() -> com.vaadin.flow.component.UI.getCurrent() == null ? Locale.KOREAN
                        : com.vaadin.flow.component.UI.getCurrent().getLocale());
        return Formats.dateTime(instant, ViewerTime.zone(), locale);
    }
}
