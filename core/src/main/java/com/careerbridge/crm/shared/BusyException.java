package com.careerbridge.crm.shared;

import java.time.Duration;

/**
 * The instance is at its limit for some heavy work (e.g. file transfers) and the request waited its turn long enough:
 * the caller may try again after {@link #retryAfter()}. Nothing was done.
 */
public class BusyException extends ThrottledException {

    public BusyException(String what, Duration retryAfter) {
        super(what, retryAfter);
    }
}
