package com.careerbridge.crm.roleguide;

import java.time.Instant;

import com.careerbridge.crm.shared.Language;

/**
 * One guide in the library: its newest published version (if any) and whether a draft is being written.
 *
 * @param publishedVersionId null while the guide has never been published
 * @param draftVersionId     null when no draft exists
 */
public record GuideSummary(long guideId, String slug, boolean builtIn, String titleKo, String titleEn,
                           Integer latestPublished, Long publishedVersionId, Long draftVersionId, Instant updatedAt) {

    public String title(Language language) {
        return language == Language.EN ? titleEn : titleKo;
    }
}
