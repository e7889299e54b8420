package com.careerbridge.crm.app;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Turns "cannot reach the configured PostgreSQL" into one short explanation with the fix, instead of pages of
 * connection-pool stack traces.
 */
class DatabaseConnectionFailureAnalyzer implements FailureAnalyzer {

    private static final String ACTION = """
            Check SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD, and that the \
            PostgreSQL server is running and reachable from here. To use the embedded PostgreSQL instead, unset \
            SPRING_DATASOURCE_URL.""";

    private final Environment environment;

    DatabaseConnectionFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        // The pool wraps the driver's exception ("Connection is not available, request timed out"): the innermost
        // recognised SQL error is the one that names the real problem ("Connection to 127.0.0.1:1 refused").
        String sqlProblem = null;
        Throwable network = null;
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && describe(sql) != null) {
                sqlProblem = describe(sql);
            }
            if (network == null && (cause instanceof ConnectException || cause instanceof UnknownHostException)) {
                network = cause;
            }
        }
        if (network instanceof UnknownHostException) {
            return new FailureAnalysis("Cannot connect to the PostgreSQL server at " + configuredUrl()
                    + ": unknown host name " + network.getMessage(), ACTION, failure);
        }
        if (sqlProblem != null) {
            return new FailureAnalysis(sqlProblem, ACTION, failure);
        }
        if (network != null) {
            return new FailureAnalysis("Cannot connect to the PostgreSQL server at " + configuredUrl() + ": "
                    + network.getMessage(), ACTION, failure);
        }
        return null;
    }

    private String describe(SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            return null;
        }
        if (state.startsWith("08")) {
            return "Cannot connect to the PostgreSQL server at " + configuredUrl() + ": " + sql.getMessage();
        }
        return switch (state) {
            case "28P01", "28000" -> "PostgreSQL at " + configuredUrl() + " refused the configured user name or password: "
                    + sql.getMessage();
            case "3D000" -> "The database named in " + configuredUrl() + " does not exist on that PostgreSQL server: "
                    + sql.getMessage();
            default -> null;
        };
    }

    /** The URL without its query string, which may carry a password. */
    private String configuredUrl() {
        String url = environment.getProperty("spring.datasource.url");
        if (url == null || url.isBlank()) {
            return "the configured address";
        }
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
