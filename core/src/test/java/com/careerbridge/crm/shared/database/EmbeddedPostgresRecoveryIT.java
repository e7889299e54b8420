package com.careerbridge.crm.shared.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL keeps what was committed: across a normal restart, and after the JVM that ran it was killed
 * with {@code kill -9}, which leaves its postmaster running without an owner.
 */
class EmbeddedPostgresRecoveryIT {

    @TempDir
    Path dataDirectory;

    private final List<AutoCloseable> toClose = new ArrayList<>();
    private Process child;

    @AfterEach
    void stopEverything() throws Exception {
        if (child != null) {
            child.destroyForcibly();
        }
        for (AutoCloseable closeable : toClose.reversed()) {
            closeable.close();
        }
        // Whatever happened above, never leave a postmaster behind on the shared machine.
        OrphanedPostmaster.find(dataDirectory).ifPresent(orphan -> orphan.stop(Duration.ofSeconds(10)));
    }

    @Test
    void aRestartKeepsCommittedRowsWithFsyncOn() throws Exception {
        EmbeddedPostgresServer first = start();
        try (Connection connection = connect(first); Statement statement = connection.createStatement()) {
            statement.execute("create table kept (marker text)");
            statement.execute("insert into kept values ('before restart')");
            assertThat(single(statement, "show fsync")).isEqualTo("on");
            assertThat(single(statement, "show synchronous_commit")).isEqualTo("on");
        }
        first.close();
        toClose.remove(first);

        EmbeddedPostgresServer second = start();

        assertThat(second.isFreshCluster()).isFalse();
        try (Connection connection = connect(second); Statement statement = connection.createStatement()) {
            assertThat(single(statement, "select marker from kept")).isEqualTo("before restart");
        }
    }

    @Test
    void theServerDemandsItsGeneratedPasswordKeptForItsOwnerOnly() throws Exception {
        EmbeddedPostgresServer server = start();
        Path passwordFile = dataDirectory.resolve(EmbeddedPostgresServer.PASSWORD_FILE);

        assertThat(java.nio.file.Files.getPosixFilePermissions(passwordFile))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        assertThat(Files.readString(passwordFile).strip()).isEqualTo(server.password()).hasSizeGreaterThan(30);
        for (String wrong : new String[] {"", "postgres", "wrong"}) {
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", wrong).close())
                    .as("password '%s'", wrong).isInstanceOf(SQLException.class);
        }
        try (Connection connection = connect(server)) {
            assertThat(connection.isValid(2)).isTrue();
        }

        server.close();
        toClose.remove(server);
        EmbeddedPostgresServer again = start();
        assertThat(again.password()).as("the same password after a restart").isEqualTo(server.password());
        try (Connection connection = connect(again)) {
            assertThat(connection.isValid(2)).isTrue();
        }
    }

    @Test
    void aDataDirectoryMadeBeforeThePasswordRuleIsProtectedOnItsNextStart() throws Exception {
        // As earlier versions left it: the library's cluster, trusting every local connection as superuser.
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                .start(); Connection connection = old.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create table kept (marker text)");
            statement.execute("insert into kept values ('made with trust')");
        }
        assertThat(Files.readString(dataDirectory.resolve("pg_hba.conf"))).contains("trust");

        EmbeddedPostgresServer server = start();

