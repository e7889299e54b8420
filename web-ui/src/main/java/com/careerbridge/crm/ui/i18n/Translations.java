package com.careerbridge.crm.ui.i18n;

import java.util.List;
import java.util.Locale;

/** The languages the UI speaks. Texts live in {@code vaadin-i18n/translations*.properties}. */
public final class Translations {

    public static final Locale KOREAN = Locale.KOREAN;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(KOREAN, ENGLISH);

    private Translations() {
    }

    /** The supported language closest to the wish; Korean when nothing matches (the consultancy's own language). */
    public static Locale closest(Locale wanted) {
        if (wanted == null) {
            return KOREAN;
        }
        return SUPPORTED.stream()
                .filter(locale -> locale.getLanguage().equals(wanted.getLanguage()))
                .findFirst()
                .orElse(KOREAN);
    }
}
