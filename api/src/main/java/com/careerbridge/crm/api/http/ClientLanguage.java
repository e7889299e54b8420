package com.careerbridge.crm.api.http;

import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.LanguagePolicy;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

/** The language a client asks for in {@code Accept-Language}, read as core's {@link LanguagePolicy} reads it. */
public final class ClientLanguage {

    private ClientLanguage() {
    }

    public static Language of(HttpServletRequest request, Language fallback) {
        return LanguagePolicy.requested(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)).orElse(fallback);
    }
}
