package com.careerbridge.bench.grid;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.careerbridge.bench.dataset.DataSet;
import com.careerbridge.bench.harness.BenchPostgres;
import com.careerbridge.bench.harness.BenchSettings;
import com.careerbridge.bench.harness.CoreContext;
import com.careerbridge.bench.harness.LatencyRecorder;
import com.careerbridge.bench.harness.Report;
import com.careerbridge.crm.account.ActingAs;
import com.careerbridge.crm.candidate.CandidateFilter;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.candidate.CandidateSort;
import com.careerbridge.crm.candidate.PipelineStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Session;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The candidate list as the Vaadin grid asks for it (CandidateService.list with a page of 50 and CandidateService.count,
 * the same JPQL, the same Hibernate), in core's Spring context inside this JVM against the bench database: the first
 * page, a page near row 90,000 and the count, for the default view and for filtered and searched views. The slowest
 * query's plan is captured with auto_explain (ANALYZE, BUFFERS) on the very statement Hibernate sent.
 *
 * <p>Settings: bench.grid.repeats (30), bench.grid.warmup (5), bench.grid.p95-goal-ms (100).
 */
public final class GridBenchmark {

    private static final int PAGE = 50;

    private final BenchPostgres postgres;
    private final DataSet data;
    private final Report report;

    public GridBenchmark(BenchPostgres postgres, DataSet data, Report report) {
        this.postgres = postgres;
        this.data = data;
        this.report = report;
    }

    private record Case(String name, long userId, CandidateFilter filter, CandidateSort sort, Long deepOffset) {
    }

    private record Measured(Case scenario, String query, LatencyRecorder.Stats stats, Runnable work) {
    }

    public void run() {
        int repeats = BenchSettings.integer("bench.grid.repeats", 30);
        int warmup = BenchSettings.integer("bench.grid.warmup", 5);
        double goal = BenchSettings.integer("bench.grid.p95-goal-ms", 100);
        long consultant = DataSet.FIRST_CONSULTANT_USER_ID;
        long deep = Math.max(0, Math.min(90_000, data.candidates() * 9L / 10) - PAGE);
        List<Case> cases = List.of(
                new Case("admin, all candidates, by name (the default view)", DataSet.ADMIN_USER_ID,
                        CandidateFilter.all(), CandidateSort.byName(), deep),
                new Case("admin, all, by last update (newest first)", DataSet.ADMIN_USER_ID,
                        CandidateFilter.all(), new CandidateSort(CandidateSort.Field.UPDATED, false), deep),
                new Case("admin, all, by readiness", DataSet.ADMIN_USER_ID,
                        CandidateFilter.all(), new CandidateSort(CandidateSort.Field.READINESS, false), deep),
                new Case("admin, status ACTIVE or INTERVIEWING, by name", DataSet.ADMIN_USER_ID,
                        CandidateFilter.all().withStatuses(Set.of(PipelineStatus.ACTIVE, PipelineStatus.INTERVIEWING)),
                        CandidateSort.byName(), deep / 2),
                new Case("admin, text search \"김\" (first keystroke), by name", DataSet.ADMIN_USER_ID,
                        CandidateFilter.all().withText("김"), CandidateSort.byName(), null),
                new Case("admin, text search \"김민\", by name", DataSet.ADMIN_USER_ID,
                        CandidateFilter.all().withText("김민"), CandidateSort.byName(), null),
                new Case("admin, text search \"candidate77\" (e-mail), by name", DataSet.ADMIN_USER_ID,
                        CandidateFilter.all().withText("candidate77"), CandidateSort.byName(), null),
                new Case("consultant's own caseload, by readiness", consultant,
                        CandidateFilter.all(), new CandidateSort(CandidateSort.Field.READINESS, false), null));

        try (ConfigurableApplicationContext context = CoreContext.open(postgres)) {
            // A migration may just have rewritten every candidate row: vacuum as autovacuum would in production, so that
            // the list's index-only walks are measured in their steady state, not before the visibility map is set.
            postgres.execute("vacuum (analyze) candidate");
            CandidateService candidates = context.getBean(CandidateService.class);
            ActingAs actingAs = context.getBean(ActingAs.class);
            List<Measured> all = new ArrayList<>();
            Report.Table table = report.table("View", "Query", "Rows", "p50", "p95", "max", "Goal p95 ≤ " + (int) goal + " ms");
            for (Case scenario : cases) {
                // Signed in once per view, like a consultant's UI session: the timings hold the service calls only.
                long total = actingAs.call(scenario.userId(), () -> candidates.count(scenario.filter()));
                List<Measured> measured = actingAs.call(scenario.userId(), () -> {
                    List<Measured> each = new ArrayList<>();
                    each.add(measure(scenario, "first page", repeats, warmup,
                            () -> candidates.list(scenario.filter(), scenario.sort(), 0, PAGE)));
                    if (scenario.deepOffset() != null && scenario.deepOffset() < total) {
                        int offset = scenario.deepOffset().intValue();
                        each.add(measure(scenario, "page at row " + offset, repeats, warmup,
                                () -> candidates.list(scenario.filter(), scenario.sort(), offset, PAGE)));
                    }
                    each.add(measure(scenario, "count", repeats, warmup, () -> candidates.count(scenario.filter())));
                    return each;
                });
                for (Measured m : measured) {
                    table.row(scenario.name(), m.query(), String.format("%,d", total), Report.ms(m.stats().p50()),
                            Report.ms(m.stats().p95()), Report.ms(m.stats().max()),
                            m.stats().p95Millis() <= goal ? "met" : String.format("missed by %.0f ms",
                                    m.stats().p95Millis() - goal));
                }
                all.addAll(measured);
            }
            report.section("Candidate list (grid) at " + String.format("%,d", data.candidates()) + " candidates",
                    "CandidateService.list (page of " + PAGE + ", as the grid's lazy data provider) and "
                            + "CandidateService.count, in core's Spring context in the bench JVM (same JPQL and Hibernate as "
                            + "the app), " + repeats + " timed calls each after " + warmup + " warm-up calls, one at a time. "
                            + "Load average: " + Report.loadAverage() + ".");
            table.write();
            deepPageRatio(all);
            Measured slowest = all.stream().max((a, b) -> Long.compare(a.stats().p95(), b.stats().p95())).orElseThrow();
            actingAs.run(slowest.scenario().userId(), () -> explain(context, slowest));
        }
    }

