package com.careerbridge.bench.application;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

import com.careerbridge.bench.dataset.DataSet;
import com.careerbridge.bench.harness.BenchPostgres;
import com.careerbridge.bench.harness.BenchSettings;
import com.careerbridge.bench.harness.CoreContext;
import com.careerbridge.bench.harness.LatencyRecorder;
import com.careerbridge.bench.harness.Report;
import com.careerbridge.crm.account.ActingAs;
import com.careerbridge.crm.application.CaseloadApplications;
import com.careerbridge.crm.application.OutcomesReport;
import com.careerbridge.crm.dashboard.DashboardService;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Job applications at scale (#17): ten applications per candidate (1,000,000 at 100,000 candidates) with their stage
 * history and interviews, generated once into the bench database. Measured in core's Spring context, as the screens
 * call it: the outcomes report over a year for the whole consultancy (administrator) and offers per consultant, a
 * consultant's applications view, and the dashboard with its application counts.
 *
 * <p>Goals from the issue: outcomes report over a year ≤ 300 ms; a consultant's applications view ≤ 50 ms p95.
 * Settings: bench.applications.per-candidate (10), bench.applications.repeats (20), bench.applications.warmup (3).
 */
public final class ApplicationsBenchmark {

    private final BenchPostgres postgres;
    private final DataSet data;
    private final Report report;

    public ApplicationsBenchmark(BenchPostgres postgres, DataSet data, Report report) {
        this.postgres = postgres;
        this.data = data;
        this.report = report;
    }

    public void run() {
        int perCandidate = BenchSettings.integer("bench.applications.per-candidate", 10);
        int repeats = BenchSettings.integer("bench.applications.repeats", 20);
        int warmup = BenchSettings.integer("bench.applications.warmup", 3);
        try (ConfigurableApplicationContext context = CoreContext.open(postgres)) { // migrates a kept data set first
            long applications = ensure(perCandidate);
            // a migration may just have rewritten every application (V87's summary): vacuum as autovacuum would in
            // production, so that the index-only scans are measured in their steady state
            postgres.execute("vacuum (analyze) job_application", "vacuum (analyze) job_interview");
            OutcomesReport outcomes = context.getBean(OutcomesReport.class);
            CaseloadApplications caseload = context.getBean(CaseloadApplications.class);
            DashboardService dashboard = context.getBean(DashboardService.class);
            ActingAs actingAs = context.getBean(ActingAs.class);
            Instant now = Instant.now();
            Instant yearAgo = now.minus(Duration.ofDays(365));
            long admin = DataSet.ADMIN_USER_ID;
            long consultant = DataSet.FIRST_CONSULTANT_USER_ID;
            ZoneId seoul = ZoneId.of("Asia/Seoul");

            Report.Table table = report.table("What", "Who", "p50", "p95", "max", "Goal");
            row(table, "Outcomes report, last 12 months, per target role", "administrator (everyone)", "p95 ≤ 300 ms",
                    300, actingAs.call(admin, () -> measure(repeats, warmup, () -> outcomes.report(yearAgo, now))));
            row(table, "Offers per consultant, last 12 months", "administrator (everyone)", "p95 ≤ 300 ms", 300,
                    actingAs.call(admin, () -> measure(repeats, warmup, () -> outcomes.byConsultant(yearAgo, now))));
            row(table, "Outcomes report, last 12 months, per target role", "a consultant (own caseload)",
                    "p95 ≤ 300 ms", 300, actingAs.call(consultant,
                            () -> measure(repeats, warmup, () -> outcomes.report(yearAgo, now))));
            row(table, "Applications view (interviews this week, offers, no movement)", "a consultant (own caseload)",
                    "p95 ≤ 50 ms", 50, actingAs.call(consultant,
                            () -> measure(repeats, warmup, caseload::attention)));
            row(table, "Dashboard (with the application counts)", "a consultant (own caseload)", "—", 0,
                    actingAs.call(consultant, () -> measure(repeats, warmup, () -> dashboard.overview(seoul))));
            report.section("Job applications at " + String.format("%,d", applications) + " applications ("
                            + String.format("%,d", data.candidates()) + " candidates)",
                    "Core's services in their Spring context in the bench JVM (the SQL the screens run), " + repeats
                            + " timed calls each after " + warmup + " warm-up calls, one at a time. A consultant holds "
                            + String.format("%,d", data.candidates() / data.consultants()) + " candidates. Load "
                            + "average: " + Report.loadAverage() + ".");
            table.write();
        }
    }

    private static void row(Report.Table table, String what, String who, String goal, double goalMillis,
                            LatencyRecorder.Stats stats) {
        String verdict = goalMillis <= 0 ? "—" : stats.p95Millis() <= goalMillis ? "met (" + goal + ")"
                : String.format("missed by %.0f ms (%s)", stats.p95Millis() - goalMillis, goal);
        table.row(what, who, Report.ms(stats.p50()), Report.ms(stats.p95()), Report.ms(stats.max()), verdict);
    }

    private static LatencyRecorder.Stats measure(int repeats, int warmup, Supplier<?> call) {
        return LatencyRecorder.measure("applications", repeats, warmup, call);
    }

    /**
     * Generates the applications unless the data set already has them: per candidate {@code perCandidate}
     * applications alternating between their two target roles, sent over the last two years, a funnel in which half
     * end at applied, three in ten reach an interview, one in ten an offer and one in ten an acceptance (half of the
     * unfinished ones closed as rejected or declined), readiness at application rising with how far they came, one
     * interview per application that reached that stage (in the coming week for those sent in the last 20 days).
     */
    private long ensure(int perCandidate) {
        long wanted = (long) data.candidates() * perCandidate;
        try (Connection connection = postgres.connect(); Statement sql = connection.createStatement()) {
            long existing = count(sql, "select count(*) from job_application");
            if (existing == wanted) {
                return existing;
            }
            long start = System.nanoTime();
            sql.execute("set work_mem = '256MB'");
            // no row triggers while loading: the outcome summary (V87) is set in one statement after the stages, the
            // consultant (V89) as the rows are written, the outcome totals (V89) recounted at the end
            sql.execute("set session_replication_role = replica");
            sql.execute("truncate job_interview_question, job_interview, job_application_stage, job_application");
            sql.execute("create or replace function pg_temp.bench_r(n bigint, salt int) returns double precision"
                    + " language sql immutable as $$ select (hashint8extended(n, " + data.seed()
                    + "::bigint * 1000 + salt) & 9007199254740991)::double precision / 9007199254740992.0 $$");
            sql.execute("""
                    create temporary table bench_app as
                    select a.id, a.candidate_id, a.target_role_id, a.level, a.closed, a.applied_at,
                           least(100, floor(pg_temp.bench_r(a.id, 83) * 70)::int + a.level * 3) as readiness
                      from (select (c.n - 1) * %1$d + k + 1 as id, c.n as candidate_id,
                                   (c.n - 1) * 2 + (k %% 2) + 1 as target_role_id,
                                   floor(pg_temp.bench_r((c.n - 1) * %1$d + k + 1, 80) * 10)::int as level,
                                   pg_temp.bench_r((c.n - 1) * %1$d + k + 1, 81) < 0.5 as closed,
                                   now() - pg_temp.bench_r((c.n - 1) * %1$d + k + 1, 82) * interval '730 days'
                                       as applied_at
                              from generate_series(1, %2$d) c(n), generate_series(0, %3$d) k) a
                    """.formatted(perCandidate, data.candidates(), perCandidate - 1));
            sql.execute("""
                    insert into job_application (id, candidate_id, consultant_id, target_role_id, guide_id, company,
                                                 position_title, source, applied_on, stage, stage_changed_at,
                                                 created_at, updated_at)
                    select a.id, a.candidate_id, c.consultant_id, a.target_role_id, t.guide_id,
                           'Company ' || (1 + a.id % 500),
                           'Account Manager',
                           (array['REFERRAL','HEADHUNTER','JOB_BOARD','COMPANY_SITE','CONSULTANCY_NETWORK'])[1 + (a.id % 5)::int],
                           a.applied_at::date, s.stage, least(now(), a.applied_at + s.after), a.applied_at,
                           least(now(), a.applied_at + s.after)
                      from bench_app a
                      join target_role t on t.id = a.target_role_id
                      join candidate c on c.id = a.candidate_id
                      cross join lateral (select case
                                 when a.level = 9 then 'ACCEPTED'
                                 when a.level = 8 and a.closed then 'DECLINED'
                                 when a.level = 8 then 'OFFER'
                                 when a.closed then 'REJECTED'
                                 when a.level >= 5 then 'INTERVIEWING'
                                 else 'APPLIED' end as stage,
                               case when a.level = 9 then interval '30 days'
                                    when a.level = 8 then interval '25 days' + case when a.closed then interval '5 days' else interval '0' end
                                    when a.closed then interval '17 days'
                                    when a.level >= 5 then interval '10 days'
                                    else interval '0' end as after) s
                    """);
            sql.execute("""
                    insert into job_application_stage (id, application_id, stage, moved_at, readiness)
                    select row_number() over (), x.application_id, x.stage, x.moved_at, x.readiness
                      from (select a.id as application_id, 'APPLIED' as stage, a.applied_at as moved_at, a.readiness
                              from bench_app a
                            union all
                            select a.id, 'INTERVIEWING', least(now(), a.applied_at + interval '10 days'), a.readiness
                              from bench_app a where a.level >= 5
                            union all
                            select a.id, 'OFFER', least(now(), a.applied_at + interval '25 days'), a.readiness
                              from bench_app a where a.level >= 8
                            union all
                            select a.id, 'ACCEPTED', least(now(), a.applied_at + interval '30 days'), a.readiness
                              from bench_app a where a.level = 9
                            union all
                            select a.id, case when a.level = 8 then 'DECLINED' else 'REJECTED' end,
                                   least(now(), a.applied_at + case when a.level = 8 then interval '30 days'
                                                                    else interval '17 days' end), a.readiness
                              from bench_app a where a.closed and a.level < 9) x
                    """);
            sql.execute("""
                    update job_application a
                       set applied_at = f.applied_at, applied_readiness = f.applied_readiness,
                           interviewed_at = f.interviewed_at, offered_at = f.offered_at, accepted_at = f.accepted_at
                      from (select s.application_id,
                                   min(s.moved_at) filter (where s.stage = 'APPLIED') as applied_at,
                                   (array_agg(s.readiness order by s.id) filter (where s.stage = 'APPLIED'))[1]
                                       as applied_readiness,
                                   min(s.moved_at) filter (where s.stage = 'INTERVIEWING') as interviewed_at,
                                   min(s.moved_at) filter (where s.stage = 'OFFER') as offered_at,
                                   min(s.moved_at) filter (where s.stage = 'ACCEPTED') as accepted_at
                              from job_application_stage s group by s.application_id) f
                     where f.application_id = a.id
                    """);
            sql.execute("""
                    insert into job_interview (id, application_id, consultant_id, round, starts_at, time_zone, format,
                                               created_at, updated_at)
                    select row_number() over (), a.id, c.consultant_id, 1,
                           case when a.applied_at > now() - interval '20 days'
                                then now() + pg_temp.bench_r(a.id, 84) * interval '7 days'
                                else a.applied_at + interval '9 days' end,
                           'Asia/Seoul', (array['PHONE','VIDEO','ON_SITE','ASSESSMENT','CASE'])[1 + (a.id % 5)::int],
                           a.applied_at, a.applied_at
                      from bench_app a join candidate c on c.id = a.candidate_id where a.level >= 5
                    """);
            // the outcome totals (V89) as their trigger would have kept them
            sql.execute("select application_outcome_rebuild()");
            sql.execute("select setval('job_application_seq', (select max(id) from job_application))");
            sql.execute("select setval('job_application_stage_seq', (select max(id) from job_application_stage))");
            sql.execute("select setval('job_interview_seq', greatest(1, (select max(id) from job_interview)))");
            sql.execute("vacuum (analyze) job_application");
            sql.execute("vacuum (analyze) job_application_stage");
            sql.execute("vacuum (analyze) job_interview");
            long generated = count(sql, "select count(*) from job_application");
            report.text(String.format("Generated %,d job applications, %,d stages and %,d interviews in %.0f s.%n",
                    generated, count(sql, "select count(*) from job_application_stage"),
                    count(sql, "select count(*) from job_interview"), (System.nanoTime() - start) / 1e9));
            return generated;
        } catch (SQLException e) {
            throw new IllegalStateException("Generating the applications failed", e);
        }
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (var rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
