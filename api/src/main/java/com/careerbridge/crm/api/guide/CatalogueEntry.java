package com.careerbridge.crm.api.guide;

import java.time.Instant;

import com.careerbridge.crm.roleguide.GuideSummary;
import com.careerbridge.crm.shared.Language;

/** A published guide in the catalogue: its title in the language asked for and in both, and its newest version. */
record CatalogueEntry(long guideId, String slug, boolean builtIn, String title, String titleKo, String titleEn,
                      int latestVersion, Instant updatedAt) {

    static CatalogueEntry of(GuideSummary summary, Language language) {
        return new CatalogueEntry(summary.guideId(), summary.slug(), summary.builtIn(), summary.title(language),
                summary.titleKo(), summary.titleEn(), summary.latestPublished(), summary.updatedAt());
    }
}
