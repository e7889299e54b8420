package com.careerbridge.crm.shared;

/**
 * Optimistic locking at the service boundary: a change carries the version its author saw, and fails with
 * {@link ConflictException#stale()} if someone saved in between — even before Hibernate would notice at flush.
 */
public final class Versions {

    private Versions() {
    }

    public static void require(BaseEntity entity, long expectedVersion) {
        if (entity.getVersion() != expectedVersion) {
            throw ConflictException.stale();
        }
    }
}
