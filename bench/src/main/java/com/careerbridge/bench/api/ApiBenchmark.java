package com.careerbridge.bench.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careerbridge.bench.dataset.BenchTokens;
import com.careerbridge.bench.dataset.DataSet;
import com.careerbridge.bench.harness.AppInstance;
import com.careerbridge.bench.harness.BenchPostgres;
import com.careerbridge.bench.harness.BenchSettings;
import com.careerbridge.bench.harness.CpuMeter;
import com.careerbridge.bench.harness.RateBench;
import com.careerbridge.bench.harness.Report;

/**
 * The candidates' API under open-model load, against the packaged application on the bench database:
 * {@code /actuator/health} (the in-run baseline: the same HTTP stack, almost no work), {@code GET /api/v1/me/guides}
 * and {@code /api/v1/me/sessions} at a fixed rate, each request with another candidate's token; then a step search for
 * the highest rate with p99 ≤ 50 ms and no errors, with the health endpoint at each rate and beyond, up to its own
 * highest rate within the goal; SQL statements per request from pg_stat_statements; and PostgreSQL's own ceiling with
 * {@code pgbench -S} on the same server. The load comes from {@link RateBench} (a C program, its CPU reported), and
 * every measured window's CPU is split per response into the application, PostgreSQL, the generator and all other
 * processes ({@link CpuMeter}).
 *
 * <p>Settings: bench.api.rate (1000), bench.api.seconds (60), bench.api.warmup-seconds (30), bench.api.steps
 * ("250,300,350,400,500,750,1000,1500,2000"), bench.api.health-steps (further rates for the health endpoint's ceiling,
 * "3000,4000,6000,8000"), bench.api.step-seconds (20), bench.api.run-warmup-seconds (2, before each measured window),
 * bench.api.connections (64), bench.api.deadline-seconds (10), bench.api.tokens (5000), bench.api.p99-goal-ms (50),
 * bench.api.port (18801), bench.pgbench.seconds (15).
 */
public final class ApiBenchmark {

    private final BenchPostgres postgres;
    private final DataSet data;
    private final Report report;

    public ApiBenchmark(BenchPostgres postgres, DataSet data, Report report) {
        this.postgres = postgres;
        this.data = data;
        this.report = report;
    }

    /** One measured window: the generator's figures and the CPU the processes used meanwhile. */
    private record Measured(String name, RateBench.Result load, CpuMeter.Used cpu) {

        boolean withinGoal(double goalMillis) {
            return load.errors() == 0 && load.count("connect_errors") == 0 && load.p99Millis() <= goalMillis;
        }

        String perResponse(double seconds) {
            long responses = load.windowResponses();
            return responses == 0 ? "–" : String.format("%.3f", seconds * 1000 / responses);
        }

        String app() {
            return perResponse(cpu.app());
        }

        String postgres() {
            return perResponse(cpu.postgres());
        }

        String generator() {
            return perResponse(load.generatorCpuSeconds());
        }

        /** What all other processes used: the bench JVM, kernel threads, anything else running. */
        String rest() {
            return perResponse(cpu.other());
        }

        /** All processes' CPU seconds per second of the window: how many of the machine's cores were busy. */
        String coresBusy() {
            double all = cpu.app() + cpu.postgres() + load.generatorCpuSeconds() + cpu.other();
            return String.format("%.2f of %d", all / cpu.seconds(), Runtime.getRuntime().availableProcessors());
        }

        double appMillisPerResponse() {
            return load.windowResponses() == 0 ? Double.NaN : cpu.app() * 1000 / load.windowResponses();
        }
    }

    /** What the step search found. */
    private record Steps(int best, Measured bestApi, Measured bestHealth, int healthBest, boolean healthCeilingFound) {
    }

