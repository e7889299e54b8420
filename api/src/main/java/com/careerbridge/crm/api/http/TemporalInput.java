package com.careerbridge.crm.api.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import com.careerbridge.crm.api.error.ValueOutOfRangeException;

/**
 * The one place where the API reads dates, times of day and instants from text — JSON bodies ({@link StrictJson}) and
 * query parameters ({@link ParameterBinding}) alike — and the range it accepts: the years 1900 to 9999.
 *
 * <p>Why this range: every date the product deals with (due dates, sessions, sync points) lies well inside it; it is
 * inside PostgreSQL's own limits ({@code date} and {@code timestamptz} stop at 4713 BC and 294276 AD, beyond which a
 * statement failed with a 500); four-digit years are what ISO 8601 writes without a sign and what the mobile
 * platforms' formatters produce; and it keeps clear of the calendar switch of 1582, where the JDBC driver's legacy
 * conversion shifts dates by days. A value outside it is a client's bug, answered with {@code out-of-range}.
 */
public final class TemporalInput {

    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);
    public static final Instant EARLIEST_INSTANT = EARLIEST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
    /** Exclusive: the first instant of the year 10000. */
    public static final Instant END_INSTANT = LATEST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    /** A calendar date only ({@code 2026-12-01}): a date-time in its place is refused, not cut to its date. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_LOCAL_TIME.withResolverStyle(ResolverStyle.STRICT);

    private TemporalInput() {
    }

    /**
     * @throws DateTimeParseException   when the text is not an ISO-8601 date
     * @throws ValueOutOfRangeException when the date lies outside 1900-01-01 … 9999-12-31
     */
    public static LocalDate date(String text) {
        LocalDate date = LocalDate.parse(text, DATE);
        if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
            throw new ValueOutOfRangeException("date outside " + EARLIEST_DATE + " … " + LATEST_DATE);
        }
        return date;
    }

    /** A time of day only ({@code 09:00}, {@code 09:00:30}): a date-time in its place is refused, not cut to its time. */
    public static LocalTime time(String text) {
        return LocalTime.parse(text, TIME);
    }

    /**
     * An ISO-8601 instant with {@code Z} or an offset ({@code 2026-12-01T09:00:00Z}, {@code 2026-12-01T18:00:00+09:00}).
     *
     * @throws DateTimeParseException   when the text is not such an instant
     * @throws ValueOutOfRangeException when it lies outside the years 1900 … 9999
     */
    public static Instant instant(String text) {
        Instant instant = Instant.parse(text);
        if (instant.isBefore(EARLIEST_INSTANT) || !instant.isBefore(END_INSTANT)) {
            throw new ValueOutOfRangeException("instant outside the years " + EARLIEST_DATE.getYear() + " … "
                    + LATEST_DATE.getYear());
        }
        return instant;
    }
}
