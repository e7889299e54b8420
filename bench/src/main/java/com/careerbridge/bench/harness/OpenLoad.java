package com.careerbridge.bench.harness;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

/**
 * Open-model HTTP load: requests are put on a timeline at a fixed arrival rate and each one's latency is measured from
 * the moment it was <em>meant</em> to be sent, not from when it left. A slow answer therefore cannot hide the requests
 * that would have queued behind it (no coordinated omission): if the server stalls for a second, every request of that
 * second is charged the wait. Each request runs on its own virtual thread over the JDK HttpClient (HTTP/1.1, loopback).
 *
 * <p>A request that gets no answer in {@link #timeout}, a transport error, an unexpected status, or a request that could
 * not even be started because {@link #maxInFlight} were already waiting, counts as an error. At most
 * {@link #connections} requests are on the wire at once (default 64, {@code bench.load.connections}).
 */
public final class OpenLoad {

    private final HttpClient client;
    private Duration timeout = Duration.ofSeconds(10);
    private int maxInFlight = 20_000;
    private int connections = com.careerbridge.bench.harness.BenchSettings.integer("bench.load.connections", 64);

    public OpenLoad() {
        this(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build());
    }

    public OpenLoad(HttpClient client) {
        this.client = client;
    }

    public OpenLoad timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    public OpenLoad maxInFlight(int maxInFlight) {
        this.maxInFlight = maxInFlight;
        return this;
    }

    /**
     * At most this many requests on the wire at once (a keep-alive connection each), like a load tool's connection
     * pool; a request waiting for a free connection is still timed from its intended send time. Without a bound the
     * JDK client opens a new connection for every concurrent request, and a burst turns into a connection storm.
     */
    public OpenLoad connections(int connections) {
        this.connections = connections;
        return this;
    }

    public HttpClient client() {
        return client;
    }

    /** What one run did. */
    public record Result(LatencyRecorder.Stats latency, double targetRate, double achievedRate, Duration duration,
                         Map<String, Long> outcomes) {

        public long errors() {
            return latency.errors();
        }

        @Override
        public String toString() {
            return String.format("%s @ %.0f/s (achieved %.0f/s, %s) outcomes=%s", latency, targetRate, achievedRate,
                    duration, outcomes);
        }
    }

    /**
     * Sends {@code rate × duration} requests at a fixed rate and waits for the last answer.
     *
     * @param name     series name in the report
     * @param rate     requests per second
     * @param duration how long to keep sending
     * @param requests the i-th request (i from 0); spread it over users by index
     */
    public Result run(String name, double rate, Duration duration, LongFunction<HttpRequest> requests) {
        return run(name, rate, duration, requests, response -> response.statusCode() == 200);
    }

    public Result run(String name, double rate, Duration duration, LongFunction<HttpRequest> requests,
                      java.util.function.Predicate<HttpResponse<?>> success) {
        LatencyRecorder recorder = new LatencyRecorder(name);
        Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        long total = Math.max(1, Math.round(rate * duration.toNanos() / 1e9));
        double intervalNanos = 1e9 / rate;
        Semaphore inFlight = new Semaphore(maxInFlight);
        Semaphore wire = new Semaphore(connections);
        AtomicLong completed = new AtomicLong();
        long start = System.nanoTime() + 10_000_000; // a moment to get the loop going
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long i = 0; i < total; i++) {
                long intended = start + Math.round(i * intervalNanos);
                long wait = intended - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                if (!inFlight.tryAcquire()) {
                    recorder.recordError();
                    outcomes.computeIfAbsent("not sent (too many in flight)", k -> new LongAdder()).increment();
                    continue;
                }
                HttpRequest request = requests.apply(i);
                senders.execute(() -> {
                    boolean onWire = false;
                    try {
                        wire.acquire();
                        onWire = true;
                        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                        long latency = System.nanoTime() - intended;
                        if (success.test(response)) {
                            recorder.record(latency);
                            outcomes.computeIfAbsent("HTTP " + response.statusCode(), k -> new LongAdder()).increment();
                        } else {
                            recorder.recordError();
                            outcomes.computeIfAbsent("HTTP " + response.statusCode() + " (error)", k -> new LongAdder())
                                    .increment();
                        }
                    } catch (IOException e) {
                        recorder.recordError();
                        outcomes.computeIfAbsent(e.getClass().getSimpleName(), k -> new LongAdder()).increment();
                    } catch (InterruptedException e) {
                        // still waiting for a connection or an answer when the run gave up on it
                        recorder.recordError();
                        outcomes.computeIfAbsent("no answer by the end of the run", k -> new LongAdder()).increment();
                        Thread.currentThread().interrupt();
                    } finally {
                        if (onWire) {
                            wire.release();
                        }
                        completed.incrementAndGet();
                        inFlight.release();
                    }
                });
            }
            long sendingEnded = System.nanoTime();
            senders.shutdown();
            if (!senders.awaitTermination(timeout.toMillis() + 5_000, TimeUnit.MILLISECONDS)) {
                senders.shutdownNow();
                senders.awaitTermination(10, TimeUnit.SECONDS);
            }
            // Every scheduled request is accounted for: what neither answered nor failed by now is an error too.
            LatencyRecorder.Stats sofar = recorder.stats();
            long unaccounted = total - sofar.count() - sofar.errors();
            for (long k = 0; k < unaccounted; k++) {
                recorder.recordError();
            }
            if (unaccounted > 0) {
                outcomes.computeIfAbsent("no answer by the end of the run", key -> new LongAdder()).add(unaccounted);
            }
            Duration elapsed = Duration.ofNanos(sendingEnded - start);
            Map<String, Long> counted = new TreeMap<>();
            outcomes.forEach((key, value) -> counted.put(key, value.sum()));
            double achieved = total / Math.max(1e-9, elapsed.toNanos() / 1e9);
            return new Result(recorder.stats(), rate, achieved, elapsed, counted);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET with a bearer token, with this load's timeout. */
    public HttpRequest get(java.net.URI uri, String bearerToken) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout).GET();
        if (bearerToken != null) {
            builder.header("Authorization", "Bearer " + bearerToken);
        }
        return builder.build();
    }
}
