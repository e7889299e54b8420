package com.careerbridge.crm.session;

import java.time.Instant;
import java.util.Optional;

import com.careerbridge.crm.shared.ConflictException;

/**
 * The consultant already has a session at that time. Names the session in the way when it is known (it is not when
 * two bookings raced and the database's exclusion constraint decided), so that a client can show or open it.
 */
public class DoubleBookedException extends ConflictException {

    /** The session in the way: its id and when it takes place. */
    public record Conflicting(long sessionId, Instant startsAt, Instant endsAt) {
    }

    private final transient Conflicting conflicting;

    DoubleBookedException(Conflicting conflicting) {
        super(SessionService.DOUBLE_BOOKED);
        this.conflicting = conflicting;
    }

    public Optional<Conflicting> conflicting() {
        return Optional.ofNullable(conflicting);
    }
}
