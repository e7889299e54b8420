package com.careerbridge.crm.booking;

import java.time.Duration;

import com.careerbridge.crm.session.SessionMode;
import com.careerbridge.crm.shared.LocalizedText;

/** A session type as a candidate sees it when booking. */
public record OfferedType(long id, LocalizedText name, Duration duration, SessionMode mode, String defaultLocation,
                          Duration changeCutoff, Long roleGuideId) {

    static OfferedType of(SessionType type) {
        return new OfferedType(type.getId(), type.getName(), type.getDuration(), type.getMode(), type.getDefaultLocation(),
                type.getChangeCutoff(), type.getRoleGuideId());
    }
}
