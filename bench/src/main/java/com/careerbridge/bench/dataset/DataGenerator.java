package com.careerbridge.bench.dataset;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.careerbridge.bench.harness.AppInstance;
import com.careerbridge.bench.harness.BenchPostgres;
import com.careerbridge.bench.harness.Report;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Fills the bench database with a {@link DataSet}. The schema is the application's own: the packaged app is started
 * once on the empty database (Flyway migrations, built-in role guides) and stopped. The rows are then generated inside
 * PostgreSQL with {@code insert ... select} over {@code generate_series}, every value derived from
 * {@code hashint8extended(row, seed)}: no data crosses the wire, and the same seed gives the same rows. Indexes,
 * unique/exclusion constraints and foreign keys are dropped during the load and rebuilt afterwards (one sort per index
 * and one join per foreign key instead of millions of single-row checks), so every constraint of the real schema
 * still holds for the generated data — rebuilding them is the proof.
 *
 * <p>A marker table {@code bench_dataset} records the data set's key; {@link #ensure} skips all of this when the kept
 * data directory already holds the same data set.
 */
public final class DataGenerator {

    private static final String[] LOADED_TABLES = {"user_account", "candidate", "target_role", "readiness_snapshot",
            "assignment", "assignment_item", "coaching_session", "session_action_item"};

    private static final String SCHEMA_TEMPLATE = "bench_schema";

    private final BenchPostgres postgres;
    private final DataSet data;
    private final Report report;
    private final Map<String, Duration> timings = new LinkedHashMap<>();

    public DataGenerator(BenchPostgres postgres, DataSet data, Report report) {
        this.postgres = postgres;
        this.data = data;
        this.report = report;
    }

    /** Makes sure the database holds {@code data}; generates it (minutes) only if it does not. Returns true if generated. */
    public boolean ensure() {
        if (present()) {
            report.section("Data set", "Reused the data set already in " + postgres.dataDirectory() + " (" + data.key()
                    + "); nothing generated.\n\n" + counts());
            return false;
        }
        generate();
        return true;
    }

    /** True if the database holds exactly this data set. */
    public boolean present() {
        try (Connection connection = postgres.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select key from bench_dataset where complete")) {
            return rows.next() && data.key().equals(rows.getString(1));
        } catch (SQLException noMarker) {
            return false;
        }
    }

    public void generate() {
        long start = System.nanoTime();
        timed("schema (app start: Flyway + built-in guides; or a copy of the last one)", this::recreateDatabase);
        postgres.bulkLoad(true).restart();
        try (Connection connection = postgres.connect(); Statement sql = connection.createStatement()) {
            sql.execute("create table bench_dataset (key text not null, complete boolean not null, generated_at timestamptz not null)");
            sql.execute("insert into bench_dataset values ('" + data.key() + "', false, now())");
            sql.execute("set work_mem = '256MB'");
            sql.execute("set maintenance_work_mem = '512MB'");
            // No row triggers while loading: the candidate's best readiness (kept by a trigger on target_role since V80)
            // is set in one statement below — row by row, with the indexes dropped, it took hours.
            sql.execute("set session_replication_role = replica");
            sql.execute("create or replace function bench_r(n bigint, salt int) returns double precision language sql"
                    + " immutable parallel safe as $$ select (hashint8extended(n, " + data.seed()
                    + "::bigint * 1000 + salt) & 9007199254740991)::double precision / 9007199254740992.0 $$");
            List<String> restore = dropConstraintsAndIndexes(sql);
            timed("user_account (" + (data.consultants() + 1 + data.candidates()) + ")", () -> users(sql));
            timed("role_guide + role_guide_version (" + data.guides() + ")", () -> guides(sql));
            timed("candidate (" + data.candidates() + ")", () -> candidates(sql));
            timed("target_role (" + 2L * data.candidates() + ")", () -> targetRoles(sql));
            timed("candidate.best_readiness (as the trigger keeps it)", () -> exec(sql, """
                    update candidate c set best_readiness = r.best
                      from (select candidate_id, max(readiness) as best from target_role group by candidate_id) r
                     where r.candidate_id = c.id"""));
            timed("readiness_snapshot (" + 6L * data.candidates() + ")", () -> readinessHistory(sql));
            timed("assignment (" + data.assignments() + ")", () -> assignments(sql));
            timed("assignment_item (the guides' checklists)", () -> assignmentItems(sql));
            timed("coaching_session (" + data.sessions() + ")", () -> sessions(sql));
            timed("session_action_item", () -> actionItems(sql));
            timed("indexes and constraints rebuilt (" + restore.size() + " statements)", () -> {
                for (String ddl : restore) {
                    exec(sql, ddl);
                }
            });
            timed("sequences moved past the generated ids", () -> sequences(sql));
            sql.execute("drop function bench_r(bigint, int)");
            timed("vacuum analyze", () -> {
                for (String table : LOADED_TABLES) {
                    exec(sql, "vacuum (analyze) " + table);
                }
                exec(sql, "analyze");
            });
            sql.execute("update bench_dataset set complete = true");
        } catch (SQLException e) {
            throw new IllegalStateException("Generating the data set failed: " + e.getMessage(), e);
        } finally {
            postgres.bulkLoad(false).restart();
        }
        Duration total = Duration.ofNanos(System.nanoTime() - start);
        Report.Table table = report.table("Step", "Time");
        timings.forEach((step, time) -> table.row(step, String.format("%.1f s", time.toMillis() / 1000.0)));
        table.row("**total**", String.format("**%.1f s**", total.toMillis() / 1000.0));
        report.section("Data set", "Generated " + data.key() + " in " + String.format("%.0f s", total.toMillis() / 1000.0)
                + " (server-side `insert ... select`, fsync off during the load, indexes and constraints rebuilt after it)."
                + "\n\n" + counts());
        table.write();
    }