    public void run() {
        int rate = BenchSettings.integer("bench.api.rate", 1000);
        Duration measure = BenchSettings.seconds("bench.api.seconds", 60);
        Duration warmup = BenchSettings.seconds("bench.api.warmup-seconds", 30);
        Duration step = BenchSettings.seconds("bench.api.step-seconds", 20);
        double goalMillis = BenchSettings.integer("bench.api.p99-goal-ms", 50);
        // Compiled before anything starts: a machine without gcc fails here, with the reason.
        RateBench generator = RateBench.compiled();
        List<BenchTokens.CandidateToken> tokens = BenchTokens.issue(postgres, data,
                BenchSettings.integer("bench.api.tokens", 5000), Duration.ofHours(6));
        Path guides = requestList("guides.tsv", tokens, false);
        Path sessions = requestList("sessions.tsv", tokens, true);
        Path mixed = mixedList(tokens);
        SqlCounters sql = new SqlCounters(postgres);

        List<String> jvm = new ArrayList<>(List.of("-Xmx1g", "-XX:+UseG1GC"));
        // e.g. -Dbench.api.jvm-extra=-XX:StartFlightRecording=filename=/tmp/api.jfr to profile the app under load
        String extra = BenchSettings.text("bench.api.jvm-extra", "").strip();
        if (!extra.isEmpty()) {
            jvm.addAll(List.of(extra.split("\\s+")));
        }
        Steps steps;
        try (AppInstance app = AppInstance.builder(postgres).port(BenchSettings.integer("bench.api.port", 18801))
                .jvmOptions(jvm.toArray(String[]::new))
                // Background work that is not under test stays off, so it cannot add noise to the figures.
                .argument("--careerbridge.mail.dispatch.enabled=false")
                .argument("--careerbridge.mail.digest.enabled=false")
                .argument("--logging.level.root=WARN")
                .logFile(BenchSettings.benchTarget().resolve("logs/app-api.log"))
                .build().start()) {
            Duration ready = app.awaitReady(Duration.ofMinutes(10));
            Loads loads = new Loads(generator, CpuMeter.of(app, postgres), app.port());
            report.section("API under open-model load",
                    "The packaged jar (`java -Xmx1g -jar app/target/careerbridge-crm.jar`, its own JVM) against the bench "
                            + "database, mail dispatch and digest planning off; ready after "
                            + String.format("%.1f s", ready.toMillis() / 1000.0) + ". Load generator: `ratebench` "
                            + "(bench/loadgen/ratebench.c, one C thread, epoll, " + loads.connections
                            + " keep-alive HTTP/1.1 connections over loopback); requests on a fixed-rate timeline, "
                            + "latency from the *intended* send time (no coordinated omission); each measured window "
                            + "follows " + loads.runWarmup.toSeconds() + " s at the same rate that are not recorded, "
                            + "requests still unanswered " + loads.deadline.toSeconds() + " s after the window count "
                            + "as errors. Each request carries the token of one of " + tokens.size() + " candidates "
                            + "(each with " + data.assignmentsPerCandidate() + " assigned guides and "
                            + data.sessionsPerCandidate() + " sessions). CPU per response = CPU seconds used during the "
                            + "measured window ÷ responses received in it: the application's JVM and PostgreSQL (the "
                            + "postmaster and all its processes) from /proc, the generator from its own getrusage; "
                            + "\"other\" is what all other processes used meanwhile (the sum over /proc: the bench "
                            + "JVM, the kernel's threads, anything else running); \"cores busy\" is all processes' CPU "
                            + "seconds per second of the window. Load average at start: "
                            + Report.loadAverage() + ".");

            // Warm-up: JIT, connection pools, PostgreSQL's buffer cache for the candidates of the tokens.
            double warmRate = Math.min(rate, 500);
            System.out.println("API warm-up " + warmup.toSeconds() + " s at " + warmRate + "/s ...");
            System.out.println("  " + generator.run(loads.load(warmRate, warmup).requests(mixed)));
            System.out.println("  " + generator.run(loads.load(warmRate, warmup.dividedBy(3)).path("/actuator/health")));

            Report.Table fixed = report.table("Endpoint", "Rate", "Requests", "p50", "p99", "p99.9", "max", "Errors",
                    "Achieved rate", "SQL data statements / request", "… / authenticated request",
                    "Transactions / request", "p99 ÷ health p99");
            Report.Table cpu = report.table("Endpoint", "Rate", "Responses in window", "app", "PostgreSQL",
                    "generator", "other", "Cores busy");
            List<Detail> details = new ArrayList<>();
            Measured baseline = measured(loads, sql, "GET /actuator/health",
                    loads.load(rate, measure).path("/actuator/health"), null, fixed, cpu, details);
            Measured guideResult = measured(loads, sql, "GET /api/v1/me/guides", loads.load(rate, measure).requests(guides),
                    baseline, fixed, cpu, details);
            Measured sessionResult = measured(loads, sql, "GET /api/v1/me/sessions",
                    loads.load(rate, measure).requests(sessions), baseline, fixed, cpu, details);
            fixed.write();
            report.text("CPU per response (ms) over the same windows:\n");
            cpu.write();
            report.text("Goal: p99 ≤ " + (int) goalMillis + " ms with no errors at " + rate + " requests/s. guides: "
                    + verdict(guideResult, goalMillis) + "; sessions: " + verdict(sessionResult, goalMillis) + ". "
                    + "App process after the fixed-rate runs: RSS " + app.residentBytes() / (1024 * 1024) + " MB, "
                    + String.format("%.0f", app.cpuSeconds()) + " CPU s since start.\n");
            statements(details);

            // The overloaded runs leave requests queued in the app; the step search must not pay for them.
            double settled = settle(app);
            report.text(String.format("Before the step search the application worked off what the overloaded runs "
                    + "left queued (%.0f s until its CPU was idle).%n", settled));
            steps = stepSearch(loads, step, goalMillis, mixed);
        }
        double pgbenchTps = pgbench();
        summary(steps, pgbenchTps, goalMillis);
    }

