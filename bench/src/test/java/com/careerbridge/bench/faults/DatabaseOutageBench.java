package com.careerbridge.bench.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careerbridge.bench.harness.AppInstance;
import com.careerbridge.bench.harness.BenchPostgres;
import com.careerbridge.bench.harness.BenchSettings;
import com.careerbridge.bench.harness.LatencyRecorder;
import com.careerbridge.bench.harness.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stopped (pg_ctl stop -m fast) for {@code bench.outage.seconds} (10) while the API is under a fixed
 * arrival rate of reads and writes. Every request must get an answer: while the database is away a 503
 * service-unavailable problem with Retry-After within 1 s, never a hang, a 500 or an HTML page; within 5 s of
 * PostgreSQL's return everything succeeds again, without restarting the application; readiness goes DOWN and UP; and
 * no write is left half done (each assignment the API confirmed exists with all its checklist items, and no assignment
 * exists without them).
 */
class DatabaseOutageBench {

    private static final Duration OUTAGE = BenchSettings.seconds("bench.outage.seconds", 10);
    private static final Duration BEFORE = Duration.ofSeconds(8);
    /** A server under load is warm: the same load first, uncounted (a cold JVM queues on the pool for seconds). */
    private static final Duration WARMUP = BenchSettings.seconds("bench.outage.warmup-seconds", 15);
    private static final Duration AFTER = Duration.ofSeconds(15);
    private static final double READS_PER_SECOND = BenchSettings.integer("bench.outage.reads", 40);
    private static final double WRITES_PER_SECOND = BenchSettings.integer("bench.outage.writes", 10);
    private static final Duration FAST_FAILURE = Duration.ofSeconds(1);
    private static final Duration RECOVERY = Duration.ofSeconds(5);
    private static final Duration HANG = Duration.ofSeconds(5);
    private static final String ADMIN_EMAIL = "bench-admin@bench.example";
    private static final String ADMIN_PASSWORD = "bench admin password, long enough";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

    private static final Report report = Report.fromSettings();
    private static BenchPostgres postgres;
    private static AppInstance app;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();