        assertThat(Files.getPosixFilePermissions(dataDirectory.resolve(EmbeddedPostgresServer.PASSWORD_FILE)))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.readString(dataDirectory.resolve("pg_hba.conf"))).doesNotContainPattern("(?m)^[^#].*\\btrust\\b");
        String postgresDatabase = server.jdbcUrl().substring(0, server.jdbcUrl().lastIndexOf('/') + 1) + "postgres";
        for (String wrong : new String[] {"", "postgres", "wrong"}) {
            assertThatThrownBy(() -> DriverManager.getConnection(postgresDatabase, "postgres", wrong).close())
                    .as("password '%s'", wrong).isInstanceOf(SQLException.class).hasMessageContaining("password");
        }
        try (Connection connection = DriverManager.getConnection(postgresDatabase, "postgres", server.password());
             Statement statement = connection.createStatement()) {
            assertThat(single(statement, "select marker from kept")).isEqualTo("made with trust");
            assertThat(single(statement, "show listen_addresses")).isEqualTo("localhost");
        }
    }

    @Test
    void aLostPasswordFileIsExplainedAtOnceAndTrustingForOneStartGivesANewPassword() throws Exception {
        EmbeddedPostgresServer first = start();
        String lost = first.password();
        first.close();
        toClose.remove(first);
        Files.delete(dataDirectory.resolve(EmbeddedPostgresServer.PASSWORD_FILE));

        long began = System.nanoTime();
        assertThatThrownBy(this::start).isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageContaining("careerbridge-password").hasMessageContaining("missing").hasMessageContaining("trust");
        assertThat(Duration.ofNanos(System.nanoTime() - began)).as("said at once, not after the start-up wait")
                .isLessThan(Duration.ofSeconds(10));

        Path hba = dataDirectory.resolve("pg_hba.conf");
        Files.writeString(hba, Files.readString(hba).replace("scram-sha-256", "trust"));
        EmbeddedPostgresServer again = start();

        assertThat(again.password()).isNotEqualTo(lost);
        assertThatThrownBy(() -> DriverManager.getConnection(again.jdbcUrl(), "postgres", lost).close())
                .isInstanceOf(SQLException.class);
        try (Connection connection = connect(again)) {
            assertThat(connection.isValid(2)).isTrue();
        }
    }

    @Test
    void afterTheJvmIsKilledTheOrphanedPostmasterIsStoppedAndTheDataIsThere() throws Exception {
        String marker = "committed-before-kill-" + System.nanoTime();
        child = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                EmbeddedPostgresChildMain.class.getName(), dataDirectory.toString(), marker)
                .redirectErrorStream(true)
                .start();
        awaitReady(child);

        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the child JVM died").isTrue();
        long orphanPid = postmasterPid();
        ProcessHandle orphan = ProcessHandle.of(orphanPid).orElseThrow();
        assertThat(orphan.isAlive()).as("the killed JVM left its postmaster %d running", orphanPid).isTrue();
        // Someone is still connected to the orphan (a second instance, an operator's psql): a smart shutdown would
        // wait for them until the 20 s patience ran out and then kill the server, forcing crash recovery.
        Connection lingering = DriverManager.getConnection("jdbc:postgresql://localhost:" + postmasterPort() + "/postgres",
                "postgres", Files.readString(dataDirectory.resolve(EmbeddedPostgresServer.PASSWORD_FILE)).strip());
        toClose.add(lingering);

        long started = System.nanoTime();
        EmbeddedPostgresServer server = start();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).as("a fast shutdown of the orphan does not wait for its clients").isLessThan(Duration.ofSeconds(12));
        assertThat(lingering.isValid(2)).as("the lingering client was disconnected").isFalse();

        assertThat(server.isFreshCluster()).isFalse();
        try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
            assertThat(single(statement, "select marker from crash_probe")).isEqualTo(marker);
        }
        assertThat(orphan.isAlive()).as("the orphaned postmaster %d is gone", orphanPid).isFalse();
        assertThat(postmasterPid()).isNotEqualTo(orphanPid);
    }

    @Test
    void aSecondInstanceOnADirectoryInUseIsRefusedAndLeavesTheFirstRunning() throws Exception {
        child = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                EmbeddedPostgresChildMain.class.getName(), dataDirectory.toString(), "first instance")
                .redirectErrorStream(true)
                .start();
        awaitReady(child);
        long runningPid = postmasterPid();

        assertThatThrownBy(this::start)
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageContaining("in use by another running CareerBridge instance")
                .hasMessageContaining("careerbridge.embedded-database.data-directory");

        assertThat(ProcessHandle.of(runningPid).map(ProcessHandle::isAlive))
                .as("the first instance's postmaster %d keeps running", runningPid).contains(true);
        assertThat(postmasterPid()).isEqualTo(runningPid);
    }

    private EmbeddedPostgresServer start() {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(
                new EmbeddedDatabaseProperties(dataDirectory, 0, "careerbridge", Duration.ofSeconds(60)));
        toClose.add(server);
        return server;
    }

    private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as("a row from %s", sql).isTrue();
            String value = rows.getString(1);
            assertThat(rows.next()).as("only one row from %s", sql).isFalse();
            return value;
        }
    }

    private int postmasterPort() throws Exception {
        return Integer.parseInt(Files.readAllLines(dataDirectory.resolve("postmaster.pid"), StandardCharsets.UTF_8).get(3).trim());
    }

    private long postmasterPid() throws Exception {
        return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid"), StandardCharsets.UTF_8).getFirst().trim());
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void awaitReady(Process process) throws Exception {
        StringBuilder output = new StringBuilder();
        CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    if (line.equals("READY")) {
                        return true;
                    }
                }
                return false;
            } catch (Exception e) {
                return false;
            }
        });
        Boolean started;
        try {
            started = ready.get(120, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            started = false;
        }
        synchronized (output) {
            assertThat(started).as("the child JVM started PostgreSQL and committed a row; its output:%n%s", output).isTrue();
        }
    }
}
