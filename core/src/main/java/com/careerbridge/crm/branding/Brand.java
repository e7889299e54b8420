package com.careerbridge.crm.branding;

import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.LocalizedText;

/**
 * The consultancy as screens and e-mails name it: its name in both languages, whether it has a logo (and of which
 * type), and the version of both, which changes with every change and tags the logo for caches.
 */
public record Brand(LocalizedText name, String logoContentType, long version) {

    /** Where the API serves the logo; {@link #logoPath()} adds the version. */
    public static final String LOGO_PATH = "/api/v1/brand/logo";

    public String name(Language language) {
        return name.in(language);
    }

    public boolean hasLogo() {
        return logoContentType != null;
    }

    /**
     * The logo's root-relative address with the version in its query, so that a cache may keep it until the logo
     * changes; null without a logo.
     */
    public String logoPath() {
        return hasLogo() ? LOGO_PATH + "?v=" + version : null;
    }
}
