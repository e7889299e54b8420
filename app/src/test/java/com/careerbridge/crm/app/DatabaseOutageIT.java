package com.careerbridge.crm.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import com.careerbridge.crm.app.outage.PostgresProcess;
import com.careerbridge.crm.app.outage.TcpRelay;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database becomes unreachable under a running application, in every way it can be gone, then comes back — see
 * {@link DatabaseOutageDrill}. The application uses an external PostgreSQL here (a server of this test's own, so that
 * stopping and killing it disturbs no other test), reached through a port the test can close like a firewall.
 * {@link EmbeddedDatabaseOutageIT} does the same to the application's embedded PostgreSQL. (The bench module's
 * DatabaseOutageBench stops a real PostgreSQL for 10 s under load.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "careerbridge.admin.email=" + DatabaseOutageDrill.ADMIN_EMAIL,
        "careerbridge.admin.password=" + DatabaseOutageDrill.ADMIN_PASSWORD,
        "careerbridge.mail.dispatch.enabled=false",
        "careerbridge.mail.digest.enabled=false"})
@DirtiesContext
class DatabaseOutageIT extends DatabaseOutageDrill {

    private static EmbeddedPostgres server;
    private static PostgresProcess process;
    private static TcpRelay relay;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        Path directory = Files.createTempDirectory("outage-postgres");
        // Durable like a production server: the library's default (synchronous_commit=off) loses the last commits to a
        // SIGKILL — the drill's sign-in among them, which made "killed" answer 401 after the restart now and then.
        server = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(true)
                .setServerConfig("synchronous_commit", "on").setServerConfig("fsync", "on").start();
        process = new PostgresProcess(directory);
        try (Connection admin = server.getPostgresDatabase().getConnection(); Statement statement = admin.createStatement()) {
            statement.execute("create database careerbridge");
        }
        relay = new TcpRelay(server.getPort());
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + relay.port() + "/careerbridge");
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void stopServer() throws Exception {
        relay.close();
        server.close();
    }

    @Test
    void refusingConnections() throws Exception {
        drill("refusing connections", () -> allowConnections(false), () -> allowConnections(true));
    }

    @Test
    void behindAClosedPort() throws Exception {
        drill("behind a closed port", relay::closePort, relay::openPort);
    }

    @Test
    void stopped() throws Exception {
        drill("stopped (fast shutdown)", process::stopFast, process::restart);
    }

    @Test
    void killed() throws Exception {
        drill("killed (SIGKILL)", process::kill, process::restart);
    }

    /** The server stays up but refuses the application's database, and ends the connections it has. */
    private static void allowConnections(boolean allow) throws Exception {
        try (Connection admin = server.getPostgresDatabase().getConnection(); Statement statement = admin.createStatement()) {
            statement.execute("alter database careerbridge allow_connections " + allow);
            if (!allow) {
                statement.execute("select pg_terminate_backend(pid, 5000) from pg_stat_activity where datname = 'careerbridge'");
            }
        }
    }
}
