package com.careerbridge.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A standalone PostgreSQL 17 for benchmarks (the zonky binaries the application embeds), on a fixed TCP port, with a
 * data directory that outlives the run, so a generated data set is reused by the next run. It can be stopped, started
 * again on the same data, or killed like a crashed server (the fault tests need all three).
 *
 * <p>Defaults: port 15432 ({@code bench.pg.port}), data in bench/target/bench-pg ({@code bench.pg.dir}), database
 * {@code careerbridge}, superuser {@code postgres} without a password (trust on loopback, as the zonky cluster is
 * initialised). Durable like production (fsync and synchronous commit on) unless started in bulk-load mode.
 */
public final class BenchPostgres implements AutoCloseable {

    public static final String DATABASE = "careerbridge";
    public static final String USER = "postgres";

    private final Path dataDirectory;
    private final int port;
    private final Map<String, String> extraConfig = new LinkedHashMap<>();
    private EmbeddedPostgres postgres;
    private boolean bulkLoad;

    public BenchPostgres(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        this.port = port;
    }

    /** The bench's server as configured by system properties; not started yet. */
    public static BenchPostgres fromSettings() {
        Path dir = Path.of(BenchSettings.text("bench.pg.dir",
                BenchSettings.benchTarget().resolve("bench-pg").toString()));
        return new BenchPostgres(dir, BenchSettings.integer("bench.pg.port", 15432));
    }

    /** An additional server setting ({@code postgresql.conf} name) for the following starts. */
    public BenchPostgres config(String name, String value) {
        extraConfig.put(name, value);
        return this;
    }

    /**
     * Bulk-load mode for the data generator: no fsync, no synchronous commit. Call {@link #restart()} with it off
     * before measuring anything.
     */
    public BenchPostgres bulkLoad(boolean on) {
        this.bulkLoad = on;
        return this;
    }

    /** Starts the server (creating the cluster on first use) and the {@value #DATABASE} database. */
    public synchronized BenchPostgres start() {
        if (postgres != null) {
            return this;
        }
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stopOrphan();
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(120))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("work_mem", "16MB")
                    .setServerConfig("maintenance_work_mem", "256MB")
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setServerConfig("pg_stat_statements.track", "all")
                    .setServerConfig("fsync", bulkLoad ? "off" : "on")
                    .setServerConfig("synchronous_commit", bulkLoad ? "off" : "on")
                    .setServerConfig("full_page_writes", bulkLoad ? "off" : "on");
            extraConfig.forEach(builder::setServerConfig);
            postgres = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + port + " in " + dataDirectory
                    + " (see " + logFile() + ")", e);
        }
        createDatabaseIfMissing();
        return this;
    }

    /** A fast, clean shutdown (pg_ctl stop -m fast): open connections are ended, the data stays. */
    public synchronized void stop() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            postgres = null;
        }
    }

    public synchronized void restart() {
        stop();
        start();
    }

    /**
     * Kills the postmaster with SIGKILL, like a crash or an OOM kill; the next {@link #start()} runs crash recovery on
     * the same data.
     */
    public synchronized void kill() {
        postmasterPid().flatMap(ProcessHandle::of).ifPresent(handle -> {
            handle.destroyForcibly();
            handle.onExit().join();
        });
        // The children (backends, checkpointer...) notice their parent is gone and exit; the port frees up shortly.
        waitForPortRelease(Duration.ofSeconds(30));
        try {
            if (postgres != null) {
                postgres.close();
            }
        } catch (IOException | RuntimeException ignored) {
            // pg_ctl stop fails on a killed server; all it was meant to do is done.
        } finally {
            postgres = null;
        }
    }

    public synchronized boolean isRunning() {
        return postgres != null;
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Path logFile() {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log");
    }

    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** A new connection to the bench database (the caller closes it). */
    public Connection connect() throws SQLException {
        return connect(DATABASE);
    }

    public Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", USER);
        return DriverManager.getConnection(jdbcUrl(database), properties);
    }

    /** Runs statements (DDL, settings) on the bench database, each in its own auto-commit transaction. */
    public void execute(String... sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** The process id in postmaster.pid while a server runs on this directory. */
    public Optional<Long> postmasterPid() {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.getFirst().strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    // A previous bench JVM that was killed leaves its postmaster running on our port and directory.
    private void stopOrphan() {
        postmasterPid().flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).ifPresent(orphan -> {
            System.out.println("Stopping a PostgreSQL (pid " + orphan.pid() + ") left running on " + dataDirectory);
            orphan.destroy(); // SIGTERM: PostgreSQL's smart shutdown
            try {
                orphan.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                orphan.destroyForcibly();
                orphan.onExit().join();
            }
            waitForPortRelease(Duration.ofSeconds(30));
        });
    }

    private void waitForPortRelease(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (java.net.Socket ignored = new java.net.Socket("localhost", port)) {
                Thread.sleep(100);
            } catch (IOException free) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            boolean exists;
            try (var rows = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                exists = rows.next();
            }
            if (!exists) {
                statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database " + DATABASE + ": " + e.getMessage(), e);
        }
    }
}
