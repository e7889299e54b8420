package com.careerbridge.crm.booking;

/**
 * What staff changed about booking, for the security audit log (what candidates book is a session event, on their
 * timeline). {@code change} is a code: created, updated, archived, restored for a type; saved for availability.
 */
public final class BookingEvents {

    private BookingEvents() {
    }

    public record SessionTypeChanged(long changedBy, long typeId, String change) {
    }

    public record AvailabilityChanged(long changedBy, long consultantId) {
    }
}
