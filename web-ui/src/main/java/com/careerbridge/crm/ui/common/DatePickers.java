package com.careerbridge.crm.ui.common;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.data.binder.Result;

/**
 * Every date picker of the UI set up one way (#20): the language's own format for display and typing, ISO
 * {@code yyyy-MM-dd} accepted everywhere (in the browser and again on the server, so that a date the browser could
 * not read is never silently dropped), month and weekday names and the picker's buttons and error messages in the
 * language shown. A field that still holds text nobody could read is invalid and says so; forms ask
 * {@link #unreadable(DatePicker...)} before they submit.
 */
public final class DatePickers {

    /** The first format is the one shown; all are accepted when typing. Vaadin's tokens: yyyy, MM, M, dd, d. */
    private static final List<String> KO_FORMATS = List.of("yyyy-MM-dd", "yyyy.MM.dd", "yyyy.M.d", "yyyy/MM/dd");
    private static final List<String> EN_FORMATS = List.of("M/d/yyyy", "yyyy-MM-dd", "MM/dd/yyyy");

    private DatePickers() {
    }

    /** Sets up the picker for the language of the current UI. */
    public static DatePicker localize(DatePicker picker) {
        return localize(picker, picker.getLocale());
    }

    public static DatePicker localize(DatePicker picker, Locale locale) {
        Locale language = Formats.isKorean(locale) ? Locale.KOREAN : Locale.ENGLISH;
        List<String> formats = language == Locale.KOREAN ? KO_FORMATS : EN_FORMATS;
        picker.setLocale(language == Locale.KOREAN ? Locale.KOREA : Locale.US);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats(formats.getFirst(), formats.subList(1, formats.size()).toArray(String[]::new));
        i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL, language)).toList());
        // Vaadin lists weekdays from Sunday.
        List<DayOfWeek> fromSunday = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        i18n.setWeekdays(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.FULL, language)).toList());
        i18n.setWeekdaysShort(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.SHORT, language)).toList());
        i18n.setFirstDayOfWeek(0);
        i18n.setToday(picker.getTranslation(locale, "datepicker.today"));
        i18n.setCancel(picker.getTranslation(locale, "datepicker.cancel"));
        String example = example(formats.getFirst());
        i18n.setBadInputErrorMessage(picker.getTranslation(locale, "datepicker.bad-input", example));
        i18n.setRequiredErrorMessage(picker.getTranslation(locale, "error.required"));
        i18n.setMinErrorMessage(picker.getTranslation(locale, "datepicker.too-early"));
        i18n.setMaxErrorMessage(picker.getTranslation(locale, "datepicker.too-late"));
        picker.setI18n(i18n);
        if (picker.getPlaceholder() == null || picker.getPlaceholder().isEmpty()) {
            picker.setPlaceholder(example);
        }
        String unreadable = i18n.getBadInputErrorMessage();
        // What the browser could not read (another language's format, an old browser) is tried again here.
        picker.setFallbackParser(text -> {
            LocalDate parsed = parse(text, formats);
            return parsed == null ? Result.error(unreadable) : Result.ok(parsed);
        });
        return picker;
    }

    /** The first picker that holds text it cannot read (or a date outside its range), focused and marked; else null. */
    public static DatePicker unreadable(DatePicker... pickers) {
        for (DatePicker picker : pickers) {
            if (picker != null && picker.isInvalid()) {
                picker.focus();
                return picker;
            }
        }
        return null;
    }

    /** Parses typed text with the given Vaadin-style formats (and ISO), strictly; null when none fits. */
    static LocalDate parse(String text, List<String> formats) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        for (String format : formats) {
            try {
                DateTimeFormatter formatter = DateTimeFormatter.ofPattern(format.replace("yyyy", "uuuu"), Locale.ROOT)
                        .withResolverStyle(ResolverStyle.STRICT);
                return LocalDate.parse(trimmed, formatter);
            } catch (DateTimeParseException | IllegalArgumentException notThisOne) {
                // next format
            }
        }
        try {
            return LocalDate.parse(trimmed);
        } catch (DateTimeParseException notIso) {
            return null;
        }
    }

    private static String example(String format) {
        return format.startsWith("yyyy") ? "YYYY-MM-DD" : "MM/DD/YYYY";
    }
}
