package com.careerbridge.bench.harness;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;

/**
 * Latencies of one measured series (HdrHistogram, 3 significant digits, 1 µs to 10 min) and its error count. Safe to
 * record into from many threads.
 */
public final class LatencyRecorder {

    private static final long HIGHEST_NANOS = Duration.ofMinutes(10).toNanos();

    private final String name;
    private final Recorder recorder = new Recorder(1_000, HIGHEST_NANOS, 3);
    private final Histogram total = new Histogram(1_000, HIGHEST_NANOS, 3);
    private final AtomicLong errors = new AtomicLong();

    public LatencyRecorder(String name) {
        this.name = name;
    }

    /** Times a call one at a time: {@code warmup} untimed calls, then {@code repeats} timed ones; prints the figures. */
    public static Stats measure(String name, int repeats, int warmup, java.util.function.Supplier<?> call) {
        for (int i = 0; i < warmup; i++) {
            call.get();
        }
        LatencyRecorder recorder = new LatencyRecorder(name);
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            call.get();
            recorder.record(System.nanoTime() - start);
        }
        Stats stats = recorder.stats();
        System.out.println("  " + stats);
        return stats;
    }

    public String name() {
        return name;
    }

    public void record(long nanos) {
        recorder.recordValue(Math.min(Math.max(nanos, 1_000), HIGHEST_NANOS));
    }

    public void recordError() {
        errors.incrementAndGet();
    }

    /** A snapshot of everything recorded so far. */
    public synchronized Stats stats() {
        total.add(recorder.getIntervalHistogram());
        return new Stats(name, total.getTotalCount(), errors.get(),
                total.getValueAtPercentile(50), total.getValueAtPercentile(95), total.getValueAtPercentile(99),
                total.getMaxValue(), total.getMean());
    }

    /** Forgets everything (e.g. after the warm-up). */
    public synchronized void reset() {
        recorder.reset();
        total.reset();
        errors.set(0);
    }

    /** Figures of a series; latencies in nanoseconds. */
    public record Stats(String name, long count, long errors, long p50, long p95, long p99, long max, double mean) {

        public double p50Millis() {
            return p50 / 1e6;
        }

        public double p95Millis() {
            return p95 / 1e6;
        }

        public double p99Millis() {
            return p99 / 1e6;
        }

        public double maxMillis() {
            return max / 1e6;
        }

        @Override
        public String toString() {
            return String.format("%s: n=%d errors=%d p50=%.2f ms p95=%.2f ms p99=%.2f ms max=%.2f ms", name, count, errors,
                    p50Millis(), p95Millis(), p99Millis(), maxMillis());
        }
    }
}
