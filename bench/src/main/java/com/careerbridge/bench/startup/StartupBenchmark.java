package com.careerbridge.bench.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.careerbridge.bench.harness.AppInstance;
import com.careerbridge.bench.harness.BenchSettings;
import com.careerbridge.bench.harness.Report;

/**
 * Start to readiness (/actuator/health/readiness answering 200) of the packaged jar on its own embedded PostgreSQL with
 * a kept data directory (a restart, the usual case), the median of several runs: plain {@code java -jar} (the
 * baseline) against {@code scripts/run.sh}, the README's run command (extracted jar + JDK 25 AOT cache, recorded by a
 * training run first, as the build does for it).
 * The CPU seconds the JVM used until ready are printed next to the wall-clock time: they hardly depend on how busy
 * the machine is, wall-clock time does.
 *
 * <p>Settings: bench.startup.runs (5, as issue #19 asks), bench.startup.port (18811), bench.startup.goal-seconds (8).
 */
public final class StartupBenchmark {

    private final Report report;

    public StartupBenchmark(Report report) {
        this.report = report;
    }

    private record Run(double wallSeconds, double cpuSeconds) {
    }

    public void run() {
        int runs = BenchSettings.integer("bench.startup.runs", 5);
        int port = BenchSettings.integer("bench.startup.port", 18811);
        double goal = BenchSettings.integer("bench.startup.goal-seconds", 8);
        Path root = BenchSettings.projectRoot();
        Path work = BenchSettings.benchTarget().resolve("startup");
        deleteRecursively(work);
        Path fast = work.resolve("fast");

        // Both launches as a user types them: no JVM options (the harness's default -Xmx512m is dropped here). The
        // first start on a data directory runs initdb and the migrations: not what a restart costs, so it only
        // prepares the directory the measured runs restart on.
        List<Run> plain = new ArrayList<>();
        Path plainData = work.resolve("data-plain");
        start(AppInstance.embedded(plainData).port(port).jvmOptions(), "plain-first");
        for (int i = 0; i < runs; i++) {
            plain.add(start(AppInstance.embedded(plainData).port(port).jvmOptions(), "plain-" + i));
        }

        List<Run> aot = new ArrayList<>();
        String aotNote;
        long prepareStart = System.nanoTime();
        if (prepareFast(root, fast)) {
            aotNote = String.format("AOT cache recorded by one training run in %.0f s.",
                    (System.nanoTime() - prepareStart) / 1e9);
            Path aotData = work.resolve("data-aot");
            String[] launcher = {root.resolve("scripts/run.sh").toString(), "--dir", fast.toString(), "--no-prepare"};
            start(AppInstance.embedded(aotData).port(port).launcher(launcher), "aot-first");
            for (int i = 0; i < runs; i++) {
                aot.add(start(AppInstance.embedded(aotData).port(port).launcher(launcher), "aot-" + i));
            }
        } else {
            aotNote = "Preparing the AOT cache failed (see " + work.resolve("prepare.log") + "); not measured.";
        }

        Report.Table table = report.table("Launch", "Runs", "Median wall-clock to ready", "All runs", "Median JVM CPU s",
                "Goal ≤ " + (int) goal + " s");
        row(table, "`java -jar app/target/careerbridge-crm.jar` (baseline)", plain, goal);
        if (!aot.isEmpty()) {
            row(table, "`scripts/run.sh`, the README's (extracted jar + AOT cache)", aot, goal);
        }
        report.section("Startup", "Start to readiness on the embedded PostgreSQL, kept data directory (a restart; the "
                + "first start on a new directory, with initdb and the migrations, is not counted). " + aotNote
                + " Load average: " + Report.loadAverage() + ".");
        table.write();
        if (!aot.isEmpty()) {
            report.text(String.format("AOT ÷ plain (median wall-clock): %.2f; (median CPU): %.2f.%n",
                    median(aot, Run::wallSeconds) / median(plain, Run::wallSeconds),
                    median(aot, Run::cpuSeconds) / median(plain, Run::cpuSeconds)));
        }
    }

    private Run start(AppInstance.Builder builder, String label) {
        AppInstance app = builder.logFile(BenchSettings.benchTarget().resolve("logs/startup-" + label + ".log")).build();
        try {
            app.start();
            Duration ready = app.awaitReady(Duration.ofMinutes(10));
            double cpu = app.cpuSeconds();
            Run run = new Run(ready.toMillis() / 1000.0, cpu);
            System.out.printf("  startup %-12s %6.2f s wall  %6.2f s JVM CPU%n", label, run.wallSeconds(), cpu);
            return run;
        } finally {
            app.stop(Duration.ofSeconds(60));
        }
    }

    private static boolean prepareFast(Path root, Path fast) {
        try {
            Files.createDirectories(fast.getParent());
            Process process = new ProcessBuilder(root.resolve("scripts/run.sh").toString(), "--prepare-only",
                    "--dir", fast.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(fast.resolveSibling("prepare.log").toFile())
                    .start();
            return process.waitFor(15, TimeUnit.MINUTES) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void row(Report.Table table, String name, List<Run> runs, double goal) {
        double wall = median(runs, Run::wallSeconds);
        StringBuilder all = new StringBuilder();
        runs.forEach(r -> all.append(String.format("%.1f ", r.wallSeconds())));
        table.row(name, runs.size(), String.format("%.1f s", wall), all.toString().strip() + " s",
                String.format("%.1f", median(runs, Run::cpuSeconds)),
                wall <= goal ? "met" : String.format("missed by %.1f s", wall - goal));
    }

    private static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> value) {
        double[] sorted = runs.stream().mapToDouble(value).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
