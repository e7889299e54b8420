package com.careerbridge.crm.notification;

import java.util.Locale;

/** The languages mails are written in; any other locale reads English. */
enum MailLanguage {
    KO,
    EN;

    static MailLanguage of(Locale locale) {
        return locale != null && "ko".equals(locale.getLanguage()) ? KO : EN;
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    Locale locale() {
        return this == KO ? Locale.KOREAN : Locale.ENGLISH;
    }
}
