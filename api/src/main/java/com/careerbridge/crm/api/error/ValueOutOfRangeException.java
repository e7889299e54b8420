package com.careerbridge.crm.api.error;

/**
 * A value of the right type and form that lies outside what the API accepts (a date in the year 10000, an instant
 * before 1900). Thrown where the value is parsed — by the JSON reader for bodies, by the parameter formatters for query
 * parameters — and answered as a validation problem with reason {@code out-of-range} at the field.
 */
public class ValueOutOfRangeException extends IllegalArgumentException {

    public ValueOutOfRangeException(String message) {
        super(message);
    }

    /** Never logged with a trace: the caller sent it, nothing failed here. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
