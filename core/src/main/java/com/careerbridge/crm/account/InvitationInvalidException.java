package com.careerbridge.crm.account;

import com.careerbridge.crm.shared.DomainException;

/**
 * An invitation token that cannot be used: unknown (or replaced by a newer invitation), already used, or expired.
 * The code says which ({@code invitation.unknown}, {@code invitation.used}, {@code invitation.expired}), so that the
 * holder can be told to ask for a new invitation.
 */
public class InvitationInvalidException extends DomainException {

    public enum Reason { UNKNOWN, USED, EXPIRED }

    private final Reason reason;

    public InvitationInvalidException(Reason reason) {
        super("invitation." + reason.name().toLowerCase(java.util.Locale.ROOT));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
