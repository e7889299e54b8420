package com.careerbridge.crm.booking;

import java.util.List;

import com.careerbridge.crm.shared.ConflictException;

/**
 * The slot was free when the candidate looked and is not any more (someone else booked it, or the consultant's time
 * changed). Carries the next free slots of the same type, so that the candidate can pick another at once.
 */
public class SlotTakenException extends ConflictException {

    public static final String CODE = "conflict.slot-taken";

    private final transient List<Slot> nextFree;

    SlotTakenException(List<Slot> nextFree) {
        super(CODE);
        this.nextFree = List.copyOf(nextFree);
    }

    public List<Slot> nextFree() {
        return nextFree;
    }
}