    /** The generator with this benchmark's settings, and the CPU meter sampled at its window's edges. */
    private static final class Loads {
        final RateBench generator;
        final CpuMeter meter;
        final int port;
        final int connections = BenchSettings.integer("bench.api.connections", 64);
        final Duration runWarmup = BenchSettings.seconds("bench.api.run-warmup-seconds", 2);
        final Duration deadline = BenchSettings.seconds("bench.api.deadline-seconds", 10);

        Loads(RateBench generator, CpuMeter meter, int port) {
            this.generator = generator;
            this.meter = meter;
            this.port = port;
        }

        RateBench.Load load(double rate, Duration duration) {
            return RateBench.load(port, rate, duration).connections(connections).deadline(deadline);
        }

        Measured measure(String name, RateBench.Load load) {
            CpuMeter.Sample[] samples = new CpuMeter.Sample[2];
            // sampled when the generator says its window opened and closed (a line on its output, read at once)
            RateBench.Result result = generator.run(load.warmup(runWarmup), new RateBench.Window() {
                @Override
                public void started(long generatorPid) {
                    samples[0] = meter.sample(generatorPid);
                }

                @Override
                public void ended(long generatorPid) {
                    samples[1] = meter.sample(generatorPid);
                }
            });
            System.out.println(name + ": " + result);
            if (samples[0] == null || samples[1] == null) {
                throw new IllegalStateException("The load generator did not mark its window: " + result);
            }
            return new Measured(name, result, samples[1].minus(samples[0]));
        }
    }

    private Measured measured(Loads loads, SqlCounters sql, String name, RateBench.Load load, Measured baseline,
                              Report.Table table, Report.Table cpu, List<Detail> details) {
        sql.reset();
        Measured result = loads.measure(name, load);
        sleep(1500); // backends report their counters at most once a second
        SqlCounters.Snapshot counted = sql.read();
        // The counters saw the run's warm-up too: divide by every request the app answered in the run.
        long answered = result.load().answeredInRun();
        double dataPerRequest = counted.dataStatementCalls() / (double) Math.max(1, answered);
        double xactPerRequest = (counted.commits() + counted.rollbacks()) / (double) Math.max(1, answered);
        RateBench.Result load1 = result.load();
        table.row(name, (int) load.rate() + "/s", load1.scheduled(), Report.ms(load1.p50Millis()),
                Report.ms(load1.p99Millis()), Report.ms(load1.p999Millis()), Report.ms(load1.maxMillis()),
                load1.errors(), String.format("%.0f/s", load1.achievedRate()),
                String.format("%.2f", dataPerRequest),
                counted.tokenChecks() == 0 ? "–" : String.format("%.2f", counted.dataStatementCalls()
                        / (double) counted.tokenChecks()),
                String.format("%.2f", xactPerRequest),
                baseline == null ? "1 (baseline)" : ratio(load1.p99Millis(), baseline.load().p99Millis()));
        cpu.row(name, (int) load.rate() + "/s", load1.windowResponses(), result.app(), result.postgres(),
                result.generator(), result.rest(), result.coresBusy());
        if (baseline != null) {
            details.add(new Detail(name, counted, load1.outcomes()));
        }
        return result;
    }

