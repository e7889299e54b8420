package com.careerbridge.crm.branding;

import com.careerbridge.crm.shared.InvalidValueException;

/**
 * An uploaded logo the consultancy cannot show: not a PNG or JPEG by its content (whatever the file is called), too
 * large in bytes or in pixels, or not an image that can be read. A field error at {@value #FIELD}, so that both front
 * ends show it where the logo is chosen ({@code error.<reason>} in their bundles).
 */
public class LogoRefusedException extends InvalidValueException {

    public static final String FIELD = "logo";

    /** Neither PNG nor JPEG (a GIF, an SVG, an HTML page named .png, …). */
    public static final String NOT_PNG_OR_JPEG = "logo-type";
    /** More than {@value ConsultancyProfile#LOGO_MAX_BYTES} bytes. */
    public static final String TOO_LARGE = "logo-too-large";
    /** Wider or taller than {@value ConsultancyProfile#LOGO_MAX_SIDE} pixels. */
    public static final String TOO_MANY_PIXELS = "logo-dimensions";
    /** Starts like a PNG or JPEG but cannot be decoded. */
    public static final String UNREADABLE = "logo-unreadable";

    LogoRefusedException(String reason) {
        super(FIELD, reason);
    }

    public String reason() {
        return violations().getFirst().reason();
    }
}
