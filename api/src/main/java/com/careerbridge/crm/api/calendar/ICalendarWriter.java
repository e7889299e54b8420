package com.careerbridge.crm.api.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes the few parts of RFC 5545 a session feed needs, by hand: CRLF line ends, lines folded at 75 octets (never
 * inside a UTF-8 character), TEXT values escaped, times in UTC (so no VTIMEZONE is needed and every calendar app
 * shows the right local time).
 */
final class ICalendarWriter {

    static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** One event: the session id makes the UID, so an app updates the same entry when the session moves. */
    record Event(String uid, Instant stamp, Instant created, Instant lastModified, long sequence, Instant start,
                 Instant end, String summary, String location, String description, boolean cancelled) {
    }

    private final StringBuilder out = new StringBuilder();

    static String calendar(String name, List<Event> events) {
        ICalendarWriter writer = new ICalendarWriter();
        writer.line("BEGIN:VCALENDAR");
        writer.line("VERSION:2.0");
        writer.line("PRODID:-//CareerBridge//CareerBridge CRM//EN");
        writer.line("CALSCALE:GREGORIAN");
        writer.line("X-WR-CALNAME:" + escape(name));
        writer.line("NAME:" + escape(name));
        // RFC 7986: how often subscribers should look again
        writer.line("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
        writer.line("X-PUBLISHED-TTL:PT1H");
        for (Event event : events) {
            writer.line("BEGIN:VEVENT");
            writer.line("UID:" + event.uid());
            writer.line("DTSTAMP:" + UTC.format(event.stamp()));
            writer.line("CREATED:" + UTC.format(event.created()));
            writer.line("LAST-MODIFIED:" + UTC.format(event.lastModified()));
            writer.line("SEQUENCE:" + event.sequence());
            writer.line("DTSTART:" + UTC.format(event.start()));
            writer.line("DTEND:" + UTC.format(event.end()));
            writer.line("SUMMARY:" + escape(event.summary()));
            if (event.location() != null && !event.location().isBlank()) {
                writer.line("LOCATION:" + escape(event.location()));
            }
            if (event.description() != null && !event.description().isBlank()) {
                writer.line("DESCRIPTION:" + escape(event.description()));
            }
            writer.line("STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
            writer.line("TRANSP:" + (event.cancelled() ? "TRANSPARENT" : "OPAQUE"));
            writer.line("END:VEVENT");
        }
        writer.line("END:VCALENDAR");
        return writer.out.toString();
    }

    /** RFC 5545 3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\r' -> {
                    escaped.append("\\n");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> escaped.append("\\n");
                default -> {
                    // other control characters are not allowed in TEXT
                    if (c >= 0x20 || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** RFC 5545 3.1: a line longer than 75 octets continues on the next line after a CRLF and one space. */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder(line.length() + 8);
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int codePoint = line.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                folded.append(CRLF).append(' ');
                octets = 1;
            }
            folded.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }

    private void line(String content) {
        out.append(fold(content)).append(CRLF);
    }
}
