package com.careerbridge.crm.api.error;

/** {@code If-Match} names a version that is no longer current, or is not an entity tag of this resource (412). */
public class PreconditionFailedException extends RuntimeException {

    public PreconditionFailedException() {
        super("If-Match does not match", null, false, false);
    }
}