    private record Detail(String name, SqlCounters.Snapshot counted, String outcomes) {
    }

    private void statements(List<Detail> details) {
        for (Detail detail : details) {
            Report.Table statements = report.table("Statement (normalised)", "Calls / authenticated request",
                    "Mean time");
            detail.counted().statements().stream().limit(8).forEach(s -> statements.row(
                    "`" + s.query().replaceAll("\\s+", " ").replace("|", "\\|").substring(0,
                            Math.min(110, s.query().replaceAll("\\s+", " ").length())) + "`",
                    String.format("%.2f", s.calls() / (double) Math.max(1, detail.counted().tokenChecks())),
                    Report.ms(s.totalMillis() / Math.max(1, s.calls()))));
            report.heading("What PostgreSQL ran for " + detail.name() + " (pg_stat_statements, top 8)");
            statements.write();
            report.text("Outcomes of the window: " + detail.outcomes() + "\n");
        }
    }

    private Steps stepSearch(Loads loads, Duration step, double goalMillis, Path mixed) {
        String stepList = BenchSettings.text("bench.api.steps", "250,300,350,400,500,750,1000,1500,2000");
        String healthList = BenchSettings.text("bench.api.health-steps", "3000,4000,6000,8000");
        report.heading("Step search: highest rate with p99 ≤ " + (int) goalMillis + " ms and no errors");
        report.text("Half guides, half sessions, " + step.toSeconds() + " s per step, with the health endpoint at the "
                + "same rate measured right after each step (" + step.dividedBy(2).toSeconds() + " s) as the baseline "
                + "of the moment. CPU columns: milliseconds per response in the step's window (app, PostgreSQL, "
                + "generator, other processes); \"health app\" is the application's CPU per health response.\n");
        Report.Table table = report.table("Rate", "p50", "p99", "max", "Errors", "Achieved rate", "app", "PostgreSQL",
                "generator", "other", "Cores busy", "health p99 (same rate)", "health app", "p99 ÷ health p99",
                "Within goal");
        int best = 0;
        Measured bestApi = null;
        Measured bestHealth = null;
        int healthBest = 0;
        boolean healthMissed = false;
        int lastRate = 0;
        String failed = null;
        for (String each : stepList.split(",")) {
            int rate = Integer.parseInt(each.strip());
            lastRate = rate;
            Measured result = loads.measure("mixed " + rate, loads.load(rate, step).requests(mixed));
            Measured health = loads.measure("health " + rate,
                    loads.load(rate, step.dividedBy(2)).path("/actuator/health"));
            boolean ok = result.withinGoal(goalMillis);
            RateBench.Result api = result.load();
            table.row(rate + "/s", Report.ms(api.p50Millis()), Report.ms(api.p99Millis()), Report.ms(api.maxMillis()),
                    api.errors(), String.format("%.0f/s", api.achievedRate()), result.app(), result.postgres(),
                    result.generator(), result.rest(), result.coresBusy(), Report.ms(health.load().p99Millis()),
                    health.app(), ratio(api.p99Millis(), health.load().p99Millis()), ok ? "yes" : "no");
            if (!healthMissed && health.withinGoal(goalMillis)) {
                healthBest = rate;
            } else {
                healthMissed = true;
            }
            if (ok) {
                best = rate;
                bestApi = result;
                bestHealth = health;
            } else {
                failed = rate + "/s: " + api.outcomes();
                break;
            }
        }
        table.write();
        if (failed != null) {
            report.text("Outcomes of the window at " + failed + ".\n");
        }

        // The health endpoint's own ceiling: the same steps beyond the API's last one, then the further ones.
        TreeSet<Integer> further = new TreeSet<>();
        for (String each : (stepList + "," + healthList).split(",")) {
            if (!each.isBlank() && Integer.parseInt(each.strip()) > lastRate) {
                further.add(Integer.parseInt(each.strip()));
            }
        }
        if (!healthMissed && !further.isEmpty()) {
            Report.Table healthTable = report.table("Health rate", "p50", "p99", "max", "Errors", "Achieved rate",
                    "app", "PostgreSQL", "generator", "other", "Cores busy", "Within goal");
            for (int rate : further) {
                Measured health = loads.measure("health " + rate, loads.load(rate, step.dividedBy(2))
                        .path("/actuator/health"));
                RateBench.Result load = health.load();
                boolean ok = health.withinGoal(goalMillis);
                healthTable.row(rate + "/s", Report.ms(load.p50Millis()), Report.ms(load.p99Millis()),
                        Report.ms(load.maxMillis()), load.errors(), String.format("%.0f/s", load.achievedRate()),
                        health.app(), health.postgres(), health.generator(), health.rest(), health.coresBusy(),
                        ok ? "yes" : "no");
                if (!ok) {
                    healthMissed = true;
                    break;
                }
                healthBest = rate;
            }
            report.text("The health endpoint alone, beyond the API's steps, " + step.dividedBy(2).toSeconds()
                    + " s per step, up to its own highest rate within the goal:\n");
            healthTable.write();
        }
        report.text("**Highest rate within the goal: " + (best == 0 ? "none of the steps" : best + " requests/s")
                + "** (goal 1,000/s, stretch 2,000/s); the health endpoint's: " + (healthBest == 0 ? "none of the steps"
                : (healthMissed ? "" : "at least ") + healthBest + " requests/s") + ".\n");
        return new Steps(best, bestApi, bestHealth, healthBest, healthMissed);
    }

