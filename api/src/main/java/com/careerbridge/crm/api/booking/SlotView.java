package com.careerbridge.crm.api.booking;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import com.careerbridge.crm.booking.Slot;

/** A bookable time, {@code [start, end)} in UTC; {@code localStart} is the start on the clock of the zone asked for. */
public record SlotView(Instant start, Instant end, LocalDateTime localStart) {

    static SlotView of(Slot slot, ZoneId zone) {
        return new SlotView(slot.start(), slot.end(), slot.startIn(zone).toLocalDateTime());
    }
}
