package com.careerbridge.crm.api.booking;

import com.careerbridge.crm.booking.OfferedType;
import com.careerbridge.crm.session.SessionMode;
import com.careerbridge.crm.shared.Language;

/** A session type a candidate may book: its name in the language asked for and in both. */
record OfferedTypeView(long id, String name, String nameKo, String nameEn, long durationMinutes, SessionMode mode,
                       String defaultLocation, long changeCutoffMinutes, Long roleGuideId) {

    static OfferedTypeView of(OfferedType type, Language language) {
        return new OfferedTypeView(type.id(), type.name().in(language), type.name().ko(), type.name().en(),
                type.duration().toMinutes(), type.mode(), type.defaultLocation(), type.changeCutoff().toMinutes(),
                type.roleGuideId());
    }
}
