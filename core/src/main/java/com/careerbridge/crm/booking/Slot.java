package com.careerbridge.crm.booking;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

import com.careerbridge.crm.shared.InvalidValueException;

/**
 * A session that can be booked, {@code [start, end)} in real time, without its buffers. Kept as instants so that every
 * reader renders it in their own zone; the same slot is 21:00 in Seoul and 13:00 or 14:00 in Berlin depending on the date.
 */
public record Slot(Instant start, Instant end) {

    public Slot {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new InvalidValueException("end", "before-start");
        }
    }

    public ZonedDateTime startIn(ZoneId zone) {
        return start.atZone(zone);
    }

    public ZonedDateTime endIn(ZoneId zone) {
        return end.atZone(zone);
    }
}
