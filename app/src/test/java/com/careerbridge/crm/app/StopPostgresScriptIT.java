package com.careerbridge.crm.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * scripts/stop-postgres.sh, which scripts/run.sh and the image build run after their training start (the
 * training JVM exits and leaves its embedded PostgreSQL running): the server goes, quickly, even with a client still
 * connected, so that no postmaster is left serving a directory that is deleted next.
 */
class StopPostgresScriptIT {

    private static final Path SCRIPT = Path.of("..", "scripts", "stop-postgres.sh");

    @TempDir Path directory;

    @Test
    void stopsTheServerOfADataDirectoryWithoutWaitingForItsClients() throws Exception {
        Path data = directory.resolve("pg");
        EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
        ProcessHandle postmaster = ProcessHandle.of(Long.parseLong(
                Files.readAllLines(data.resolve("postmaster.pid"), StandardCharsets.UTF_8).getFirst().trim())).orElseThrow();
        try (Connection lingering = server.getPostgresDatabase().getConnection()) {
            long began = System.nanoTime();
            Process script = new ProcessBuilder("sh", SCRIPT.toString(), data.toString()).inheritIO().start();
            assertThat(script.waitFor(30, TimeUnit.SECONDS)).isTrue();
            Duration took = Duration.ofNanos(System.nanoTime() - began);

            assertThat(script.exitValue()).isZero();
            assertThat(postmaster.isAlive()).as("the postmaster is gone").isFalse();
            assertThat(took).as("a fast shutdown, not the 10 s wait and a kill").isLessThan(Duration.ofSeconds(8));
            assertThat(lingering.isValid(2)).as("the client was disconnected").isFalse();
        } finally {
            if (postmaster.isAlive()) {
                postmaster.destroyForcibly();
            }
            server.close();
        }
    }

    @Test
    void leavesEverythingAloneWhenNoServerRuns() throws Exception {
        Path empty = Files.createDirectories(directory.resolve("empty"));
        Files.writeString(empty.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + empty + "\n");

        Process script = new ProcessBuilder("sh", SCRIPT.toString(), empty.toString()).inheritIO().start();

        assertThat(script.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(script.exitValue()).isZero();
        assertThat(ProcessHandle.current().isAlive()).as("a process that is not a postgres was not signalled").isTrue();
    }

    @Test
    void theTrainingRunsUseIt() throws Exception {
        assertThat(Files.readString(Path.of("..", "scripts", "run.sh"))).contains("scripts/stop-postgres.sh\" \"$1\"")
                .contains("stop_training_postgres \"$training/pg\"");
        assertThat(Files.readString(Path.of("..", "docker", "Dockerfile")))
                .contains("COPY --chmod=755 scripts/stop-postgres.sh /app/stop-postgres.sh")
                .contains("/app/stop-postgres.sh /tmp/aot-training/postgres");
    }
}
