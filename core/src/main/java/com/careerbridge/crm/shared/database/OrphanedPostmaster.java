package com.careerbridge.crm.shared.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A postmaster left running by an earlier JVM that died without stopping it ({@code kill -9}, a crash, a power cut of
 * the JVM only). PostgreSQL refuses a second postmaster on the same data directory, so we stop the orphan first.
 * <p>
 * {@code postmaster.pid} names the process (line 1) and the data directory it serves (line 2); we only touch a live
 * process that serves <em>our</em> directory.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

    private final ProcessHandle process;

    private OrphanedPostmaster(ProcessHandle process) {
        this.process = process;
    }

    static Optional<OrphanedPostmaster> find(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            if (lines.size() < 2) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            Path servedDirectory = Path.of(lines.get(1).trim());
            if (!sameDirectory(servedDirectory, dataDirectory)) {
                return Optional.empty();
            }
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(OrphanedPostmaster::looksLikePostgres)
                    .map(OrphanedPostmaster::new);
        } catch (IOException | NumberFormatException e) {
            log.warn("Could not read {}; starting PostgreSQL as if no server were running", pidFile);
            return Optional.empty();
        }
    }

    long pid() {
        return process.pid();
    }

    /**
     * Asks the orphan for a fast shutdown (SIGINT): it disconnects whoever is still connected — a second instance, an
     * operator's {@code psql} — instead of waiting for them as a smart shutdown (SIGTERM) would, and writes a checkpoint,
     * so the next start needs no crash recovery. Only if it does not go in time is it killed; PostgreSQL then runs crash
     * recovery on the next start, as it would after a power failure.
     */
    void stop(Duration patience) {
        if (!interrupt()) {
            process.destroy();
        }
        if (waitForExit(patience)) {
            return;
        }
        log.warn("The old PostgreSQL server (pid {}) did not stop within {}s; killing it", pid(), patience.toSeconds());
        process.destroyForcibly();
        waitForExit(Duration.ofSeconds(10));
    }

    /** SIGINT through {@code kill}, which every system PostgreSQL runs on has; false when it could not be sent. */
    private boolean interrupt() {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(pid())).redirectErrorStream(true).start();
            return kill.waitFor(5, TimeUnit.SECONDS) && kill.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean waitForExit(Duration patience) {
        try {
            process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return !process.isAlive();
        }
    }

    private static boolean looksLikePostgres(ProcessHandle handle) {
        return handle.info().command().map(command -> command.endsWith("postgres")).orElse(true);
    }

    private static boolean sameDirectory(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
