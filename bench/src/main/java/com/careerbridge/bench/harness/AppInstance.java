package com.careerbridge.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application (app/target/careerbridge-crm.jar) as a child process on JDK 25, against the bench database:
 * so the load generator and the application never share a JVM, a heap or a garbage collector.
 *
 * <pre>{@code
 * try (AppInstance app = AppInstance.builder(postgres).port(18801).build().start()) {
 *     app.awaitReady(Duration.ofMinutes(2));
 *     ... app.baseUri() ...
 * }
 * }</pre>
 */
public final class AppInstance implements AutoCloseable {

    private final List<String> command;
    private final Map<String, String> environment;
    private final int port;
    private final Path logFile;
    private Process process;
    private long startedAtNanos;
    private Duration timeToReady;

    private AppInstance(List<String> command, Map<String, String> environment, int port, Path logFile) {
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.port = port;
        this.logFile = logFile;
    }

    /** An instance against the bench database. */
    public static Builder builder(BenchPostgres postgres) {
        return new Builder().database(postgres.jdbcUrl(), BenchPostgres.USER, "");
    }

    /** An instance on its own embedded database (the product's default, no SPRING_DATASOURCE_URL). */
    public static Builder embedded(Path dataDirectory) {
        return new Builder().argument("--careerbridge.embedded-database.data-directory=" + dataDirectory);
    }

    /** Launches the process and returns at once; see {@link #awaitReady}. */
    public synchronized AppInstance start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running (pid " + process.pid() + ")");
        }
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            // An inherited datasource from the caller's environment would point the app at the wrong database.
            builder.environment().keySet().removeIf(key -> key.startsWith("SPRING_") || key.startsWith("CAREERBRIDGE_"));
            builder.environment().putAll(environment);
            startedAtNanos = System.nanoTime();
            timeToReady = null;
            process = builder.start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot launch " + command, e);
        }
    }

    /**
     * Waits until /actuator/health/readiness answers 200 and returns the time since {@link #start()}.
     *
     * @throws IllegalStateException the process exited first, or the timeout passed (the log file says why)
     */
    public Duration awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited (" + process.exitValue()
                        + ") before it was ready; see " + logFile);
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    timeToReady = Duration.ofNanos(System.nanoTime() - startedAtNanos);
                    return timeToReady;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(50);
        }
        throw new IllegalStateException("The application was not ready after " + timeout + "; see " + logFile);
    }

    /** Graceful stop (SIGTERM: Spring's graceful shutdown), then SIGKILL if it takes longer than the timeout. */
    public synchronized void stop(Duration timeout) {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    /** kill -9 of the java process: no shutdown hooks, no graceful anything — a crashed instance. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        process.onExit().join();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public Process process() {
        return process;
    }

    public int port() {
        return port;
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public URI uri(String path) {
        return baseUri().resolve(path);
    }

    public Path logFile() {
        return logFile;
    }

    /** Start to readiness of the last start, once {@link #awaitReady} returned. */
    public Duration timeToReady() {
        return timeToReady;
    }

    /** Resident memory of the java process in bytes, from /proc (Linux); -1 if unknown. */
    public long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** CPU seconds the java process used so far (user + system), from /proc; 0 once it is gone. */
    public double cpuSeconds() {
        return CpuMeter.seconds(process.pid());
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(30));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static final class Builder {
        private Path jar = BenchSettings.projectRoot().resolve("app/target/careerbridge-crm.jar");
        private Path java = BenchSettings.javaHome().resolve("bin/java");
        private int port = 18801;
        private final List<String> jvmOptions = new ArrayList<>(List.of("-Xmx512m"));
        private final List<String> arguments = new ArrayList<>();
        private final Map<String, String> environment = new LinkedHashMap<>();
        private List<String> launcher;
        private Path logFile;

        public Builder jar(Path jar) {
            this.jar = jar;
            return this;
        }

        public Builder java(Path java) {
            this.java = java;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Replaces the default JVM options (-Xmx512m). */
        public Builder jvmOptions(String... options) {
            jvmOptions.clear();
            jvmOptions.addAll(List.of(options));
            return this;
        }

        public Builder jvmOption(String option) {
            jvmOptions.add(option);
            return this;
        }

        /** An application argument, e.g. {@code --careerbridge.mail.dispatch.enabled=false}. */
        public Builder argument(String argument) {
            arguments.add(argument);
            return this;
        }

        public Builder env(String name, String value) {
            environment.put(name, value);
            return this;
        }

        public Builder database(String jdbcUrl, String user, String password) {
            environment.put("SPRING_DATASOURCE_URL", jdbcUrl);
            environment.put("SPRING_DATASOURCE_USERNAME", user);
            environment.put("SPRING_DATASOURCE_PASSWORD", password);
            return this;
        }

        /**
         * Launches something other than {@code java -jar} (e.g. scripts/run.sh); the port and the arguments are
         * appended.
         */
        public Builder launcher(String... command) {
            this.launcher = List.of(command);
            return this;
        }

        public Builder logFile(Path logFile) {
            this.logFile = logFile;
            return this;
        }

        public AppInstance build() {
            if (launcher == null && !Files.exists(jar)) {
                throw new IllegalStateException(jar + " does not exist: build it with ./mvnw package -DskipTests "
                        + "(scripts/bench.sh does)");
            }
            List<String> command = new ArrayList<>();
            if (launcher == null) {
                command.add(java.toString());
                command.addAll(jvmOptions);
                command.add("-jar");
                command.add(jar.toString());
            } else {
                command.addAll(launcher);
            }
            command.add("--server.port=" + port);
            // Benchmarks measure the product, not the demo data or e-mails nobody receives.
            command.add("--careerbridge.demo.enabled=false");
            command.addAll(arguments);
            Path log = logFile != null ? logFile : BenchSettings.benchTarget().resolve("logs/app-" + port + ".log");
            return new AppInstance(command, environment, port, log);
        }
    }
}
