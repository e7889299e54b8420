package com.careerbridge.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL server of a test JVM, chosen once:
 * <ol>
 *   <li>{@code CAREERBRIDGE_TEST_DATABASE_URL} (with {@code _USER} and {@code _PASSWORD}): an external server;</li>
 *   <li>a Docker engine: a Testcontainers {@code postgres:17};</li>
 *   <li>otherwise: an embedded PostgreSQL 17 in a temporary directory (fsync off: it is thrown away).</li>
 * </ol>
 * Every Spring test context gets a database of its own on that server ({@link #newDatabase()}), so contexts never see
 * each other's rows and Flyway migrates each from scratch. Never H2.
 */
public final class TestPostgres {

    private static final Logger log = LoggerFactory.getLogger(TestPostgres.class);
    private static final AtomicInteger DATABASE_COUNTER = new AtomicInteger();

    private static volatile Server server;

    private TestPostgres() {
    }

    /** Connection data of a database on the test server. */
    public record Database(String url, String username, String password) {
    }

    private record Server(String baseUrl, String username, String password, String kind) {

        String urlOf(String database) {
            return baseUrl + database;
        }
    }

    /** Creates an empty database on the shared test server and returns how to reach it. */
    public static Database newDatabase() {
        Server current = server();
        String name = "cb_test_" + ProcessHandle.current().pid() + "_" + DATABASE_COUNTER.incrementAndGet();
        try (Connection admin = DriverManager.getConnection(current.urlOf("postgres"), current.username(), current.password());
             Statement statement = admin.createStatement()) {
            statement.execute("create database " + name + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name + " on the " + current.kind() + " server", e);
        }
        return new Database(current.urlOf(name), current.username(), current.password());
    }

    private static Server server() {
        Server current = server;
        if (current == null) {
            synchronized (TestPostgres.class) {
                current = server;
                if (current == null) {
                    current = startServer();
                    server = current;
                    log.info("Integration tests use the {} PostgreSQL at {}", current.kind(), current.baseUrl());
                }
            }
        }
        return current;
    }

    private static Server startServer() {
        String externalUrl = System.getenv("CAREERBRIDGE_TEST_DATABASE_URL");
        if (externalUrl != null && !externalUrl.isBlank()) {
            String base = externalUrl.substring(0, externalUrl.lastIndexOf('/') + 1);
            return new Server(base, System.getenv("CAREERBRIDGE_TEST_DATABASE_USER"),
                    System.getenv("CAREERBRIDGE_TEST_DATABASE_PASSWORD"), "external");
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            String url = container.getJdbcUrl();
            String base = url.substring(0, url.lastIndexOf('/') + 1);
            return new Server(base, container.getUsername(), container.getPassword(), "Testcontainers");
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the temporary directory goes with the next clean-up
                }
            }));
            return new Server("jdbc:postgresql://localhost:" + embedded.getPort() + "/", "postgres", "", "embedded");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL for the tests", e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }
}
