package com.careerbridge.crm.api.error;

/** An update came without {@code If-Match}: the client must say which version it changes (428). */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException() {
        super("If-Match required", null, false, false);
    }
}
