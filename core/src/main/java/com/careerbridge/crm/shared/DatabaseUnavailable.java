package com.careerbridge.crm.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means "PostgreSQL cannot be reached right now" (stopped, restarting, the pool found no connection
 * within its timeout) rather than a bug: both front ends then answer "temporarily unavailable, try again" (API: 503
 * with Retry-After; web UI: a notification) instead of an internal error. Looks through the whole cause chain, because
 * the same outage arrives wrapped differently depending on where it struck (opening the transaction, a statement in
 * the middle, the commit, a bean being created for a view).
 */
public final class DatabaseUnavailable {

    /** How long clients are told to wait before trying again: a restart of PostgreSQL takes a few seconds. */
    public static final long RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    public static boolean isCause(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
            // The statement failed on a connection the server had cut, and the rollback then failed on the closed
            // connection: Spring throws the rollback failure instead of the first one, and the pool's "connection is
            // closed" carries no SQLSTATE — a transaction that cannot even end at the JDBC level lost its connection.
            if (cause.getClass().getName().equals("org.hibernate.TransactionException")
                    && cause.getCause() instanceof SQLException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception) and PostgreSQL's 57P01–57P03 (the server is shutting down, crashed or
     * not yet accepting connections).
     */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
