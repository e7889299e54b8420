package com.careerbridge.crm.api.error;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Remembers on the request that its {@code If-Match} was checked, so that the exception mapping answers a stale
 * version with 412 (the client's precondition failed) rather than 409. Set by the HTTP helpers, read here: kept in
 * this package so that {@code error} needs nothing from {@code http} (which builds on {@code error}).
 */
public final class ConditionalRequests {

    private static final String IF_MATCH_CHECKED = ConditionalRequests.class.getName() + ".IF_MATCH_CHECKED";

    private ConditionalRequests() {
    }

    public static void markIfMatchChecked(HttpServletRequest request) {
        request.setAttribute(IF_MATCH_CHECKED, Boolean.TRUE);
    }

    public static boolean ifMatchWasChecked(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(IF_MATCH_CHECKED));
    }
}