    /** The ratios the issue asks for, once pgbench has run too. */
    private void summary(Steps steps, double pgbenchTps, double goalMillis) {
        report.heading("API against its baselines (same run)");
        if (steps.best() == 0) {
            report.text("No step met p99 ≤ " + (int) goalMillis + " ms with no errors: no ratio to give.\n");
            return;
        }
        StringBuilder text = new StringBuilder();
        text.append("Highest API rate within the goal: **").append(steps.best()).append("/s**. ");
        if (steps.healthBest() > 0) {
            text.append("To the health endpoint's highest rate within the goal (").append(steps.healthCeilingFound()
                    ? "" : "at least ").append(steps.healthBest()).append("/s): ")
                    .append(String.format("%.2f", steps.best() / (double) steps.healthBest()))
                    .append(steps.healthCeilingFound() ? "" : " or less").append(". ");
        }
        if (pgbenchTps > 0) {
            text.append("To `pgbench -S` (8 clients, ").append(String.format("%.0f", pgbenchTps)).append(" tx/s): ")
                    .append(String.format("%.3f", steps.best() / pgbenchTps))
                    .append(" (a pgbench -S transaction is one statement; an API request's are counted above). ");
        }
        Measured api = steps.bestApi();
        Measured health = steps.bestHealth();
        text.append(String.format("At %d/s the application spent %s ms of CPU per API response and %s ms per health "
                        + "response (%.1f×), PostgreSQL %s ms, the load generator %s ms, other processes %s ms.%n",
                steps.best(), api.app(), health.app(), api.appMillisPerResponse() / health.appMillisPerResponse(),
                api.postgres(), api.generator(), api.rest()));
        report.text(text.toString());
    }

    private static String ratio(double millis, double baselineMillis) {
        return String.format("%.1f×", millis / Math.max(0.001, baselineMillis));
    }

