package com.careerbridge.crm.api.booking;

import java.time.Instant;

import com.careerbridge.crm.booking.SessionType;
import com.careerbridge.crm.session.SessionMode;

/** A session type as staff see it, archived ones included. */
record SessionTypeView(long id, String nameKo, String nameEn, int durationMinutes, SessionMode mode,
                       String defaultLocation, int bufferBeforeMinutes, int bufferAfterMinutes, boolean selfBookable,
                       int changeCutoffMinutes, Long roleGuideId, boolean archived, long version, Instant updatedAt) {

    static SessionTypeView of(SessionType type) {
        return new SessionTypeView(type.getId(), type.getName().ko(), type.getName().en(), type.getDurationMinutes(),
                type.getMode(), type.getDefaultLocation(), type.getBufferBeforeMinutes(), type.getBufferAfterMinutes(),
                type.isSelfBookable(), type.getChangeCutoffMinutes(), type.getRoleGuideId(), type.isArchived(),
                type.getVersion(), type.getUpdatedAt());
    }
}