    /**
     * A fresh database with the application's schema. Starting the application for it takes long on a busy machine, so
     * the result is kept as a template database ({@value #SCHEMA_TEMPLATE}) tagged with the app jar's timestamp and
     * copied while the jar is unchanged.
     */
    private void recreateDatabase() {
        postgres.start();
        String jarStamp = jarStamp();
        String templateStamp = null;
        try (Connection connection = postgres.connect("postgres"); Statement sql = connection.createStatement()) {
            try (ResultSet rows = sql.executeQuery("select shobj_description(oid, 'pg_database') from pg_database"
                    + " where datname = '" + SCHEMA_TEMPLATE + "'")) {
                if (rows.next()) {
                    templateStamp = rows.getString(1);
                }
            }
            sql.execute("drop database if exists " + BenchPostgres.DATABASE + " with (force)");
            if (jarStamp.equals(templateStamp)) {
                sql.execute("create database " + BenchPostgres.DATABASE + " template " + SCHEMA_TEMPLATE);
                return;
            }
            sql.execute("drop database if exists " + SCHEMA_TEMPLATE + " with (force)");
            sql.execute("create database " + BenchPostgres.DATABASE + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        createSchema();
        try (Connection connection = postgres.connect("postgres"); Statement sql = connection.createStatement()) {
            sql.execute("create database " + SCHEMA_TEMPLATE + " template " + BenchPostgres.DATABASE);
            sql.execute("comment on database " + SCHEMA_TEMPLATE + " is '" + jarStamp + "'");
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private void createSchema() {
        try (AppInstance app = AppInstance.builder(postgres).port(18809)
                .argument("--careerbridge.mail.dispatch.enabled=false")
                .argument("--careerbridge.mail.digest.enabled=false")
                .logFile(com.careerbridge.bench.harness.BenchSettings.benchTarget().resolve("logs/app-schema.log"))
                .build().start()) {
            app.awaitReady(Duration.ofMinutes(10));
        }
        postgres.execute("create extension if not exists pg_stat_statements");
    }

    private static String jarStamp() {
        try {
            java.nio.file.Path jar = com.careerbridge.bench.harness.BenchSettings.projectRoot()
                    .resolve("app/target/careerbridge-crm.jar");
            return java.nio.file.Files.size(jar) + "@" + java.nio.file.Files.getLastModifiedTime(jar).toMillis();
        } catch (java.io.IOException e) {
            return "no jar";
        }
    }

    private void users(Statement sql) throws SQLException {
        String hash = new BCryptPasswordEncoder().encode(DataSet.PASSWORD);
        exec(sql, """
                insert into user_account (id, email, display_name, password_hash, role, locale, password_changed_at, created_at)
                values (%d, '%s', 'Bench Admin', '%s', 'ADMIN', 'en', '2024-01-01Z', '2024-01-01Z')
                """.formatted(DataSet.ADMIN_USER_ID, DataSet.adminEmail(), hash));
        exec(sql, """
                insert into user_account (id, email, display_name, password_hash, role, locale, password_changed_at, created_at)
                select %d + n - 1, 'consultant' || n || '@%s', 'Consultant ' || n, '%s', 'CONSULTANT',
                       case when n %% 3 = 0 then 'en' else 'ko' end, '2024-01-01Z', '2024-01-01Z'
                  from generate_series(1, %d) n
                """.formatted(DataSet.FIRST_CONSULTANT_USER_ID, DataSet.EMAIL_DOMAIN, hash, data.consultants()));
        exec(sql, """
                insert into user_account (id, email, display_name, password_hash, role, locale, password_changed_at, created_at)
                select %d + n - 1, 'candidate' || n || '@%s', 'Candidate ' || n, '%s', 'CANDIDATE',
                       case when bench_r(n, 1) < 0.8 then 'ko' else 'en' end, '2024-01-01Z', '2024-01-01Z'
                  from generate_series(1, %d) n
                """.formatted(DataSet.FIRST_CANDIDATE_USER_ID, DataSet.EMAIL_DOMAIN, hash, data.candidates()));
    }

    /** The built-in guides are the templates: copies get their content (titles numbered), published as version 1. */
    private void guides(Statement sql) throws SQLException {
        exec(sql, """
                create temporary table bench_guide as
                select g.slug || '-' || k as slug, v.title_ko || ' ' || k as title_ko, v.title_en || ' ' || k as title_en,
                       v.content
                  from role_guide g
                  join role_guide_version v on v.guide_id = g.id and v.number = g.latest_published,
                       generate_series(2, 1 + ceil(%d / 5.0)::int) k
                 where g.built_in
                """.formatted(data.guides()));
        exec(sql, """
                insert into role_guide (slug, built_in, latest_published, created_at, created_by)
                select slug, false, 1, '2024-01-01Z', %d from bench_guide order by slug
                """.formatted(DataSet.ADMIN_USER_ID));
        exec(sql, """
                insert into role_guide_version (guide_id, number, status, title_ko, title_en, content, created_at,
                                                updated_at, published_at, published_by)
                select g.id, 1, 'PUBLISHED', b.title_ko, b.title_en, b.content, '2024-01-01Z', '2024-01-01Z',
                       '2024-01-01Z', %d
                  from bench_guide b join role_guide g on g.slug = b.slug
                """.formatted(DataSet.ADMIN_USER_ID));
        // Guide number 0..guides-1 in id order; only the first `guides` are used.
        exec(sql, """
                create table bench_guide_map as
                select (row_number() over (order by g.id) - 1)::int as n, g.id as guide_id, v.id as version_id
                  from role_guide g join role_guide_version v on v.guide_id = g.id and v.number = g.latest_published
                """);
        exec(sql, "delete from bench_guide_map where n >= " + data.guides());
        exec(sql, "alter table bench_guide_map add primary key (n)");
    }

    private void candidates(Statement sql) throws SQLException {
        exec(sql, """
                insert into candidate (id, full_name, email, phone, preferred_locale, time_zone, career_stage,
                                       current_company, current_title, pipeline_status, consultant_id, user_id, tags,
                                       progress_emails_enabled, digest_day_of_week, created_at, updated_at)
                select n,
                       (array['김','이','박','최','정','강','조','윤','장','임','한','오','서','신','권','황','안','송','류','홍'])[1 + floor(bench_r(n, 2) * 20)::int]
                         || (array['민','서','지','현','준','예','도','하','수','유','은','재','시','우','주','연','다','승','태','영','진','혜','성','소','나'])[1 + floor(bench_r(n, 3) * 25)::int]
                         || (array['준','연','우','윤','호','진','아','민','원','희','빈','린','율','석','훈','경','숙','철','미','혁','정','하','영','은','솔'])[1 + floor(bench_r(n, 4) * 25)::int],
                       'candidate' || n || '@%s',
                       case when bench_r(n, 5) < 0.7 then '010-' || lpad((floor(bench_r(n, 6) * 10000))::int::text, 4, '0')
                            || '-' || lpad((n %% 10000)::text, 4, '0') end,
                       case when bench_r(n, 1) < 0.8 then 'ko' else 'en' end,
                       'Asia/Seoul',
                       (array['INTERN','NEW_GRADUATE','EXPERIENCED','CAREER_CHANGE'])[1 + floor(bench_r(n, 7) * 4)::int],
                       (array['Samsung','LG','SK','Hyundai','Naver','Kakao','Coupang',null])[1 + floor(bench_r(n, 8) * 8)::int],
                       (array['Sales Associate','Account Executive','Analyst','Engineer','Marketer',null])[1 + floor(bench_r(n, 9) * 6)::int],
                       (array['LEAD','ACTIVE','ACTIVE','ACTIVE','INTERVIEWING','INTERVIEWING','PLACED','PAUSED','CLOSED','CLOSED'])[1 + floor(bench_r(n, 10) * 10)::int],
                       %d + (n - 1) %% %d,
                       %d + n - 1,
                       case when bench_r(n, 11) < 0.3 then array['priority']::varchar(40)[] else '{}' end,
                       bench_r(n, 12) < 0.5,
                       (array['MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY','SATURDAY','SUNDAY'])[1 + floor(bench_r(n, 13) * 7)::int],
                       timestamptz '2024-01-01Z' + n * interval '5 minutes',
                       timestamptz '2024-01-01Z' + n * interval '5 minutes' + floor(bench_r(n, 14) * 500) * interval '1 day'
                  from generate_series(1, %d) n
                """.formatted(DataSet.EMAIL_DOMAIN, DataSet.FIRST_CONSULTANT_USER_ID, data.consultants(),
                DataSet.FIRST_CANDIDATE_USER_ID, data.candidates()));
        // The login's display name is the candidate's name, as CandidateService.createLogin makes it.
        exec(sql, "update user_account u set display_name = c.full_name from candidate c where c.user_id = u.id");
    }

    private void targetRoles(Statement sql) throws SQLException {
        exec(sql, """
                insert into target_role (id, candidate_id, guide_id, priority, target_companies, status, readiness,
                                         created_at, updated_at)
                select (c.n - 1) * 2 + k + 1, c.n, m.guide_id, k + 1,
                       case when bench_r(c.n * 2 + k, 20) < 0.5 then array['Google','Salesforce']::varchar(80)[] else '{}' end,
                       (array['EXPLORING','PREPARING','APPLYING','OFFER'])[1 + floor(bench_r(c.n * 2 + k, 21) * 4)::int],
                       floor(bench_r(c.n * 2 + k, 22) * 101)::int,
                       timestamptz '2024-01-01Z' + c.n * interval '5 minutes',
                       timestamptz '2024-01-01Z' + c.n * interval '5 minutes' + floor(bench_r(c.n * 2 + k, 23) * 500) * interval '1 day'
                  from generate_series(1, %d) c(n), generate_series(0, 1) k
                  join bench_guide_map m on true
                 where m.n = (c.n + k * 3) %% %d
                """.formatted(data.candidates(), data.guides()));
    }

    /** Readiness history: three snapshots per target role, the last one equal to the current readiness. */
    private void readinessHistory(Statement sql) throws SQLException {
        exec(sql, """
                insert into readiness_snapshot (id, target_role_id, score, items_total, items_done, items_verified,
                                                guide_opened, mock_rating, computed_at)
                select (t.id - 1) * 3 + s + 1, t.id,
                       case when s = 2 then t.readiness else (t.readiness * (s + 1)) / 3 end,
                       7, (7 * (s + 1)) / 3, s, s > 0,
                       case when s = 2 and bench_r(t.id, 30) < 0.3 then 1 + floor(bench_r(t.id, 31) * 5)::int end,
                       t.updated_at - (2 - s) * interval '30 days'
                  from target_role t, generate_series(0, 2) s
                """);
    }

    private void assignments(Statement sql) throws SQLException {
        exec(sql, """
                insert into assignment (id, candidate_id, guide_id, guide_version_id, assigned_by, assigned_at, due_date,
                                        message, first_opened_at, last_read_at, updated_at)
                select (c.n - 1) * %1$d + k + 1, c.n, m.guide_id, m.version_id, %2$d + (c.n - 1) %% %3$d,
                       timestamptz '2024-02-01Z' + c.n * interval '5 minutes' + k * interval '3 days',
                       case when bench_r(c.n * 100 + k, 40) < 0.5 then date '2025-06-01' + (c.n %% 300) end,
                       case when bench_r(c.n * 100 + k, 41) < 0.3 then '이 가이드를 먼저 읽어 보세요.' end,
                       case when bench_r(c.n * 100 + k, 42) < 0.7 then timestamptz '2024-02-02Z' + c.n * interval '5 minutes' + k * interval '3 days' end,
                       case when bench_r(c.n * 100 + k, 42) < 0.7 then timestamptz '2024-02-05Z' + c.n * interval '5 minutes' + k * interval '3 days' end,
                       timestamptz '2024-02-05Z' + c.n * interval '5 minutes' + k * interval '3 days'
                  from generate_series(1, %4$d) c(n), generate_series(0, %5$d) k
                  join bench_guide_map m on true
                 where m.n = (c.n + k * 2) %% %6$d
                """.formatted(data.assignmentsPerCandidate(), DataSet.FIRST_CONSULTANT_USER_ID, data.consultants(),
                data.candidates(), data.assignmentsPerCandidate() - 1, data.guides()));
    }

    private void assignmentItems(Statement sql) throws SQLException {
        // The checklists are unpacked once per guide version: reading the (TOASTed) content per assignment is slow.
        exec(sql, """
                create temporary table bench_checklist as
                select v.id as version_id, e.item ->> 'key' as item_key, e.item ->> 'kind' as kind, e.pos::int as pos
                  from role_guide_version v, jsonb_array_elements(v.content -> 'checklist') with ordinality e(item, pos)
                """);
        exec(sql, """
                insert into assignment_item (id, assignment_id, item_key, kind, position, state, done_at, verified_at,
                                             verified_by)
                select x.id, x.assignment_id, x.item_key, x.kind, x.pos - 1, x.state,
                       case when x.state <> 'OPEN' then x.assigned_at + x.pos * interval '1 day' end,
                       case when x.state = 'VERIFIED' then x.assigned_at + x.pos * interval '2 days' end,
                       case when x.state = 'VERIFIED' then x.assigned_by end
                  from (select a.id * 32 + c.pos as id, a.id as assignment_id, c.item_key, c.kind, c.pos, a.assigned_at,
                               a.assigned_by,
                               case when bench_r(a.id * 32 + c.pos, 50) < 0.5 then 'OPEN'
                                    when bench_r(a.id * 32 + c.pos, 50) < 0.85 then 'DONE'
                                    else 'VERIFIED' end as state
                          from assignment a join bench_checklist c on c.version_id = a.guide_version_id) x
                """);
    }

    /**
     * Each consultant's sessions sit in consecutive one-hour slots (50 minutes long), so the exclusion constraint
     * against double booking holds; they run from January 2023 into 2027, so some are past and some upcoming.
     */
    private void sessions(Statement sql) throws SQLException {
        exec(sql, """
                insert into coaching_session (id, candidate_id, consultant_id, starts_at, ends_at, time_zone, mode,
                                              location, agenda, shared_summary, status, mock_rating, created_at, updated_at)
                select x.id, x.n, x.consultant, x.starts_at, x.starts_at + interval '50 minutes', 'Asia/Seoul',
                       (array['ONLINE','IN_PERSON','PHONE'])[1 + floor(bench_r(x.id, 60) * 3)::int],
                       'https://meet.example.com/' || x.id,
                       '이력서 검토와 모의 면접 준비',
                       case when x.starts_at < timestamptz '2026-11-20Z' and bench_r(x.id, 61) < 0.85
                            then '지원 동기를 더 구체적으로 정리해 보세요. 다음 세션까지 자기소개 2분 버전을 준비합니다.' end,
                       case when x.starts_at >= timestamptz '2026-11-20Z' then 'SCHEDULED'
                            when bench_r(x.id, 61) < 0.85 then 'COMPLETED'
                            when bench_r(x.id, 61) < 0.92 then 'CANCELLED'
                            else 'NO_SHOW' end,
                       case when x.starts_at < timestamptz '2026-11-20Z' and bench_r(x.id, 62) < 0.2
                            then 1 + floor(bench_r(x.id, 63) * 5)::int end,
                       x.starts_at - interval '7 days', x.starts_at - interval '7 days'
                  from (select (c.n - 1) * %1$d + k + 1 as id, c.n,
                               %2$d + (c.n - 1) %% %3$d as consultant,
                               timestamptz '2023-01-02Z' + (((c.n - 1) / %3$d) * %1$d + k) * interval '1 hour' as starts_at
                          from generate_series(1, %4$d) c(n), generate_series(0, %5$d) k) x
                """.formatted(data.sessionsPerCandidate(), DataSet.FIRST_CONSULTANT_USER_ID, data.consultants(),
                data.candidates(), data.sessionsPerCandidate() - 1));
    }

    private void actionItems(Statement sql) throws SQLException {
        exec(sql, """
                insert into session_action_item (id, session_id, position, description, due_date, done_at)
                select s.id, s.id, 0, '자기소개 2분 버전 준비', (s.starts_at + interval '7 days')::date,
                       case when bench_r(s.id, 70) < 0.5 then s.starts_at + interval '3 days' end
                  from coaching_session s
                 where s.status = 'COMPLETED' and bench_r(s.id, 71) < 0.1
                """);
    }

    private void sequences(Statement sql) throws SQLException {
        // Sequences with increment 50 feed Hibernate's pooled optimizer: the next value must leave a whole block free.
        exec(sql, "select setval('user_account_seq', (select max(id) from user_account))");
        exec(sql, "select setval('candidate_seq', (select max(id) from candidate))");
        exec(sql, "select setval('target_role_seq', (select max(id) from target_role))");
        exec(sql, "select setval('readiness_snapshot_seq', (select max(id) from readiness_snapshot))");
        exec(sql, "select setval('assignment_seq', (select max(id) from assignment))");
        exec(sql, "select setval('assignment_item_seq', (select max(id) from assignment_item) + 50)");
        exec(sql, "select setval('coaching_session_seq', (select max(id) from coaching_session))");
        exec(sql, "select setval('session_action_item_seq', (select max(id) from session_action_item))");
    }

    /**
     * Drops the indexes, primary/unique/exclusion constraints of the loaded tables and every foreign key touching them;
     * returns the DDL that puts them back (constraints and indexes first, foreign keys last).
     */
    private List<String> dropConstraintsAndIndexes(Statement sql) throws SQLException {
        String tables = "'" + String.join("','", LOADED_TABLES) + "'";
        List<String> foreignKeys = new ArrayList<>();
        List<String> constraints = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        List<String> drops = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("""
                select c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid), c.contype
                  from pg_constraint c
                 where c.contype in ('f', 'p', 'u', 'x')
                   and (c.conrelid::regclass::text in (%1$s) or (c.contype = 'f' and c.confrelid::regclass::text in (%1$s)))
                 order by c.contype = 'f' desc
                """.formatted(tables))) {
            while (rows.next()) {
                String add = "alter table " + rows.getString(1) + " add constraint " + rows.getString(2) + " "
                        + rows.getString(3);
                drops.add("alter table " + rows.getString(1) + " drop constraint " + rows.getString(2));
                ("f".equals(rows.getString(4)) ? foreignKeys : constraints).add(add);
            }
        }
        try (ResultSet rows = sql.executeQuery("""
                select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
                  from pg_index i
                 where i.indrelid::regclass::text in (%s)
                   and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
                """.formatted(tables))) {
            while (rows.next()) {
                drops.add("drop index " + rows.getString(1));
                indexes.add(rows.getString(2));
            }
        }
        for (String drop : drops) {
            exec(sql, drop);
        }
        List<String> restore = new ArrayList<>(constraints);
        restore.addAll(indexes);
        restore.addAll(foreignKeys);
        return restore;
    }

    /** Row counts of the main tables, as a Markdown table. */
    public String counts() {
        StringBuilder md = new StringBuilder("| Table | Rows | Size (with indexes) |\n|---|---|---|\n");
        try (Connection connection = postgres.connect(); Statement sql = connection.createStatement()) {
            for (String table : LOADED_TABLES) {
                try (ResultSet rows = sql.executeQuery("select count(*), pg_size_pretty(pg_total_relation_size('"
                        + table + "')) from " + table)) {
                    rows.next();
                    md.append("| ").append(table).append(" | ").append(String.format("%,d", rows.getLong(1)))
                            .append(" | ").append(rows.getString(2)).append(" |\n");
                }
            }
            try (ResultSet rows = sql.executeQuery("select pg_size_pretty(pg_database_size(current_database()))")) {
                rows.next();
                md.append("| **database** | | ").append(rows.getString(1)).append(" |\n");
            }
        } catch (SQLException e) {
            md.append("(counts failed: ").append(e.getMessage()).append(")\n");
        }
        return md.toString();
    }

    private void timed(String step, SqlStep work) {
        long start = System.nanoTime();
        try {
            work.run();
        } catch (SQLException e) {
            throw new IllegalStateException(step + " failed: " + e.getMessage(), e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        timings.put(step, took);
        System.out.printf("  data: %-55s %7.1f s%n", step, took.toMillis() / 1000.0);
    }

    private static void exec(Statement sql, String statement) throws SQLException {
        sql.execute(statement);
    }

    @FunctionalInterface
    private interface SqlStep {
        void run() throws SQLException;
    }
}
