package com.careerbridge.bench.harness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The open-model HTTP load generator, bench/loadgen/ratebench.c: a small C program (one thread, epoll, keep-alive
 * connections) that sends requests on a fixed-rate timeline and measures each one's latency from the moment it was
 * due, so that queueing behind a slow answer is charged (no coordinated omission). It is compiled with gcc into
 * bench/target on first use and run as its own process; its CPU over the measured window is part of its result, so
 * the harness's share of the machine is known instead of guessed.
 *
 * <pre>{@code
 * RateBench generator = RateBench.compiled();
 * RateBench.Result result = generator.run(RateBench.load(app.port(), 500, Duration.ofSeconds(20))
 *         .requests(file).warmup(Duration.ofSeconds(2)), window -> ...);
 * }</pre>
 */
public final class RateBench {

    private final Path binary;

    private RateBench(Path binary) {
        this.binary = binary;
    }

    /**
     * The generator, compiled from its source when the binary is missing or older ({@code bench.gcc}, default gcc on
     * the PATH).
     *
     * @throws IllegalStateException gcc is missing or the source does not compile
     */
    public static RateBench compiled() {
        Path source = BenchSettings.projectRoot().resolve("bench/loadgen/ratebench.c");
        Path binary = BenchSettings.benchTarget().resolve("ratebench");
        try {
            if (!Files.exists(source)) {
                throw new IllegalStateException("The load generator's source is missing: " + source);
            }
            if (Files.exists(binary) && !Files.getLastModifiedTime(binary).toInstant()
                    .isBefore(Files.getLastModifiedTime(source).toInstant())) {
                return new RateBench(binary);
            }
            Files.createDirectories(binary.getParent());
            String gcc = BenchSettings.text("bench.gcc", "gcc");
            List<String> command = List.of(gcc, "-O2", "-std=c11", "-Wall", "-o", binary.toString(), source.toString());
            Process process;
            try {
                process = new ProcessBuilder(command).redirectErrorStream(true).start();
            } catch (IOException e) {
                throw new IllegalStateException("The API benchmark's load generator is a C program (" + source
                        + ") compiled at run time, and there is no C compiler '" + gcc + "' (" + e.getMessage()
                        + "). Install gcc (Debian: apt-get install gcc) or point -Dbench.gcc=/path/to/gcc at one.", e);
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("Compiling the load generator failed: " + String.join(" ", command)
                        + "\n" + output);
            }
            if (!output.isBlank()) {
                System.out.println("gcc said about ratebench.c:\n" + output);
            }
            return new RateBench(binary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Path binary() {
        return binary;
    }

    /** A load of {@code rate} requests per second for a measured window of {@code duration}, on 127.0.0.1. */
    public static Load load(int port, double rate, Duration duration) {
        return new Load("127.0.0.1", port, rate, duration, Duration.ZERO, 64, null, null, Duration.ofSeconds(10));
    }

    /**
     * What to send.
     *
     * @param warmup      sent before the measured window at the same rate, not recorded
     * @param connections keep-alive connections; a due request waits for an idle one (and is charged the wait)
     * @param requests    a file of lines "path" or "path TAB bearer-token", used in turn
     * @param path        instead of a file: the same path every time
     * @param deadline    how long after the window answers are still awaited; later ones count as unanswered
     */
    public record Load(String host, int port, double rate, Duration duration, Duration warmup, int connections,
                       Path requests, String path, Duration deadline) {

        public Load warmup(Duration value) {
            return new Load(host, port, rate, duration, value, connections, requests, path, deadline);
        }

        public Load connections(int value) {
            return new Load(host, port, rate, duration, warmup, value, requests, path, deadline);
        }

        public Load requests(Path value) {
            return new Load(host, port, rate, duration, warmup, connections, value, null, deadline);
        }

        public Load path(String value) {
            return new Load(host, port, rate, duration, warmup, connections, null, value, deadline);
        }

        public Load deadline(Duration value) {
            return new Load(host, port, rate, duration, warmup, connections, requests, path, value);
        }

        List<String> arguments() {
            List<String> arguments = new ArrayList<>(List.of("--host", host, "--port", Integer.toString(port),
                    "--rate", Double.toString(rate), "--duration", seconds(duration), "--warmup", seconds(warmup),
                    "--connections", Integer.toString(connections), "--deadline", seconds(deadline)));
            if (requests != null) {
                arguments.addAll(List.of("--requests", requests.toString()));
            } else {
                arguments.addAll(List.of("--path", Objects.requireNonNull(path, "requests or path")));
            }
            return arguments;
        }

        private static String seconds(Duration duration) {
            return Double.toString(duration.toNanos() / 1e9);
        }
    }

    /** Told when the measured window opens and closes, to sample other processes (the app, PostgreSQL) then. */
    public interface Window {

        void started(long generatorPid);

        void ended(long generatorPid);
    }

    /**
     * One run's figures, as the generator printed them (its {@code key=value} line). Every scheduled request of the
     * window is in exactly one of ok, err_status, err_io, err_unanswered.
     */
    public record Result(Map<String, String> values, String line) {

        public static Result parse(String line) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String pair : line.strip().split(" ")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    values.put(pair.substring(0, equals), pair.substring(equals + 1));
                }
            }
            return new Result(values, line);
        }

        public long count(String key) {
            return Long.parseLong(required(key));
        }

        public double number(String key) {
            return Double.parseDouble(required(key));
        }

        private String required(String key) {
            String value = values.get(key);
            if (value == null) {
                throw new IllegalStateException("The load generator's result has no " + key + ": " + line);
            }
            return value;
        }

        public long scheduled() {
            return count("scheduled");
        }

        public long ok() {
            return count("ok");
        }

        /** Requests of the window that failed: a status other than 2xx/304, a broken connection, or no answer. */
        public long errors() {
            return count("err_status") + count("err_io") + count("err_unanswered");
        }

        /** Requests the server answered in the whole run, warm-up included (what its counters saw). */
        public long answeredInRun() {
            return count("warmup_scheduled") - count("warmup_unanswered") + count("ok") + count("err_status");
        }

        public double p50Millis() {
            return number("p50_ms");
        }

        public double p99Millis() {
            return number("p99_ms");
        }

        public double p999Millis() {
            return number("p999_ms");
        }

        public double maxMillis() {
            return number("max_ms");
        }

        /** Responses received per second inside the window. */
        public double achievedRate() {
            return number("achieved_rate");
        }

        public double windowSeconds() {
            return number("window_s");
        }

        /** Responses received inside the window: what the CPU of the window is divided by. */
        public long windowResponses() {
            return count("window_responses");
        }

        /** The generator's own CPU (user + system) over the measured window, from getrusage. */
        public double generatorCpuSeconds() {
            return number("cpu_window_user_s") + number("cpu_window_sys_s");
        }

        /** Status counts of the window and the failure kinds that are not zero, for the report. */
        public String outcomes() {
            StringBuilder text = new StringBuilder("statuses " + values.getOrDefault("statuses", "?"));
            for (String key : List.of("err_io", "err_unanswered", "unanswered_unsent", "connect_errors", "malformed",
                    "warmup_failed", "warmup_unanswered")) {
                if (!"0".equals(values.getOrDefault(key, "0"))) {
                    text.append(", ").append(key).append(' ').append(values.get(key));
                }
            }
            return text.toString();
        }

        @Override
        public String toString() {
            return line;
        }
    }

    /**
     * Runs the generator and waits for its result (the window, the deadline for late answers, then the line).
     *
     * @throws IllegalStateException the generator failed or printed no result
     */
    public Result run(Load load, Window window) {
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.addAll(load.arguments());
        Process process = null;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
            Result result = null;
            StringBuilder other = new StringBuilder();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.equals("ratebench-window start")) {
                        window.started(process.pid());
                    } else if (line.equals("ratebench-window end")) {
                        window.ended(process.pid());
                    } else if (line.startsWith("ratebench ")) {
                        result = Result.parse(line.substring("ratebench ".length()));
                    } else {
                        other.append(line).append('\n');
                    }
                }
            }
            int exit = process.waitFor();
            if (exit != 0 || result == null) {
                throw new IllegalStateException("The load generator failed (exit " + exit + "): "
                        + String.join(" ", command) + "\n" + other);
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly(); // the caller gave up on it (an exception in a window callback)
            }
        }
    }

    /** Runs without looking at the window. */
    public Result run(Load load) {
        return run(load, new Window() {
            @Override
            public void started(long generatorPid) {
            }

            @Override
            public void ended(long generatorPid) {
            }
        });
    }
}
