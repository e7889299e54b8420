package com.careerbridge.crm.api.http;

import java.util.Locale;

import com.careerbridge.crm.shared.Language;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

/** The language content is shown in: Accept-Language when it names Korean or English, else the person's own. */
public final class ClientLanguage {

    private ClientLanguage() {
    }

    public static Language of(HttpServletRequest request, Language fallback) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return fallback;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                if (language.equals("ko")) {
                    return Language.KO;
                }
                if (language.equals("en")) {
                    return Language.EN;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return fallback;
        }
        return fallback;
    }
}
