package com.careerbridge.crm.booking;

import com.careerbridge.crm.session.SessionMode;
import com.careerbridge.crm.shared.LocalizedText;
import com.careerbridge.crm.shared.Violations;

/**
 * A session type as an admin enters it. {@code changeCutoffMinutes}: how long before the start a candidate may still
 * move or cancel it themselves (afterwards only the consultant can). {@code roleGuideId}: the role guide it serves,
 * optional.
 */
public record SessionTypeForm(LocalizedText name, int durationMinutes, SessionMode mode, String defaultLocation,
                              int bufferBeforeMinutes, int bufferAfterMinutes, boolean selfBookable,
                              int changeCutoffMinutes, Long roleGuideId) {

    public static final int NAME_MAX = 120;
    public static final int LOCATION_MAX = 500;
    public static final int MIN_DURATION = 5;
    public static final int MAX_DURATION = 480;
    public static final int MAX_BUFFER = 120;
    /** Two weeks. */
    public static final int MAX_CUTOFF = 20_160;

    /** A new type's defaults: 60 minutes online, bookable by candidates, changeable until 24 hours before. */
    public static SessionTypeForm defaults() {
        return new SessionTypeForm(LocalizedText.of("", ""), 60, SessionMode.ONLINE, null, 0, 0, true, 1440, null);
    }

    void validate() {
        Violations violations = new Violations()
                .required("nameKo", name == null ? null : name.ko())
                .required("nameEn", name == null ? null : name.en())
                .required("mode", mode)
                .between("durationMinutes", durationMinutes, MIN_DURATION, MAX_DURATION)
                .between("bufferBeforeMinutes", bufferBeforeMinutes, 0, MAX_BUFFER)
                .between("bufferAfterMinutes", bufferAfterMinutes, 0, MAX_BUFFER)
                .between("changeCutoffMinutes", changeCutoffMinutes, 0, MAX_CUTOFF)
                .maxLength("defaultLocation", defaultLocation, LOCATION_MAX)
                .noControlCharacters("defaultLocation", defaultLocation);
        if (name != null) {
            violations.maxLength("nameKo", name.ko(), NAME_MAX).noControlCharacters("nameKo", name.ko())
                    .maxLength("nameEn", name.en(), NAME_MAX).noControlCharacters("nameEn", name.en());
        }
        violations.throwIfAny();
    }
}
