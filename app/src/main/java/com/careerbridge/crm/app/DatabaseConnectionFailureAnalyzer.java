package com.careerbridge.crm.app;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns "cannot reach the configured PostgreSQL" into one short explanation with the fix, instead of pages of
 * connection-pool stack traces.
 */
class DatabaseConnectionFailureAnalyzer implements FailureAnalyzer {

    private static final String ACTION = """
            Check SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD, and that the \
            PostgreSQL server is running and reachable from here. To use the embedded PostgreSQL instead, unset \
            SPRING_DATASOURCE_URL.""";

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String description = describe(sql);
                if (description != null) {
                    return new FailureAnalysis(description, ACTION, failure);
                }
            }
            if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
                return new FailureAnalysis("Cannot connect to the configured PostgreSQL server: " + cause.getMessage(),
                        ACTION, failure);
            }
        }
        return null;
    }

    private static String describe(SQLException e) {
        String state = e.getSQLState();
        if (state.startsWith("08")) {
            return "Cannot connect to the configured PostgreSQL server: " + e.getMessage();
        }
        return switch (state) {
            case "28P01", "28000" -> "PostgreSQL refused the configured user name or password: " + e.getMessage();
            case "3D000" -> "The configured database does not exist on the PostgreSQL server: " + e.getMessage();
            default -> null;
        };
    }
}
