package com.careerbridge.bench.booking;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.careerbridge.bench.dataset.DataSet;
import com.careerbridge.bench.harness.BenchPostgres;
import com.careerbridge.bench.harness.BenchSettings;
import com.careerbridge.bench.harness.CoreContext;
import com.careerbridge.bench.harness.LatencyRecorder;
import com.careerbridge.bench.harness.Report;
import com.careerbridge.crm.account.ActingAs;
import com.careerbridge.crm.booking.Availabilities;
import com.careerbridge.crm.booking.Booking;
import com.careerbridge.crm.booking.BookingRules;
import com.careerbridge.crm.booking.ConsultantAvailability;
import com.careerbridge.crm.booking.SessionTypeForm;
import com.careerbridge.crm.booking.SessionTypes;
import com.careerbridge.crm.booking.Slot;
import com.careerbridge.crm.booking.SlotTakenException;
import com.careerbridge.crm.booking.TimeOfDayRange;
import com.careerbridge.crm.booking.WeeklyAvailability;
import com.careerbridge.crm.session.SessionMode;
import com.careerbridge.crm.shared.LocalizedText;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import jakarta.persistence.EntityManagerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Booking next to the 100,000-candidate data set (#15), in core's Spring context as the portal and the API call it.
 * A booking consultant of its own (so that the generated diaries stay as they are) with 2,000 sessions — twenty
 * minutes every hour from fifty days ago, through the whole 30-day horizon — and 200 candidates with logins; all of it
 * is removed again afterwards.
 * <ul>
 * <li>a candidate's free slots over the 30-day horizon, seen from Berlin: time and SQL statements per call (goal:
 *     ≤ 20 ms p95, ≤ 3 statements);</li>
 * <li>200 candidates booking 20 slots at the same moment, ten per slot, from 32 threads (goal: exactly 20 sessions and
 *     180 "just taken" refusals, no other error).</li>
 * </ul>
 * Settings: bench.booking.repeats (200), bench.booking.warmup (30).
 */
public final class BookingBenchmark {

    static final long CONSULTANT = 99_990;
    static final long FIRST_CANDIDATE = 9_000_001;
    static final long FIRST_CANDIDATE_USER = 9_100_001;
    static final int RACERS = 200;
    static final int SESSIONS = 2_000;

    private final BenchPostgres postgres;
    private final DataSet data;
    private final Report report;

    public BookingBenchmark(BenchPostgres postgres, DataSet data, Report report) {
        this.postgres = postgres;
        this.data = data;
        this.report = report;
    }

    public void run() {
        int repeats = BenchSettings.integer("bench.booking.repeats", 200);
        int warmup = BenchSettings.integer("bench.booking.warmup", 30);
        try (ConfigurableApplicationContext context = CoreContext.open(postgres,
                "spring.jpa.properties.hibernate.generate_statistics=true")) {
            removeBookingWorld();
            try {
                createBookingWorld();
                measure(context, repeats, warmup);
            } finally {
                removeBookingWorld();
            }
        }
    }

