package com.careerbridge.crm.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as the reader expects them, in their own zone: {@code 2026년 11월 30일 (월) 오후 3:00} in Korean,
 * {@code Mon, 30 Nov 2026, 3:00 PM KST} in English. Templates reach it as {@code fmt}.
 */
public final class MailFormats {

    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;

    private MailFormats(DateTimeFormatter dateTime, DateTimeFormatter date, DateTimeFormatter time) {
        this.dateTime = dateTime;
        this.date = date;
        this.time = time;
    }

    /**
     * @param officeZone where the consultancy and most candidates are: Korean readers there need no zone name after
     *                   the time
     */
    public static MailFormats of(Locale locale, ZoneId zone, ZoneId officeZone) {
        if (MailLanguage.of(locale) == MailLanguage.KO) {
            String zoneSuffix = zone.equals(officeZone) ? "" : " (z)";
            return new MailFormats(
                    DateTimeFormatter.ofPattern("yyyy년 M월 d일 (E) a h:mm" + zoneSuffix, Locale.KOREAN).withZone(zone),
                    DateTimeFormatter.ofPattern("yyyy년 M월 d일 (E)", Locale.KOREAN).withZone(zone),
                    DateTimeFormatter.ofPattern("a h:mm" + zoneSuffix, Locale.KOREAN).withZone(zone));
        }
        return new MailFormats(
                DateTimeFormatter.ofPattern("EEE, d MMM yyyy, h:mm a z", Locale.ENGLISH).withZone(zone),
                DateTimeFormatter.ofPattern("EEE, d MMM yyyy", Locale.ENGLISH).withZone(zone),
                DateTimeFormatter.ofPattern("h:mm a z", Locale.ENGLISH).withZone(zone));
    }

    public String dateTime(Instant instant) {
        return dateTime.format(instant);
    }

    public String date(Instant instant) {
        return date.format(instant);
    }

    public String time(Instant instant) {
        return time.format(instant);
    }
}
