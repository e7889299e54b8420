package com.careerbridge.crm.ui.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.careerbridge.crm.shared.Language;

/**
 * Dates and times the way each language's readers expect them: Korean as {@code 2026년 11월 30일 (월) 오후 3:00},
 * English as {@code Mon, 30 Nov 2026, 3:00 PM}. Times are shown in the zone that matters to the reader.
 */
public final class Formats {

    private static final DateTimeFormatter KO_DATE = DateTimeFormatter.ofPattern("yyyy년 M월 d일 (E)", Locale.KOREAN);
    private static final DateTimeFormatter KO_SHORT_DATE = DateTimeFormatter.ofPattern("M월 d일 (E)", Locale.KOREAN);
    private static final DateTimeFormatter KO_TIME = DateTimeFormatter.ofPattern("a h:mm", Locale.KOREAN);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter EN_SHORT_DATE = DateTimeFormatter.ofPattern("EEE, d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter EN_TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);

    private Formats() {
    }

    public static String date(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return (isKorean(locale) ? KO_DATE : EN_DATE).format(date);
    }

    public static String shortDate(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return (isKorean(locale) ? KO_SHORT_DATE : EN_SHORT_DATE).format(date);
    }

    public static String time(Instant instant, ZoneId zone, Locale locale) {
        if (instant == null) {
            return "";
        }
        return (isKorean(locale) ? KO_TIME : EN_TIME).format(instant.atZone(zone));
    }

    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime at = instant.atZone(zone);
        return date(at.toLocalDate(), locale) + (isKorean(locale) ? " " : ", ") + time(instant, zone, locale);
    }

    public static Locale locale(Language language) {
        return language.locale();
    }

    static boolean isKorean(Locale locale) {
        return locale == null || "ko".equals(locale.getLanguage());
    }
}