    private Measured measure(Case scenario, String query, int repeats, int warmup, Supplier<?> call) {
        LatencyRecorder.Stats stats = LatencyRecorder.measure("grid: " + scenario.name() + " / " + query, repeats,
                warmup, call);
        return new Measured(scenario, query, stats, call::get);
    }

    private void deepPageRatio(List<Measured> all) {
        StringBuilder text = new StringBuilder("Deep page ÷ first page (p95; goal ≤ 3×): ");
        for (Measured deep : all) {
            if (!deep.query().startsWith("page at row")) {
                continue;
            }
            all.stream().filter(m -> m.scenario() == deep.scenario() && m.query().equals("first page")).findFirst()
                    .ifPresent(first -> text.append(String.format("%s %.1f× (%s vs %s); ", deep.scenario().name(),
                            deep.stats().p95() / (double) Math.max(1, first.stats().p95()),
                            Report.ms(deep.stats().p95()), Report.ms(first.stats().p95()))));
        }
        report.text(text + "\n");
    }

    /**
     * Runs the slowest call once more with auto_explain loaded into its own connection (the service joins this
     * transaction, so Hibernate's statement runs on it) and copies the plans from the server log.
     */
    private void explain(ConfigurableApplicationContext context, Measured slowest) {
        EntityManager entityManager = SharedEntityManagerCreator.createSharedEntityManager(
                context.getBean(EntityManagerFactory.class));
        TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        String marker = "bench_explain_" + System.nanoTime();
        long logStart;
        try {
            logStart = Files.size(postgres.logFile());
        } catch (IOException e) {
            logStart = 0;
        }
        transaction.executeWithoutResult(status -> {
            entityManager.unwrap(Session.class).doWork(connection -> settings(connection, marker, true));
            slowest.work().run();
            entityManager.unwrap(Session.class).doWork(connection -> settings(connection, marker, false));
        });
        sleep(500);
        String plans;
        try {
            String log = Files.readString(postgres.logFile());
            String tail = log.substring((int) Math.min(logStart, log.length()));
            int at = tail.indexOf(marker);
            plans = at < 0 ? "(no plan found in " + postgres.logFile() + ")" : cleanPlans(tail.substring(at));
        } catch (IOException e) {
            plans = "(cannot read " + postgres.logFile() + ": " + e.getMessage() + ")";
        }
        report.heading("Plan of the slowest: " + slowest.scenario().name() + " / " + slowest.query()
                + " (p95 " + Report.ms(slowest.stats().p95()) + ")");
        report.text("EXPLAIN (ANALYZE, BUFFERS) of the statements Hibernate sent, captured by auto_explain:\n");
        report.code(plans);
    }

    private static void settings(Connection connection, String marker, boolean on) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            if (on) {
                sql.execute("load 'auto_explain'");
                sql.execute("set auto_explain.log_analyze = on");
                sql.execute("set auto_explain.log_buffers = on");
                sql.execute("set auto_explain.log_min_duration = 0");
                sql.execute("select '" + marker + "'");
            } else {
                sql.execute("set auto_explain.log_min_duration = -1");
            }
        }
    }

    /** The plan blocks after the marker, without the log line prefixes and without the marker/settings statements. */
    private static String cleanPlans(String log) {
        StringBuilder out = new StringBuilder();
        boolean keep = false;
        for (String line : log.split("\n")) {
            if (line.contains("duration:") && line.contains("plan:")) {
                keep = true;
                out.append(line.substring(line.indexOf("duration:"))).append('\n');
            } else if (line.startsWith("\t") || line.startsWith("  ")) {
                if (keep) {
                    out.append(line.replace("\t", "  ")).append('\n');
                }
            } else {
                keep = false;
            }
        }
        // Drop the blocks of the marker select and of our own settings.
        StringBuilder result = new StringBuilder();
        for (String block : out.toString().split("(?=duration:)")) {
            if (!block.contains("bench_explain_") && !block.contains("auto_explain") && !block.isBlank()) {
                result.append(block);
            }
        }
        return result.toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
