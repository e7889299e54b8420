package com.careerbridge.crm.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 server run by the application itself, on the loopback interface, with its data in a kept
 * directory. Durable like a normal installation: fsync and synchronous commit are on (the library's defaults are off).
 * Not open to everyone on the machine: the library creates clusters that trust any local connection, so on the first
 * start (and on the first start of a directory made before this rule) the superuser gets a generated password, kept
 * owner-only in {@value #PASSWORD_FILE} inside the data directory, and pg_hba.conf is rewritten to demand it (SCRAM).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String SUPERUSER = "postgres";
    static final String PASSWORD_FILE = "careerbridge-password";
    private static final String HBA_RULES = """
            # Written by CareerBridge CRM: a password (SCRAM) for every connection; the server listens on loopback only.
            # The superuser's password is in careerbridge-password beside this file (readable by its owner only).
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    private final EmbeddedPostgres postgres;
    private final DataDirectoryLock lock;
    private final Path dataDirectory;
    private final String database;
    private final boolean freshCluster;
    private final String password;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, DataDirectoryLock lock, Path dataDirectory, String database,
                                   boolean freshCluster, String password) {
        this.password = password;
        this.postgres = postgres;
        this.lock = lock;
        this.dataDirectory = dataDirectory;
        this.database = database;
        this.freshCluster = freshCluster;
    }

    public static EmbeddedPostgresServer start(EmbeddedDatabaseProperties properties) {
        Path dataDirectory = properties.dataDirectory().toAbsolutePath().normalize();
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Cannot create the embedded database directory " + dataDirectory
                    + " (" + e.getMessage() + "). Set careerbridge.embedded-database.data-directory to a writable path.", e);
        }
        DataDirectoryLock lock = lock(dataDirectory);
        try {
            return start(properties, dataDirectory, lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static DataDirectoryLock lock(Path dataDirectory) {
        try {
            return DataDirectoryLock.tryAcquire(dataDirectory).orElseThrow(() -> new EmbeddedDatabaseException(
                    "The embedded database directory " + dataDirectory + " is in use by another running CareerBridge "
                            + "instance. Stop it, or set careerbridge.embedded-database.data-directory to another path.",
                    null));
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Cannot write the lock file " + DataDirectoryLock.lockFileOf(dataDirectory)
                    + " (" + e.getMessage() + "). Set careerbridge.embedded-database.data-directory to a writable path.", e);
        }
    }

    private static EmbeddedPostgresServer start(EmbeddedDatabaseProperties properties, Path dataDirectory,
                                                DataDirectoryLock lock) {
        boolean freshCluster = !Files.exists(dataDirectory.resolve("PG_VERSION"));
        // We hold the directory's lock, so no live CareerBridge JVM owns a postmaster still running on it.
        OrphanedPostmaster.find(dataDirectory).ifPresent(orphan -> {
            log.warn("Found a PostgreSQL server (pid {}) left running by a previous run that did not shut down; stopping it",
                    orphan.pid());
            orphan.stop(Duration.ofSeconds(20));
        });
        String password = readPassword(dataDirectory).orElseGet(() -> {
            requirePasswordFileUnlessTrusting(dataDirectory);
            return newPassword();
        });
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(properties.port() == 0 ? 0 : properties.port())
                    .setPGStartupWait(properties.startupWait())
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "100")
                    // Ignored while the cluster still trusts local connections; required once it does not.
                    .setConnectConfig("password", password)
                    // Stopped by close(), which Spring calls after everything using the database has stopped. The
                    // library's own shutdown hook would stop it at the same moment as the graceful shutdown, cutting the
                    // connections of requests and background work still finishing (a kill -9 is recovered at the next
                    // start: an orphaned postmaster is stopped first, above).
                    .setRegisterShutdownHook(false)
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, lock, dataDirectory, properties.database(),
                    freshCluster, password);
            try {
                server.requirePassword();
                server.createDatabaseIfMissing();
            } catch (RuntimeException e) {
                postgres.close();
                throw e;
            }
            log.info("Embedded PostgreSQL 17 is running on port {} with its data in {}", postgres.getPort(), dataDirectory);
            return server;
        } catch (IOException | IllegalStateException e) {
            // Another CareerBridge instance on this directory was ruled out by the lock above.
            throw new EmbeddedDatabaseException("The embedded PostgreSQL did not start in " + dataDirectory + ": "
                    + e.getMessage() + ". If careerbridge.embedded-database.port is set, check that the port is free; "
                    + "if the directory holds files of another PostgreSQL version or was damaged, set "
                    + "careerbridge.embedded-database.data-directory to another path.", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    public String username() {
        return SUPERUSER;
    }

    public String password() {
        return password;
    }

    /**
     * Gives the superuser this server's password and makes pg_hba.conf demand it, unless that was done on an earlier
     * start. The password file is written first, so a crash in between never locks the application out.
     */
    private void requirePassword() {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        try {
            if (Files.readString(hba).equals(HBA_RULES) && readPassword(dataDirectory).isPresent()) {
                return;
            }
            writePassword(dataDirectory.resolve(PASSWORD_FILE), password);
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("alter role " + SUPERUSER + " with password '" + password + "'");
                Files.writeString(hba, HBA_RULES);
                statement.execute("select pg_reload_conf()");
            }
            log.info("The embedded PostgreSQL now requires the password kept in {}", dataDirectory.resolve(PASSWORD_FILE));
        } catch (IOException | SQLException e) {
            throw new EmbeddedDatabaseException("Could not protect the embedded PostgreSQL with a password in "
                    + dataDirectory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Without its password file, a cluster that already demands the password would refuse the application: the library
     * would retry until its start-up wait ran out and report a failed start. Say what happened instead, and how out.
     */
    private static void requirePasswordFileUnlessTrusting(Path dataDirectory) {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        try {
            if (Files.isRegularFile(hba) && Files.readString(hba).equals(HBA_RULES)) {
                throw new EmbeddedDatabaseException("The embedded PostgreSQL in " + dataDirectory
                        + " requires the password kept in " + dataDirectory.resolve(PASSWORD_FILE) + ", and that file is "
                        + "missing. Restore it from a backup of the data directory, or change 'scram-sha-256' to 'trust' "
                        + "in the last three lines of " + hba + " for one start: the application then sets a new password "
                        + "and requires it again.", null);
            }
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Cannot read " + hba + " (" + e.getMessage() + ").", e);
        }
    }

    private static java.util.Optional<String> readPassword(Path dataDirectory) {
        Path file = dataDirectory.resolve(PASSWORD_FILE);
        try {
            return Files.isRegularFile(file) ? java.util.Optional.of(Files.readString(file).strip())
                    .filter(value -> !value.isEmpty()) : java.util.Optional.empty();
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Cannot read " + file + " (" + e.getMessage() + ").", e);
        }
    }

    private static void writePassword(Path file, String password) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, password + "\n");
    }

    /** 32 random bytes as URL-safe Base64: no quote or backslash that could break the ALTER ROLE above. */
    private static String newPassword() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** True when this start created the cluster, i.e. the first start on this data directory. */
    public boolean isFreshCluster() {
        return freshCluster;
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            boolean exists;
            try (PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                query.setString(1, database);
                try (ResultSet rows = query.executeQuery()) {
                    exists = rows.next();
                }
            }
            if (!exists) {
                try (Statement create = connection.createStatement()) {
                    create.execute("create database \"" + database.replace("\"", "") + "\" encoding 'UTF8' template template0");
                }
            }
        } catch (SQLException e) {
            throw new EmbeddedDatabaseException("Could not create the database '" + database + "' in the embedded PostgreSQL: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.close();
        }
    }
}
