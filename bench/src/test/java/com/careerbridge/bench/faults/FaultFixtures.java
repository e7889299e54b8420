package com.careerbridge.bench.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import com.careerbridge.bench.harness.BenchPostgres;
import com.careerbridge.bench.harness.BenchSettings;

/**
 * What the fault benchmarks share: their own PostgreSQL (port 15442, bench/target/faults-pg, created afresh each run
 * so one run's outbox never meets the next one's; the API benchmarks' kept 100,000-candidate data set is not touched),
 * SQL helpers and polling.
 */
final class FaultFixtures {

    private FaultFixtures() {
    }

    static BenchPostgres freshPostgres(String name) {
        Path dir = BenchSettings.benchTarget().resolve("faults-pg-" + name);
        int port = BenchSettings.integer("bench.faults.pg.port", 15442);
        // A postmaster left by an aborted run must go before its files do.
        new BenchPostgres(dir, port).postmasterPid().flatMap(ProcessHandle::of).ifPresent(orphan -> {
            orphan.destroy();
            orphan.onExit().join();
        });
        deleteTree(dir);
        return new BenchPostgres(dir, port).start();
    }

    static long count(BenchPostgres postgres, String sql) {
        try (Connection connection = postgres.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Polls until the condition holds; false after the timeout. */
    static boolean await(Duration timeout, Duration every, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            sleep(every);
        }
        return condition.getAsBoolean();
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
