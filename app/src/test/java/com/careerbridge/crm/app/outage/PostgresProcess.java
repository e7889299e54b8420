package com.careerbridge.crm.app.outage;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A running PostgreSQL server as the operating system sees it, found through its data directory: what an operator or
 * the kernel does to it (a fast shutdown, SIGKILL) and how it comes back (the same command line, from
 * {@code postmaster.opts}). Works for any server started by pg_ctl, the embedding library's included.
 */
public final class PostgresProcess {

    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|(\\S+)");

    private final Path dataDirectory;

    public PostgresProcess(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    public int port() {
        return Integer.parseInt(pidFile().get(3).trim());
    }

    /** {@code pg_ctl stop -m fast}: clients are disconnected, a checkpoint is written, the server exits. */
    public void stopFast() {
        ProcessHandle postmaster = postmaster();
        signal("INT", postmaster.pid());
        await(postmaster, Duration.ofSeconds(20));
    }

    /** What the OOM killer does: SIGKILL to the postmaster; its backends notice and exit without cleaning up. */
    public void kill() {
        ProcessHandle postmaster = postmaster();
        List<ProcessHandle> backends = postmaster.descendants().toList();
        postmaster.destroyForcibly();
        await(postmaster, Duration.ofSeconds(10));
        for (ProcessHandle backend : backends) {
            // A backend still alive would keep the shared memory that a new postmaster refuses to share.
            if (!awaitQuietly(backend, Duration.ofSeconds(10))) {
                backend.destroyForcibly();
                await(backend, Duration.ofSeconds(5));
            }
        }
    }

    /** Starts the server again with the command line it last ran with, and waits until it accepts connections. */
    public void restart() {
        List<String> command = commandLine();
        if ("root".equals(System.getProperty("user.name"))) {
            // PostgreSQL refuses to run as root; like the embedding library, run it in a user namespace of its own.
            command.addAll(0, List.of("unshare", "-U"));
        }
        try {
            new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDirectory.resolve("restarted-by-test.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + command, e);
        }
        int port = portOf(command);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.isRegularFile(dataDirectory.resolve("postmaster.pid")) && pidFile().size() > 7
                    && pidFile().get(7).trim().equals("ready") && accepts(port)) {
                return;
            }
            sleep(50);
        }
        throw new IllegalStateException("PostgreSQL in " + dataDirectory + " did not come back within 30 s");
    }

    private List<String> commandLine() {
        try {
            String opts = Files.readString(dataDirectory.resolve("postmaster.opts"), StandardCharsets.UTF_8).strip();
            List<String> arguments = new ArrayList<>();
            Matcher matcher = QUOTED.matcher(opts);
            while (matcher.find()) {
                arguments.add(matcher.group(1) != null ? matcher.group(1).replaceAll("\\\\(.)", "$1") : matcher.group(2));
            }
            return arguments;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int portOf(List<String> command) {
        int index = command.indexOf("-p");
        return Integer.parseInt(command.get(index + 1));
    }

    private ProcessHandle postmaster() {
        long pid = Long.parseLong(pidFile().getFirst().trim());
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .orElseThrow(() -> new IllegalStateException("no PostgreSQL running in " + dataDirectory));
    }

    private List<String> pidFile() {
        try {
            return Files.readAllLines(dataDirectory.resolve("postmaster.pid"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void signal(String signal, long pid) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
            if (!kill.waitFor(5, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(ProcessHandle process, Duration patience) {
        if (!awaitQuietly(process, patience)) {
            throw new IllegalStateException("process " + process.pid() + " still running after " + patience);
        }
    }

    private static boolean awaitQuietly(ProcessHandle process, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            sleep(20);
        }
        return !process.isAlive();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
