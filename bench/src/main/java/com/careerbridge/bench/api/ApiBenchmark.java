package com.careerbridge.bench.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careerbridge.bench.dataset.BenchTokens;
import com.careerbridge.bench.dataset.DataSet;
import com.careerbridge.bench.harness.AppInstance;
import com.careerbridge.bench.harness.BenchPostgres;
import com.careerbridge.bench.harness.BenchSettings;
import com.careerbridge.bench.harness.OpenLoad;
import com.careerbridge.bench.harness.Report;

/**
 * The candidates' API under open-model load, against the packaged application on the bench database:
 * {@code /actuator/health} (the in-run baseline: the same HTTP stack, almost no work), {@code GET /api/v1/me/guides}
 * and {@code /api/v1/me/sessions} at a fixed rate, each request with another candidate's token; then a step search for
 * the highest rate with p99 ≤ 50 ms and no errors; SQL statements per request from pg_stat_statements; and
 * PostgreSQL's own ceiling with {@code pgbench -S} on the same server.
 *
 * <p>Settings: bench.api.rate (1000), bench.api.seconds (60), bench.api.warmup-seconds (30), bench.api.steps
 * ("250,300,350,400,500,750,1000,1500,2000"), bench.api.step-seconds (20), bench.api.tokens (5000), bench.api.p99-goal-ms (50),
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

    public void run() {
        int rate = BenchSettings.integer("bench.api.rate", 1000);
        Duration measure = BenchSettings.seconds("bench.api.seconds", 60);
        Duration warmup = BenchSettings.seconds("bench.api.warmup-seconds", 30);
        Duration step = BenchSettings.seconds("bench.api.step-seconds", 20);
        double goalMillis = BenchSettings.integer("bench.api.p99-goal-ms", 50);
        List<BenchTokens.CandidateToken> tokens = BenchTokens.issue(postgres, data,
                BenchSettings.integer("bench.api.tokens", 5000), Duration.ofHours(6));
        OpenLoad load = new OpenLoad().timeout(Duration.ofSeconds(10));
        SqlCounters sql = new SqlCounters(postgres);

        List<String> jvm = new ArrayList<>(List.of("-Xmx1g", "-XX:+UseG1GC"));
        // e.g. -Dbench.api.jvm-extra=-XX:StartFlightRecording=filename=/tmp/api.jfr to profile the app under load
        String extra = BenchSettings.text("bench.api.jvm-extra", "").strip();
        if (!extra.isEmpty()) {
            jvm.addAll(List.of(extra.split("\\s+")));
        }
        try (AppInstance app = AppInstance.builder(postgres).port(BenchSettings.integer("bench.api.port", 18801))
                .jvmOptions(jvm.toArray(String[]::new))
                // Background work that is not under test stays off, so it cannot add noise to the figures.
                .argument("--careerbridge.mail.dispatch.enabled=false")
                .argument("--careerbridge.mail.digest.enabled=false")
                .argument("--logging.level.root=WARN")
                .logFile(BenchSettings.benchTarget().resolve("logs/app-api.log"))
                .build().start()) {
            Duration ready = app.awaitReady(Duration.ofMinutes(10));
            report.section("API under open-model load",
                    "The packaged jar (`java -Xmx1g -jar app/target/careerbridge-crm.jar`, its own JVM) against the bench "
                            + "database, mail dispatch and digest planning off; ready after "
                            + String.format("%.1f s", ready.toMillis() / 1000.0) + ". Load generator: JDK HttpClient "
                            + "(HTTP/1.1, loopback) on virtual threads in another JVM; requests on a fixed-rate timeline, "
                            + "latency from the *intended* send time (no coordinated omission); each request carries "
                            + "the token of one of " + tokens.size() + " candidates (each with "
                            + data.assignmentsPerCandidate() + " assigned guides and " + data.sessionsPerCandidate()
                            + " sessions). Load average at start: " + Report.loadAverage() + ".");

            URI health = app.uri("/actuator/health");
            URI guides = app.uri("/api/v1/me/guides");
            URI sessions = app.uri("/api/v1/me/sessions");
            LongFunction<HttpRequest> healthRequests = i -> load.get(health, null);
            LongFunction<HttpRequest> guideRequests = i -> load.get(guides, tokens.get((int) (i % tokens.size())).token());
            LongFunction<HttpRequest> sessionRequests = i -> load.get(sessions,
                    tokens.get((int) ((i * 7919) % tokens.size())).token());
            LongFunction<HttpRequest> mixed = i -> (i & 1) == 0 ? guideRequests.apply(i / 2) : sessionRequests.apply(i / 2);

            // Warm-up: JIT, connection pools, PostgreSQL's buffer cache for the candidates of the tokens.
            double warmRate = Math.min(rate, 500);
            System.out.println("API warm-up " + warmup.toSeconds() + " s at " + warmRate + "/s ...");
            System.out.println("  " + load.run("warm-up", warmRate, warmup, mixed));
            System.out.println("  " + load.run("warm-up health", warmRate, warmup.dividedBy(3), healthRequests));

            Report.Table fixed = report.table("Endpoint", "Rate", "Requests", "p50", "p95", "p99", "max", "Errors",
                    "SQL data statements / request", "… / authenticated request", "Transactions / request", "p99 ÷ health p99");
            OpenLoad.Result baseline = measured(load, sql, "GET /actuator/health", rate, measure, healthRequests, null,
                    fixed, null);
            OpenLoad.Result guideResult = measured(load, sql, "GET /api/v1/me/guides", rate, measure, guideRequests,
                    "guides", fixed, baseline);
            OpenLoad.Result sessionResult = measured(load, sql, "GET /api/v1/me/sessions", rate, measure,
                    sessionRequests, "sessions", fixed, baseline);
            fixed.write();
            report.text("Goal: p99 ≤ " + (int) goalMillis + " ms with no errors at " + rate + " requests/s. guides: "
                    + verdict(guideResult, goalMillis) + "; sessions: " + verdict(sessionResult, goalMillis) + ". "
                    + "App process after the fixed-rate runs: RSS " + app.residentBytes() / (1024 * 1024) + " MB, "
                    + String.format("%.0f", app.cpuSeconds()) + " CPU s since start.\n");

            // The overloaded runs leave requests queued in the app; the step search must not pay for them.
            double settled = settle(app);
            report.text(String.format("Before the step search the application worked off what the overloaded runs "
                    + "left queued (%.0f s until its CPU was idle).%n", settled));
            stepSearch(load, step, goalMillis, mixed, healthRequests);
        }
        pgbench();
    }

    private OpenLoad.Result measured(OpenLoad load, SqlCounters sql, String name, int rate, Duration duration,
                                     LongFunction<HttpRequest> requests, String detailName, Report.Table table,
                                     OpenLoad.Result baseline) {
        sql.reset();
        OpenLoad.Result result = load.run(name, rate, duration, requests);
        sleep(1500); // backends report their counters at most once a second
        SqlCounters.Snapshot counted = sql.read();
        long requestsDone = result.latency().count() + result.errors();
        double dataPerRequest = counted.dataStatementCalls() / (double) Math.max(1, requestsDone);
        double xactPerRequest = (counted.commits() + counted.rollbacks()) / (double) Math.max(1, requestsDone);
        System.out.println(result);
        table.row(name, rate + "/s", requestsDone, Report.ms(result.latency().p50()), Report.ms(result.latency().p95()),
                Report.ms(result.latency().p99()), Report.ms(result.latency().max()), result.errors(),
                String.format("%.2f", dataPerRequest),
                counted.tokenChecks() == 0 ? "–" : String.format("%.2f", counted.dataStatementCalls()
                        / (double) counted.tokenChecks()),
                String.format("%.2f", xactPerRequest),
                baseline == null ? "1 (baseline)" : String.format("%.1f×",
                        result.latency().p99() / (double) Math.max(1, baseline.latency().p99())));
        if (detailName != null) {
            details.add(new Detail(name, counted, requestsDone, result.outcomes()));
        }
        return result;
    }

    private record Detail(String name, SqlCounters.Snapshot counted, long requests, Map<String, Long> outcomes) {
    }

    private final List<Detail> details = new ArrayList<>();

    private void stepSearch(OpenLoad load, Duration step, double goalMillis, LongFunction<HttpRequest> mixed,
                            LongFunction<HttpRequest> health) {
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
            report.text("Outcomes: " + detail.outcomes() + "\n");
        }
        String steps = BenchSettings.text("bench.api.steps", "250,300,350,400,500,750,1000,1500,2000");
        report.heading("Step search: highest rate with p99 ≤ " + (int) goalMillis + " ms and no errors");
        report.text("Half guides, half sessions, " + step.toSeconds() + " s per step, with the health endpoint at the "
                + "same rate measured right after each step as the baseline of the moment (the machine is shared).\n");
        Report.Table table = report.table("Rate", "p50", "p99", "max", "Errors", "Achieved rate", "health p99 (same rate)",
                "p99 ÷ health p99", "Within goal");
        int best = 0;
        for (String each : steps.split(",")) {
            int rate = Integer.parseInt(each.strip());
            OpenLoad.Result result = load.run("mixed " + rate, rate, step, mixed);
            OpenLoad.Result baseline = load.run("health " + rate, rate, step.dividedBy(2), health);
            boolean ok = result.errors() == 0 && result.latency().p99Millis() <= goalMillis;
            System.out.println(result + "\n" + baseline);
            table.row(rate + "/s", Report.ms(result.latency().p50()), Report.ms(result.latency().p99()),
                    Report.ms(result.latency().max()), result.errors(), String.format("%.0f/s", result.achievedRate()),
                    Report.ms(baseline.latency().p99()),
                    String.format("%.1f×", result.latency().p99() / (double) Math.max(1, baseline.latency().p99())),
                    ok ? "yes" : "no");
            if (ok) {
                best = rate;
            } else {
                break;
            }
        }
        table.write();
        report.text("**Highest rate within the goal: " + (best == 0 ? "none of the steps" : best + " requests/s")
                + "** (goal 1,000/s, stretch 2,000/s).\n");
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
    private void pgbench() {
        String pgbench = BenchSettings.text("bench.pgbench", "/usr/bin/pgbench");
        if (!java.nio.file.Files.isExecutable(java.nio.file.Path.of(pgbench))) {
            report.text("pgbench not found at " + pgbench + ": PostgreSQL's own ceiling not measured.");
            return;
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
        for (int clients : new int[] {1, 8}) {
            String out = exec(List.of(pgbench, "-S", "-n", "-c", Integer.toString(clients), "-j",
                    Integer.toString(Math.min(clients, 2)), "-T", Integer.toString(seconds), "-h", "localhost", "-p", port,
                    "-U", "postgres", "pgbench"));
            table.row("scale 10, TCP loopback, " + seconds + " s", clients, find(out, "tps = ([\\d.]+)"),
                    find(out, "latency average = ([\\d.]+ ms)"));
        }
        report.heading("PostgreSQL's own ceiling (pgbench, same server, same moment)");
        table.write();
        if (init.contains("error")) {
            report.text("pgbench init said: " + init);
        }
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

    private static String verdict(OpenLoad.Result result, double goalMillis) {
        boolean ok = result.errors() == 0 && result.latency().p99Millis() <= goalMillis;
        return ok ? "met (p99 " + Report.ms(result.latency().p99()) + ")"
                : "missed (p99 " + Report.ms(result.latency().p99()) + ", " + result.errors() + " errors)";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
