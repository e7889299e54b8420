package com.careerbridge.crm.shared;

/**
 * The change cannot be made because of the current state: someone saved first (stale version), the consultant is
 * already booked, the e-mail is taken. {@link #code()} says which.
 */
public class ConflictException extends DomainException {

    public static final String STALE = "conflict.stale";

    public ConflictException(String code) {
        super(code);
    }

    public static ConflictException stale() {
        return new ConflictException(STALE);
    }

    public boolean isStale() {
        return STALE.equals(code());
    }
}
