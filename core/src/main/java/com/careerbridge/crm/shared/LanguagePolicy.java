package com.careerbridge.crm.shared;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * How the language of anything a person reads is chosen, the same in the web UI, the API and e-mail: the person's
 * account setting, else the candidate record's preferred language, else what the client asks for
 * ({@code Accept-Language}, the browser), else the office's default. Each step may be absent.
 */
@Component
public class LanguagePolicy {

    private final Office office;

    public LanguagePolicy(Office office) {
        this.office = office;
    }

    /**
     * @param account        the signed-in account's language, or {@code null} (anonymous, or never chosen)
     * @param candidate      the candidate record's preferred language, or {@code null} (staff, or no candidate)
     * @param acceptLanguage the client's {@code Accept-Language} header, or {@code null}
     */
    public Language choose(Language account, Language candidate, String acceptLanguage) {
        if (account != null) {
            return account;
        }
        if (candidate != null) {
            return candidate;
        }
        return requested(acceptLanguage).orElse(office.defaultLanguage());
    }

    public Language defaultLanguage() {
        return office.defaultLanguage();
    }

    /** The first of our languages in an {@code Accept-Language} header, in the client's order of preference. */
    public static Optional<Language> requested(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Optional.empty();
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                if (range.getWeight() <= 0) {
                    continue;
                }
                Optional<Language> language = supported(range.getRange().split("-")[0]);
                if (language.isPresent()) {
                    return language;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** One of our languages for a locale, if it is one of them. */
    public static Optional<Language> supported(Locale locale) {
        return locale == null ? Optional.empty() : supported(locale.getLanguage());
    }

    private static Optional<Language> supported(String code) {
        for (Language language : Language.values()) {
            if (language.code().equalsIgnoreCase(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
