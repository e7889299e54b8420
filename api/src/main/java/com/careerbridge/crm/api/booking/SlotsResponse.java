package com.careerbridge.crm.api.booking;

import java.util.List;

import com.careerbridge.crm.booking.Booking;

/** The free slots of one session type, soonest first, with the zone whose days were asked for. */
record SlotsResponse(long typeId, String zone, List<SlotView> slots) {

    static SlotsResponse of(Booking.Slots slots) {
        return new SlotsResponse(slots.type().id(), slots.zone().getId(),
                slots.slots().stream().map(slot -> SlotView.of(slot, slots.zone())).toList());
    }
}