    @BeforeAll
    static void start() {
        postgres = FaultFixtures.freshPostgres("outage");
        app = AppInstance.builder(postgres).port(18871)
                .env("CAREERBRIDGE_ADMIN_EMAIL", ADMIN_EMAIL)
                .env("CAREERBRIDGE_ADMIN_PASSWORD", ADMIN_PASSWORD)
                .build().start();
        app.awaitReady(BenchSettings.seconds("bench.faults.ready-seconds", 900));
        int candidates = (int) Math.ceil(WRITES_PER_SECOND * (WARMUP.toSeconds() + BEFORE.toSeconds() + OUTAGE.toSeconds() + AFTER.toSeconds())) + 100;
        postgres.execute("insert into candidate (full_name, email, preferred_locale, time_zone, career_stage, "
                + "pipeline_status, created_at, updated_at) select 'Outage Candidate ' || g, 'outage-' || g || "
                + "'@bench.example', 'ko', 'Asia/Seoul', 'NEW_GRADUATE', 'ACTIVE', now(), now() "
                + "from generate_series(1, " + candidates + ") g");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.stop(Duration.ofSeconds(30));
        }
        if (postgres != null) {
            postgres.stop();
        }
    }

    /** One answered (or unanswered) request. */
    private record Call(String kind, long intendedNanos, long latencyNanos, int status, String body, String retryAfter,
                        String failure, long candidateId) {

        boolean ok() {
            return status == 200 || status == 201;
        }

        boolean unavailableProblem() {
            return status == 503 && body != null && body.contains("/problems/service-unavailable")
                    && retryAfter != null;
        }
    }

    @Test
    void theApiFailsFastDuringAnOutageAndRecoversByItself() throws Exception {
        String token = token();
        long guideId = FaultFixtures.count(postgres, "select id from role_guide where slug = 'sales'");
        List<Long> candidateIds = new ArrayList<>();
        try (var connection = postgres.connect(); var statement = connection.createStatement();
             var rows = statement.executeQuery("select id from candidate order by id")) {
            while (rows.next()) {
                candidateIds.add(rows.getLong(1));
            }
        }

        warmUp(token, guideId, candidateIds);

        ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<long[]> readiness = new ConcurrentLinkedQueue<>(); // {nanos, status}
        Duration total = BEFORE.plus(OUTAGE).plus(AFTER);
        long start = System.nanoTime() + 50_000_000;
        long[] stoppedAt = new long[1];
        long[] startedAt = new long[1];

        Thread outage = Thread.ofPlatform().name("outage").start(() -> {
            LockSupport.parkNanos(start + BEFORE.toNanos() - System.nanoTime());
            stoppedAt[0] = System.nanoTime();
            postgres.stop();
            LockSupport.parkNanos(stoppedAt[0] + OUTAGE.toNanos() - System.nanoTime());
            postgres.start();
            startedAt[0] = System.nanoTime();
        });
        Thread probe = Thread.ofVirtual().start(() -> {
            while (System.nanoTime() < start + total.toNanos()) {
                readiness.add(new long[] {System.nanoTime(), status(get("/actuator/health/readiness", null))});
                LockSupport.parkNanos(100_000_000);
            }
        });

        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            long reads = Math.round(READS_PER_SECOND * total.toSeconds());
            long writes = Math.round(WRITES_PER_SECOND * total.toSeconds());
            // Both series on one timeline, merged in order of their intended send times.
            List<long[]> timeline = new ArrayList<>(); // {intendedNanos, kind 0=read 1=write, index}
            for (long i = 0; i < reads; i++) {
                timeline.add(new long[] {start + Math.round(i * 1e9 / READS_PER_SECOND), 0, i});
            }
            for (long i = 0; i < writes; i++) {
                timeline.add(new long[] {start + Math.round(i * 1e9 / WRITES_PER_SECOND), 1, i});
            }
            timeline.sort((a, b) -> Long.compare(a[0], b[0]));
            for (long[] slot : timeline) {
                long wait = slot[0] - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                if (slot[1] == 0) {
                    HttpRequest request = get("/api/v1/candidates?size=20&page=" + (slot[2] % 50), token);
                    senders.execute(() -> calls.add(send("read", slot[0], request, -1)));
                } else {
                    long candidateId = candidateIds.get((int) slot[2]);
                    HttpRequest request = assign(token, candidateId, guideId);
                    senders.execute(() -> calls.add(send("write", slot[0], request, candidateId)));
                }
            }
            senders.shutdown();
            senders.awaitTermination(HANG.toSeconds() + 10, TimeUnit.SECONDS);
        }
        outage.join();
        probe.join();

        analyse(new ArrayList<>(calls), new ArrayList<>(readiness), stoppedAt[0], startedAt[0]);
    }

    /** The write of the mix: a guide assigned to a candidate (assignment, checklist items, activity, readiness). */
    private HttpRequest assign(String token, long candidateId, long guideId) {
        return HttpRequest.newBuilder(app.uri("/api/v1/candidates/" + candidateId + "/assignments"))
                .timeout(HANG).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"guideId\":" + guideId + "}")).build();
    }

    /** The same mix at the same rates, writes to candidates from the end of the list (the measured run starts at the front). */
    private void warmUp(String token, long guideId, List<Long> candidateIds) throws InterruptedException {
        long start = System.nanoTime();
        long reads = Math.round(READS_PER_SECOND * WARMUP.toSeconds());
        long writes = Math.round(WRITES_PER_SECOND * WARMUP.toSeconds());
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long i = 0; i < reads + writes; i++) {
                LockSupport.parkNanos(start + Math.round(i * 1e9 / (READS_PER_SECOND + WRITES_PER_SECOND)) - System.nanoTime());
                long slot = i;
                if (slot % 5 == 4 && slot / 5 < writes) {
                    long candidateId = candidateIds.get(candidateIds.size() - 1 - (int) (slot / 5));
                    HttpRequest request = assign(token, candidateId, guideId);
                    senders.execute(() -> send("warm-up", slot, request, candidateId));
                } else {
                    HttpRequest request = get("/api/v1/candidates?size=20&page=" + (slot % 50), token);
                    senders.execute(() -> send("warm-up", slot, request, -1));
                }
            }
        }
    }

    private void analyse(List<Call> calls, List<long[]> readiness, long stoppedAt, long startedAt) {
        long recoveredBy = startedAt + RECOVERY.toNanos();
        Map<String, Long> outcomes = new TreeMap<>();
        LatencyRecorder failures = new LatencyRecorder("503 during the outage");
        List<Call> bad = new ArrayList<>();
        long firstSuccessAfterRestart = Long.MAX_VALUE;
        long lastFailure = 0;
        for (Call call : calls) {
            String outcome = call.kind() + " " + (call.failure() != null ? call.failure() : "HTTP " + call.status());
            outcomes.merge(outcome, 1L, Long::sum);
            long sentAt = call.intendedNanos();
            if (call.ok()) {
                if (sentAt >= startedAt) {
                    firstSuccessAfterRestart = Math.min(firstSuccessAfterRestart, sentAt + call.latencyNanos());
                }
                continue;
            }
            lastFailure = Math.max(lastFailure, sentAt + call.latencyNanos());
            boolean duringOutage = sentAt + call.latencyNanos() >= stoppedAt && sentAt < recoveredBy;
            if (call.unavailableProblem()) {
                failures.record(call.latencyNanos());
            }
            if (!duringOutage || !call.unavailableProblem() || call.latencyNanos() > FAST_FAILURE.toNanos()) {
                bad.add(call);
            }
        }
        LatencyRecorder.Stats failureStats = failures.stats();
        double recoverySeconds = (firstSuccessAfterRestart - startedAt) / 1e9;
        double lastFailureAfterRestart = Math.max(0, (lastFailure - startedAt) / 1e9);
        long downAt = readiness.stream().filter(r -> r[0] >= stoppedAt && r[1] != 200).mapToLong(r -> r[0]).min().orElse(-1);
        long upAt = readiness.stream().filter(r -> r[0] >= startedAt && r[1] == 200).mapToLong(r -> r[0]).min().orElse(-1);

        Completeness writes = completeness(calls);

        report.section("Fault test: PostgreSQL stopped under load", String.format(
                "One application instance (jar, -Xmx512m) under %.0f reads/s (candidate list pages) and %.0f writes/s (a "
                        + "guide assigned to a new candidate each time: assignment, checklist items, activity, readiness) "
                        + "for %d s after an uncounted warm-up of %d s with the same load; PostgreSQL stopped (pg_ctl stop -m fast) %d s in, for %d s, then started on the same "
                        + "data. Hikari connection-timeout 800 ms. Load average now %s.",
                READS_PER_SECOND, WRITES_PER_SECOND, BEFORE.plus(OUTAGE).plus(AFTER).toSeconds(), WARMUP.toSeconds(),
                BEFORE.toSeconds(),
                OUTAGE.toSeconds(), Report.loadAverage()));
        Report.Table table = report.table("Figure", "Value");
        outcomes.forEach((outcome, count) -> table.row("Requests: " + outcome, count));
        table.row("503 answers: latency p50 / p99 / max", Report.ms(failureStats.p50()) + " / "
                        + Report.ms(failureStats.p99()) + " / " + Report.ms(failureStats.max()))
                .row("Requests with any other failure, a hang (> 5 s) or a 503 slower than 1 s", bad.size())
                .row("First success after PostgreSQL was back", String.format("%.2f s", recoverySeconds))
                .row("Last failure after PostgreSQL was back", String.format("%.2f s", lastFailureAfterRestart))
                .row("Readiness DOWN after the stop", downAt < 0 ? "never" : String.format("%.2f s", (downAt - stoppedAt) / 1e9))
                .row("Readiness UP after the start", upAt < 0 ? "never" : String.format("%.2f s", (upAt - startedAt) / 1e9))
                .row("Writes confirmed (201) / assignments in the database / without all their items",
                        writes.confirmed() + " / " + writes.stored() + " / " + writes.incomplete())
                .row("Confirmed writes missing from the database", writes.missing())
                .write();
        bad.stream().limit(5).forEach(call -> report.text("Unexpected: " + call.kind() + " at +"
                + String.format("%.2f s", (call.intendedNanos() - stoppedAt) / 1e9) + " after the stop: "
                + (call.failure() != null ? call.failure() : "HTTP " + call.status()) + " in "
                + Report.ms(call.latencyNanos()) + " " + abbreviate(call.body())));

        long failedBefore = calls.stream().filter(c -> c.intendedNanos() + c.latencyNanos() < stoppedAt && !c.ok()).count();
        assertThat(failedBefore).as("requests that failed before PostgreSQL was stopped: the application did not keep up "
                + "with the load at all (a machine too busy for this measurement), so nothing below would mean anything")
                .isZero();
        assertThat(failureStats.count()).as("the outage was noticed (503 answers)").isPositive();
        assertThat(bad).as("every failure is a 503 problem with Retry-After within 1 s, during the outage").isEmpty();
        assertThat(lastFailure).as("no failure later than 5 s after PostgreSQL returned").isLessThan(recoveredBy);
        assertThat(downAt).as("readiness went DOWN").isPositive();
        assertThat(upAt).as("readiness came back UP").isPositive();
        assertThat(upAt - startedAt).as("readiness UP within 5 s").isLessThanOrEqualTo(RECOVERY.toNanos());
        assertThat(writes.incomplete()).as("assignments without all their checklist items").isZero();
        assertThat(writes.missing()).as("confirmed assignments missing").isZero();
    }

    private record Completeness(long confirmed, long stored, long incomplete, long missing) {
    }

    /** Referential completeness of the writes: all or nothing per assignment. */
    private Completeness completeness(List<Call> calls) {
        List<Long> confirmed = calls.stream().filter(c -> c.kind().equals("write") && c.status() == 201)
                .map(Call::candidateId).toList();
        String written = String.join(",", calls.stream().filter(c -> c.kind().equals("write"))
                .map(c -> String.valueOf(c.candidateId())).toList());
        long stored = FaultFixtures.count(postgres, "select count(*) from assignment where candidate_id in ("
                + (written.isEmpty() ? "0" : written) + ")");
        // Every assignment of a guide version has as many items as every other assignment of that version.
        long incomplete = FaultFixtures.count(postgres, "select count(*) from assignment a where "
                + "(select count(*) from assignment_item i where i.assignment_id = a.id) < "
                + "(select max(n) from (select count(*) n from assignment b join assignment_item j on j.assignment_id = b.id "
                + "where b.guide_version_id = a.guide_version_id group by b.id) counts) "
                + "or not exists (select 1 from assignment_item i where i.assignment_id = a.id) "
                + "or not exists (select 1 from activity v where v.candidate_id = a.candidate_id)");
        String ids = confirmed.isEmpty() ? "0" : String.join(",", confirmed.stream().map(String::valueOf).toList());
        long present = FaultFixtures.count(postgres, "select count(distinct candidate_id) from assignment where candidate_id in (" + ids + ")");
        return new Completeness(confirmed.size(), stored, incomplete, confirmed.size() - present);
    }

    private Call send(String kind, long intended, HttpRequest request, long candidateId) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Call(kind, intended, System.nanoTime() - intended, response.statusCode(), response.body(),
                    response.headers().firstValue("Retry-After").orElse(null), null, candidateId);
        } catch (HttpTimeoutException e) {
            return new Call(kind, intended, System.nanoTime() - intended, 0, null, null, "no answer in 5 s", candidateId);
        } catch (IOException e) {
            return new Call(kind, intended, System.nanoTime() - intended, 0, null, null, e.getClass().getSimpleName(), candidateId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Call(kind, intended, 0, 0, null, null, "interrupted", candidateId);
        }
    }

    private HttpRequest get(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(app.uri(path)).timeout(HANG).GET();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.build();
    }

    private int status(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private String token() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(app.uri("/api/v1/auth/token")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + ADMIN_EMAIL + "\",\"password\":\""
                        + ADMIN_PASSWORD + "\"}")).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        Matcher matcher = ACCESS_TOKEN.matcher(response.body());
        assertThat(matcher.find()).as("token response %s %s", response.statusCode(), response.body()).isTrue();
        return matcher.group(1);
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
