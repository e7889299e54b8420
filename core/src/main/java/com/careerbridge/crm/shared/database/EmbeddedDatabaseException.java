package com.careerbridge.crm.shared.database;

/** The embedded PostgreSQL could not be started; the message says why and what to do. */
public class EmbeddedDatabaseException extends RuntimeException {

    public EmbeddedDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
