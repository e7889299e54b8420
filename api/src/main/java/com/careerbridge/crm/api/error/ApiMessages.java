package com.careerbridge.crm.api.error;

import java.util.List;
import java.util.Locale;

import com.careerbridge.crm.account.AuthenticatedUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The API's texts (problem titles and details, field messages) in the caller's language: Accept-Language when it names
 * one we have, otherwise the signed-in account's language, otherwise English. A bundle of its own, so that the web
 * UI's Vaadin translations and Spring's default message source are left alone.
 */
@Component
public class ApiMessages {

    public static final List<Locale> SUPPORTED = List.of(Locale.KOREAN, Locale.ENGLISH);

    private final MessageSource bundle;

    ApiMessages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/api-messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        this.bundle = source;
    }

    public Locale locale(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
                if (match != null) {
                    return match;
                }
            } catch (IllegalArgumentException malformedHeader) {
                // a broken header is no reason to fail the request: fall through to the account's language
            }
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user
                && Locale.KOREAN.getLanguage().equals(user.locale().getLanguage())) {
            return Locale.KOREAN;
        }
        return Locale.ENGLISH;
    }

    public String get(String key, Locale locale, Object... arguments) {
        return bundle.getMessage(key, arguments, locale);
    }

    /** The text of {@code key}, or of {@code fallbackKey} when the bundle has no entry for the specific one. */
    public String getOrFallback(String key, String fallbackKey, Locale locale, Object... arguments) {
        try {
            return bundle.getMessage(key, arguments, locale);
        } catch (NoSuchMessageException e) {
            return bundle.getMessage(fallbackKey, arguments, locale);
        }
    }
}
