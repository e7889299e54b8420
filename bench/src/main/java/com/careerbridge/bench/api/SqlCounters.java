package com.careerbridge.bench.api;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import com.careerbridge.bench.harness.BenchPostgres;

/**
 * What PostgreSQL executed for the application between two moments: pg_stat_statements (calls per normalised
 * statement) and pg_stat_database (transactions), on the bench database only.
 */
final class SqlCounters {

    record Statement(String query, long calls, double totalMillis) {
    }

    record Snapshot(long commits, long rollbacks, List<Statement> statements) {

        long dataStatementCalls() {
            return statements.stream().filter(s -> isData(s.query())).mapToLong(Statement::calls).sum();
        }

        /** Calls of the bearer-token check: exactly one per request that reached the API's authentication. */
        long tokenChecks() {
            return statements.stream().filter(s -> s.query().contains("from api_token t")).mapToLong(Statement::calls)
                    .sum();
        }

        long allCalls() {
            return statements.stream().mapToLong(Statement::calls).sum();
        }
    }

    private final BenchPostgres postgres;

    SqlCounters(BenchPostgres postgres) {
        this.postgres = postgres;
    }

    void reset() {
        try (Connection connection = postgres.connect(); java.sql.Statement sql = connection.createStatement()) {
            sql.execute("create extension if not exists pg_stat_statements");
            sql.execute("select pg_stat_statements_reset()");
            sql.execute("select pg_stat_reset()");
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    Snapshot read() {
        try (Connection connection = postgres.connect(); java.sql.Statement sql = connection.createStatement()) {
            // pg_stat_database is updated when a backend reports (at most every second or at the end of a transaction).
            sql.execute("select pg_stat_force_next_flush()");
            long commits;
            long rollbacks;
            try (ResultSet rows = sql.executeQuery(
                    "select xact_commit, xact_rollback from pg_stat_database where datname = current_database()")) {
                rows.next();
                commits = rows.getLong(1);
                rollbacks = rows.getLong(2);
            }
            List<Statement> statements = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("""
                    select s.query, s.calls, s.total_exec_time from pg_stat_statements s
                     where s.dbid = (select oid from pg_database where datname = current_database())
                       and s.query not ilike '%pg_stat%'
                     order by s.calls desc
                    """)) {
                while (rows.next()) {
                    statements.add(new Statement(rows.getString(1), rows.getLong(2), rows.getDouble(3)));
                }
            }
            return new Snapshot(commits, rollbacks, statements);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static boolean isData(String query) {
        String q = query.stripLeading().toLowerCase(java.util.Locale.ROOT);
        return q.startsWith("select") || q.startsWith("insert") || q.startsWith("update") || q.startsWith("delete")
                || q.startsWith("with");
    }
}