    /** A request list for the generator: one candidate's token per line, in the order given or spread by 7919. */
    private static Path requestList(String name, List<BenchTokens.CandidateToken> tokens, boolean spread) {
        String path = name.startsWith("guides") ? "/api/v1/me/guides" : "/api/v1/me/sessions";
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            lines.append(path).append('\t').append(token(tokens, i, spread)).append('\n');
        }
        return write(name, lines);
    }

    /** Guides and sessions in turn, each with the tokens in its own order. */
    private static Path mixedList(List<BenchTokens.CandidateToken> tokens) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            lines.append("/api/v1/me/guides\t").append(token(tokens, i, false)).append('\n');
            lines.append("/api/v1/me/sessions\t").append(token(tokens, i, true)).append('\n');
        }
        return write("mixed.tsv", lines);
    }

    /** The i-th token in the order given, or spread by the prime 7919 (the same tokens in another order). */
    private static String token(List<BenchTokens.CandidateToken> tokens, int i, boolean spread) {
        return tokens.get(spread ? (int) ((i * 7919L) % tokens.size()) : i).token();
    }

    private static Path write(String name, CharSequence lines) {
        Path file = BenchSettings.benchTarget().resolve("loadgen").resolve(name);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, lines);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the app's CPU is nearly idle for 3 s in a row (at most 2 minutes); returns the seconds waited. */
    private static double settle(AppInstance app) {
        long start = System.nanoTime();
        double last = app.cpuSeconds();
        int calm = 0;
        while (calm < 3 && System.nanoTime() - start < TimeUnit.MINUTES.toNanos(2)) {
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
            double now = app.cpuSeconds();
            calm = now - last < 0.1 ? calm + 1 : 0;
            last = now;
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** PostgreSQL's own ceiling on this machine right now: read-only pgbench over TCP on the same server. */
    private double pgbench() {
        String pgbench = BenchSettings.text("bench.pgbench", "/usr/bin/pgbench");
        if (!Files.isExecutable(Path.of(pgbench))) {
            report.text("pgbench not found at " + pgbench + ": PostgreSQL's own ceiling not measured.");
            return Double.NaN;
        }
        int seconds = BenchSettings.integer("bench.pgbench.seconds", 15);
        try (var connection = postgres.connect("postgres"); var sql = connection.createStatement()) {
            try (var rows = sql.executeQuery("select 1 from pg_database where datname = 'pgbench'")) {
                if (!rows.next()) {
                    sql.execute("create database pgbench");
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        String port = Integer.toString(postgres.port());
        String init = exec(List.of(pgbench, "-i", "-q", "-s", "10", "-h", "localhost", "-p", port, "-U", "postgres",
                "pgbench"));
        Report.Table table = report.table("pgbench -S (select by primary key)", "Clients", "Transactions/s",
                "Mean latency");
        double tps = Double.NaN;
        for (int clients : new int[] {1, 8}) {
            String out = exec(List.of(pgbench, "-S", "-n", "-c", Integer.toString(clients), "-j",
                    Integer.toString(Math.min(clients, 2)), "-T", Integer.toString(seconds), "-h", "localhost", "-p", port,
                    "-U", "postgres", "pgbench"));
            String found = find(out, "tps = ([\\d.]+)");
            table.row("scale 10, TCP loopback, " + seconds + " s", clients, found,
                    find(out, "latency average = ([\\d.]+ ms)"));
            if (clients == 8 && !found.equals("?")) {
                tps = Double.parseDouble(found);
            }
        }
        report.heading("PostgreSQL's own ceiling (pgbench, same server, same moment)");
        table.write();
        if (init.contains("error")) {
            report.text("pgbench init said: " + init);
        }
        return tps;
    }

    private static String find(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        return matcher.find() ? matcher.group(1) : "?";
    }

    private static String exec(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            StringBuilder out = new StringBuilder();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
                reader.lines().forEach(line -> out.append(line).append('\n'));
            }
            process.waitFor(10, TimeUnit.MINUTES);
            System.out.print(out);
            return out.toString();
        } catch (IOException e) {
            return "failed: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static String verdict(Measured result, double goalMillis) {
        RateBench.Result load = result.load();
        return result.withinGoal(goalMillis) ? "met (p99 " + Report.ms(load.p99Millis()) + ")"
                : "missed (p99 " + Report.ms(load.p99Millis()) + ", " + load.errors() + " errors)";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
