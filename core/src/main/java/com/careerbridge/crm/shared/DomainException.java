package com.careerbridge.crm.shared;

/**
 * Base of the exceptions the services throw for a user's mistake or a rule; each front end maps them to a clear,
 * translated answer (never a 500). The message is a stable code, not prose, and never contains personal data.
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String code) {
        super(code, null, false, false);
    }

    public String code() {
        return getMessage();
    }
}
