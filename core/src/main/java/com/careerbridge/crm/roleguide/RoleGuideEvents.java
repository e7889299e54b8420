package com.careerbridge.crm.roleguide;

/** Facts about guides that other features react to. */
public final class RoleGuideEvents {

    private RoleGuideEvents() {
    }

    /** A new version was published; holders of older versions can now be told that a newer one exists. */
    public record GuideVersionPublished(long guideId, long versionId, int number, Long actorId) {
    }
}
