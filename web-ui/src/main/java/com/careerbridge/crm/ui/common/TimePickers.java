package com.careerbridge.crm.ui.common;

import java.util.Locale;

import com.vaadin.flow.component.timepicker.TimePicker;

/**
 * Every time picker set up one way (#20), like {@link DatePickers}: the language's own way of writing a time (Korean
 * "오후 3:00", English "3:00 PM") and the picker's error messages from our bundles instead of Vaadin's English ones.
 */
public final class TimePickers {

    private TimePickers() {
    }

    /** Sets up the picker for the language of the current UI. */
    public static TimePicker localize(TimePicker picker) {
        return localize(picker, picker.getLocale());
    }

    public static TimePicker localize(TimePicker picker, Locale locale) {
        picker.setLocale(Formats.isKorean(locale) ? Locale.KOREA : Locale.US);
        picker.setI18n(new TimePicker.TimePickerI18n()
                .setBadInputErrorMessage(picker.getTranslation(locale, "timepicker.bad-input"))
                .setRequiredErrorMessage(picker.getTranslation(locale, "error.required"))
                .setMinErrorMessage(picker.getTranslation(locale, "timepicker.too-early"))
                .setMaxErrorMessage(picker.getTranslation(locale, "timepicker.too-late")));
        return picker;
    }
}
