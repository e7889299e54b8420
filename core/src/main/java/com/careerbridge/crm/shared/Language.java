package com.careerbridge.crm.shared;

import java.util.Locale;

/** The two languages the consultancy works in. Stored as its ISO code. */
public enum Language {
    KO(Locale.KOREAN),
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    /** The language for a locale; Korean when it is neither (the consultancy's own language). */
    public static Language of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? EN : KO;
    }

    public static Language fromCode(String code) {
        for (Language language : values()) {
            if (language.code().equalsIgnoreCase(code)) {
                return language;
            }
        }
        throw new InvalidValueException("language", "invalid");
    }
}
