package com.careerbridge.crm.roleguide;

/**
 * What a list shows of a guide version without its content: its number, its titles, and the guide's newest published
 * number (to tell whether a newer version exists).
 */
public record VersionHeading(long versionId, long guideId, int number, Integer latestPublished, String titleKo,
                             String titleEn) {
}