    private void measure(ConfigurableApplicationContext context, int repeats, int warmup) {
        ActingAs actingAs = context.getBean(ActingAs.class);
        Booking booking = context.getBean(Booking.class);
        SessionTypes types = context.getBean(SessionTypes.class);
        Availabilities availabilities = context.getBean(Availabilities.class);
        Statistics statistics = context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
        ZoneId seoul = ZoneId.of("Asia/Seoul");
        ZoneId berlin = ZoneId.of("Europe/Berlin");

        Map<DayOfWeek, List<TimeOfDayRange>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, List.of(TimeOfDayRange.of("00:00", "23:30")));
        }
        actingAs.run(CONSULTANT, () -> availabilities.save(CONSULTANT, 0,
                new ConsultantAvailability(new WeeklyAvailability(seoul, week), List.of()),
                new BookingRules(Duration.ofHours(1), 30, null, 15)));
        long typeId = actingAs.call(DataSet.ADMIN_USER_ID, () -> types.create(new SessionTypeForm(
                LocalizedText.of("벤치 상담", "Bench consultation"), 30, SessionMode.ONLINE, null, 0, 0, true, 60, null)))
                .getId();
        long candidateUser = FIRST_CANDIDATE_USER;
        LocalDate today = LocalDate.now(berlin);

        long[] statements = new long[1];
        int[] slotCount = new int[1];
        LatencyRecorder.Stats slots = actingAs.call(candidateUser, () -> LatencyRecorder.measure("slots", repeats, warmup,
                () -> {
                    statistics.clear();
                    Booking.Slots found = booking.slots(typeId, today, today.plusDays(29), berlin);
                    statements[0] = Math.max(statements[0], statistics.getPrepareStatementCount());
                    slotCount[0] = found.slots().size();
                    return found;
                }));

        // The race: the first twenty slots from the day after tomorrow, ten candidates on each.
        List<Slot> twenty = actingAs.call(candidateUser,
                () -> booking.slots(typeId, today.plusDays(2), today.plusDays(4), berlin)).slots().subList(0, 20);
        List<Callable<String>> attempts = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            long user = FIRST_CANDIDATE_USER + i;
            Slot slot = twenty.get(i % twenty.size());
            attempts.add(() -> {
                try {
                    actingAs.run(user, () -> booking.book(typeId, slot.start(), "bench-race"));
                    return "booked";
                } catch (SlotTakenException e) {
                    return "taken";
                } catch (RuntimeException e) {
                    return "error " + e.getClass().getSimpleName();
                }
            });
        }
        long raceStart = System.nanoTime();
        List<String> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(32)) {
            for (Future<String> outcome : pool.invokeAll(attempts)) {
                outcomes.add(outcome.get());
            }
        } catch (Exception e) {
            throw new IllegalStateException("the booking race could not run", e);
        }
        double raceMillis = (System.nanoTime() - raceStart) / 1e6;
        long booked = outcomes.stream().filter("booked"::equals).count();
        long taken = outcomes.stream().filter("taken"::equals).count();
        List<String> errors = outcomes.stream().filter(o -> o.startsWith("error")).distinct().toList();
        long stored = count("select count(*) from coaching_session where consultant_id = " + CONSULTANT
                + " and agenda = 'bench-race' and status = 'SCHEDULED'");

        Report.Table table = report.table("What", "p50", "p95", "max", "Statements", "Goal");
        table.row("Free slots, 30 days seen from Berlin (" + slotCount[0] + " slots), a candidate",
                Report.ms(slots.p50()), Report.ms(slots.p95()), Report.ms(slots.max()), statements[0],
                (slots.p95Millis() <= 20 && statements[0] <= 3 ? "met" : "missed") + " (p95 ≤ 20 ms, ≤ 3 statements)");
        report.section("Booking: a consultant with " + String.format("%,d", SESSIONS) + " sessions ("
                        + String.format("%,d", data.candidates()) + " candidates in the data set)",
                "Core's Booking service in its Spring context in the bench JVM, " + repeats + " timed calls after "
                        + warmup + " warm-up calls, one at a time; statements counted by Hibernate's statistics (the "
                        + "most in any call). Load average: " + Report.loadAverage() + ".");
        table.write();
        report.text(String.format("Race: %d candidates booking 20 slots at once (32 threads) — %d booked, %d told "
                        + "\"just taken\", %d other errors %s; %d sessions stored; %.0f ms for all %d attempts. Goal: "
                        + "exactly 20 sessions and 180 refusals — %s.%n", RACERS, booked, taken,
                RACERS - booked - taken, errors, stored, raceMillis, RACERS,
                booked == 20 && taken == 180 && stored == 20 ? "met" : "missed"));
    }

    private void createBookingWorld() {
        postgres.execute(
                """
                insert into user_account (id, email, display_name, password_hash, role, locale, password_changed_at, created_at)
                select %d, 'booking-consultant@%s', 'Booking Bench', password_hash, 'CONSULTANT', 'ko', now(), now()
                  from user_account where id = %d""".formatted(CONSULTANT, DataSet.EMAIL_DOMAIN,
                        DataSet.FIRST_CONSULTANT_USER_ID),
                """
                insert into user_account (id, email, display_name, password_hash, role, locale, password_changed_at, created_at)
                select %d + n, 'booking-racer' || n || '@%s', 'Racer ' || n, u.password_hash, 'CANDIDATE', 'ko', now(), now()
                  from generate_series(0, %d) n, user_account u where u.id = %d""".formatted(FIRST_CANDIDATE_USER,
                        DataSet.EMAIL_DOMAIN, RACERS - 1, DataSet.FIRST_CONSULTANT_USER_ID),
                """
                insert into candidate (id, full_name, email, preferred_locale, time_zone, career_stage, pipeline_status,
                                       consultant_id, user_id, tags, progress_emails_enabled, digest_day_of_week,
                                       created_at, updated_at)
                select %d + n, 'Racer ' || n, 'booking-racer' || n || '@%s', 'ko', 'Europe/Berlin', 'EXPERIENCED',
                       'ACTIVE', %d, %d + n, '{}', false, 'MONDAY', now(), now()
                  from generate_series(0, %d) n""".formatted(FIRST_CANDIDATE, DataSet.EMAIL_DOMAIN, CONSULTANT,
                        FIRST_CANDIDATE_USER, RACERS - 1),
                """
                insert into coaching_session (candidate_id, consultant_id, starts_at, ends_at, time_zone, mode, agenda,
                                              status, created_at, updated_at)
                select %d, %d, date_trunc('hour', now()) - interval '50 days' + n * interval '1 hour',
                       date_trunc('hour', now()) - interval '50 days' + n * interval '1 hour' + interval '20 minutes',
                       'Asia/Seoul', 'ONLINE', 'bench-booking', 'SCHEDULED', now(), now()
                  from generate_series(0, %d) n""".formatted(FIRST_CANDIDATE, CONSULTANT, SESSIONS - 1),
                "analyze coaching_session");
    }

    /**
     * Removes everything the booking world made. Foreign-key checks are off for it (the bench's own rows only, every
     * table with a candidate_id cleared explicitly): checking each deleted account against multi-million-row tables
     * without an index on the referring column took minutes.
     */
    private void removeBookingWorld() {
        long lastCandidate = FIRST_CANDIDATE + RACERS - 1;
        postgres.execute(
                "set session_replication_role = replica",
                "delete from mail_outbox where recipient_kind = 'USER' and recipient_id = " + CONSULTANT,
                "delete from mail_outbox where recipient_kind = 'CANDIDATE' and recipient_id between " + FIRST_CANDIDATE
                        + " and " + lastCandidate,
                "delete from coaching_session where consultant_id = " + CONSULTANT,
                """
                do $$
                declare t text;
                begin
                    for t in select c.table_name from information_schema.columns c
                             join information_schema.tables x on x.table_name = c.table_name and x.table_schema = c.table_schema
                             where c.column_name = 'candidate_id' and c.table_schema = 'public' and x.table_type = 'BASE TABLE'
                    loop
                        execute format('delete from %%I where candidate_id between %d and %d', t);
                    end loop;
                end $$""".formatted(FIRST_CANDIDATE, lastCandidate),
                "delete from session_type where name_en = 'Bench consultation'",
                "delete from consultant_availability where consultant_id = " + CONSULTANT,
                "delete from candidate where id between " + FIRST_CANDIDATE + " and " + lastCandidate,
                "delete from user_account where id = " + CONSULTANT + " or id between " + FIRST_CANDIDATE_USER + " and "
                        + (FIRST_CANDIDATE_USER + RACERS - 1),
                "set session_replication_role = origin");
    }

    private long count(String query) {
        try (Connection connection = postgres.connect(); Statement sql = connection.createStatement();
             var rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
