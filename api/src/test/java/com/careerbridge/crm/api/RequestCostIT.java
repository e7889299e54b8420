package com.careerbridge.crm.api;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import javax.sql.DataSource;

import com.careerbridge.crm.booking.Availabilities;
import com.careerbridge.crm.booking.BookingRules;
import com.careerbridge.crm.booking.ConsultantAvailability;
import com.careerbridge.crm.booking.SessionTypeForm;
import com.careerbridge.crm.booking.SessionTypes;
import com.careerbridge.crm.booking.TimeOfDayRange;
import com.careerbridge.crm.booking.WeeklyAvailability;
import com.careerbridge.crm.calendar.CalendarFeedService;
import com.careerbridge.crm.documents.CandidateDocuments;
import com.careerbridge.crm.documents.DocumentKind;
import com.careerbridge.crm.documents.DocumentView;
import com.careerbridge.crm.documents.NewDocument;
import com.careerbridge.crm.messaging.Conversations;
import com.careerbridge.crm.session.SessionMode;
import com.careerbridge.crm.shared.LocalizedText;
import com.careerbridge.testsupport.Fixtures;
import com.careerbridge.testsupport.api.ApiClient;
import com.careerbridge.testsupport.api.ApiIntegrationTest;
import com.careerbridge.testsupport.api.ApiWorld;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A guard against work per request creeping up that does not depend on the machine's speed (#19, item 5): for EVERY
 * GET of the API — the list is the OpenAPI document's, so a new GET without a budget fails here — the SQL statements a
 * request runs and the bytes the JVM allocates while serving it, both measured in the request's own thread around the
 * whole filter chain (security chain and token check included), stay within the budgets recorded in
 * {@code request-costs.properties}.
 * <ul>
 * <li>Statements: counted at the JDBC connection (every statement, Hibernate's and plain JDBC's alike), the most in any
 *     measured request; the budget is what was recorded — one statement more fails.</li>
 * <li>Allocation: the median over the measured requests after a warm-up; the budget is 1.6 times the recorded median,
 *     so a change that doubles the work per request fails while JIT noise does not.</li>
 * </ul>
 * Re-record after a deliberate change with
 * {@code ./mvnw verify -pl api -am -Dit.test=RequestCostIT -Drequest-costs.update=true} and review the diff.
 * Throughput itself is measured by the benchmarks (bench module), not here.
 */
@ApiIntegrationTest
@Import(RequestCostIT.Recording.class)
class RequestCostIT {

    static final String BUDGETS = "src/test/resources/request-costs.properties";
    static final double ALLOCATION_SLACK = 1.6;
    private static final int WARM_UP = 40;
    private static final int MEASURED = 30;

    @LocalServerPort int port;
    @Autowired ApiWorld world;
    @Autowired Fixtures fixtures;
    @Autowired CostRecorder recorder;
    @Autowired JdbcTemplate jdbc;
    @Autowired SessionTypes sessionTypes;
    @Autowired Availabilities availabilities;
    @Autowired CalendarFeedService calendarFeeds;
    @Autowired Conversations conversations;
    @Autowired CandidateDocuments documents;

    /** GETs that are not one request and one answer, and why. */
    static final Map<String, String> NOT_MEASURED = Map.of(
            "GET /api/v1/events", "a stream that stays open (server-sent events): EventsApiIT");

    /** One sample request: who asks ({@code null}: nobody signed in), the path with its query, the answer expected. */
    record Sample(String token, String path, int status) {
    }

    @Test
    void everyGetStaysWithinItsStatementAndAllocationBudget() throws IOException {
        ApiClient api = new ApiClient(port);
        Map<String, Sample> samples = samples(api);
        Set<String> documented = documentedGets();
        documented.removeAll(NOT_MEASURED.keySet());
        assertThat(new TreeSet<>(samples.keySet())).as("a sample request for every GET of the OpenAPI document")
                .isEqualTo(documented);

        Map<String, long[]> measured = new TreeMap<>();
        samples.forEach((pattern, sample) -> measured.put(pattern, measure(api, pattern, sample)));
        measured.forEach((pattern, cost) -> System.out.printf("%-62s %2d statements %7.1f kB%n", pattern, cost[0],
                cost[1] / 1024.0));

        if (Boolean.getBoolean("request-costs.update")) {
            record(measured);
            return;
        }
        Properties budgets = new Properties();
        try (var in = Files.newBufferedReader(Path.of(BUDGETS), StandardCharsets.UTF_8)) {
            budgets.load(in);
        }
        List<String> over = new ArrayList<>();
        measured.forEach((pattern, cost) -> {
            String budget = budgets.getProperty(pattern);
            if (budget == null) {
                over.add(pattern + ": no budget recorded");
                return;
            }
            String[] parts = budget.split(",");
            long statements = Long.parseLong(parts[0].strip());
            long kilobytes = Long.parseLong(parts[1].strip());
            if (cost[0] > statements) {
                over.add(pattern + ": " + cost[0] + " statements, budget " + statements);
            }
            if (cost[1] / 1024 > kilobytes) {
                over.add(pattern + ": " + cost[1] / 1024 + " kB allocated, budget " + kilobytes + " kB");
            }
        });
        assertThat(over).as("requests over their budget (" + BUDGETS + ")").isEmpty();
    }

    private long[] measure(ApiClient api, String pattern, Sample sample) {
        for (int i = 0; i < WARM_UP; i++) {
            ApiClient.Response response = api.get(sample.path(), sample.token());
            assertThat(response.status()).as(pattern + " → " + response).isEqualTo(sample.status());
        }
        String probe = pattern + " " + System.nanoTime();
        recorder.start(probe);
        for (int i = 0; i < MEASURED; i++) {
            ApiClient.Request request = api.request("GET", sample.path()).header(CostRecorder.PROBE, probe);
            if (sample.token() != null) {
                request.bearer(sample.token());
            }
            assertThat(request.send().status()).as(pattern).isEqualTo(sample.status());
        }
        return recorder.result(probe, MEASURED);
    }

    private static void record(Map<String, long[]> measured) throws IOException {
        try (Writer out = Files.newBufferedWriter(Path.of(BUDGETS), StandardCharsets.UTF_8)) {
            out.write("# Budgets of RequestCostIT, one line per GET of the API: statements (the most a request ran when\n"
                    + "# recorded), kB allocated per request (" + ALLOCATION_SLACK + " x the recorded median). Recorded "
                    + LocalDate.now() + ".\n");
            for (Map.Entry<String, long[]> entry : measured.entrySet()) {
                long kilobytes = (long) Math.ceil(entry.getValue()[1] / 1024.0 * ALLOCATION_SLACK);
                out.write(entry.getKey().replace(" ", "\\ ").replace(":", "\\:") + " = " + entry.getValue()[0] + ", "
                        + kilobytes + "\n");
            }
        }
    }

    /** "GET /api/v1/..." for every GET in the committed OpenAPI document. */
    private static Set<String> documentedGets() throws IOException {
        JsonNode document = JsonMapper.builder().build()
                .readTree(Files.readString(Path.of(OpenApiDocumentIT.COMMITTED)));
        Set<String> gets = new TreeSet<>();
        document.get("paths").properties().forEach(path -> {
            if (path.getValue().has("get")) {
                gets.add("GET " + path.getKey());
            }
        });
        return gets;
    }

    /** A world with one of everything, and a request for each GET. */
    private Map<String, Sample> samples(ApiClient api) {
        ApiWorld.Side side = world.side("Cost");
        String candidate = ApiWorld.signIn(api, side.candidateEmail());
        String consultant = ApiWorld.signIn(api, side.consultant().getEmail().value());
        long candidateId = side.candidate().getId();
        long consultantId = side.consultant().getId();
        long applicationId = jdbc.queryForObject("""
                insert into job_application (candidate_id, target_role_id, guide_id, company, position_title, source,
                                             stage, stage_changed_at, created_at, updated_at)
                values (?, ?, ?, 'Acme', 'Account Manager', 'JOB_BOARD', 'APPLIED', now(), now(), now()) returning id""",
                Long.class, candidateId, side.targetRoleId(), side.guideId());
        long interviewId = jdbc.queryForObject("""
                insert into job_interview (application_id, round, starts_at, time_zone, format, created_at, updated_at)
                values (?, 1, now() + interval '3 days', 'Asia/Seoul', 'VIDEO', now(), now()) returning id""",
                Long.class, applicationId);
        com.careerbridge.crm.account.UserAccount adminAccount = fixtures.admin();
        long adminId = adminAccount.getId();
        String admin = ApiWorld.signIn(api, adminAccount.getEmail().value());
        long typeId = fixtures.as(adminId, () -> sessionTypes.create(new SessionTypeForm(
                LocalizedText.of("비용 측정", "Cost check"), 60, SessionMode.ONLINE, null, 0, 0, true, 1440, null))).getId();
        WeeklyAvailability week = WeeklyAvailability.none(ApiWorld.SEOUL);
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            week = week.with(day, TimeOfDayRange.of("09:00", "18:00"));
        }
        WeeklyAvailability hours = week;
        fixtures.as(side.consultant(), () -> availabilities.save(consultantId, 0, ConsultantAvailability.of(hours),
                new BookingRules(Duration.ofHours(1), 30, null, 30)));
        String secret = fixtures.as(side.candidateUserId(), () -> calendarFeeds.rotate());
        LocalDate today = LocalDate.now(ApiWorld.SEOUL);
        String week7 = "from=" + today + "&to=" + today.plusDays(6) + "&zone=Asia/Seoul";
        Instant now = Instant.now();

        // messages and a document (#16)
        fixtures.as(side.candidateUserId(), () -> conversations.sendMine("Could you look at my CV?", null));
        fixtures.as(side.consultant(), () -> conversations.send(candidateId, "Yes, this afternoon.", null));
        DocumentView cv = fixtures.as(side.candidateUserId(), () -> documents.uploadMine(
                new NewDocument(DocumentKind.CV, "CV", null), "cv.txt",
                new java.io.ByteArrayInputStream("Curriculum vitae".getBytes(StandardCharsets.UTF_8))));
        long versionId = cv.latest().id();
        fixtures.as(side.consultant(), () -> documents.comment(versionId, "Shorten the summary"));

        Map<String, Sample> samples = new TreeMap<>();
        samples.put("GET /api/v1/me/messages", asked(candidate, "/api/v1/me/messages"));
        samples.put("GET /api/v1/candidates/{candidateId}/messages",
                asked(consultant, "/api/v1/candidates/" + candidateId + "/messages"));
        samples.put("GET /api/v1/inbox", asked(consultant, "/api/v1/inbox"));
        samples.put("GET /api/v1/inbox/unread", asked(consultant, "/api/v1/inbox/unread"));
        samples.put("GET /api/v1/me/documents", asked(candidate, "/api/v1/me/documents"));
        samples.put("GET /api/v1/candidates/{candidateId}/documents",
                asked(consultant, "/api/v1/candidates/" + candidateId + "/documents"));
        samples.put("GET /api/v1/documents/{documentId}", asked(consultant, "/api/v1/documents/" + cv.id()));
        samples.put("GET /api/v1/documents/versions/{versionId}/content",
                asked(consultant, "/api/v1/documents/versions/" + versionId + "/content"));
        // a text file has no preview: its answer is a 404 problem (DocumentsApiIT serves a PDF's)
        samples.put("GET /api/v1/documents/versions/{versionId}/preview",
                new Sample(consultant, "/api/v1/documents/versions/" + versionId + "/preview", 404));
        samples.put("GET /api/v1/documents/versions/{versionId}/comments",
                asked(candidate, "/api/v1/documents/versions/" + versionId + "/comments"));
        samples.put("GET /api/v1/applications/{applicationId}", asked(consultant, "/api/v1/applications/" + applicationId));
        samples.put("GET /api/v1/applications/{applicationId}/interviews",
                asked(consultant, "/api/v1/applications/" + applicationId + "/interviews"));
        samples.put("GET /api/v1/brand", new Sample(null, "/api/v1/brand", 200));
        // no logo in the test consultancy: its answer is a 404 problem (BrandApiIT serves a logo)
        samples.put("GET /api/v1/brand/logo", new Sample(null, "/api/v1/brand/logo", 404));
        samples.put("GET /api/v1/calendar/{secret}.ics", new Sample(null, "/api/v1/calendar/" + secret + ".ics", 200));
        samples.put("GET /api/v1/candidates", asked(consultant, "/api/v1/candidates"));
        String mine = "/api/v1/candidates/" + candidateId;
        samples.put("GET /api/v1/candidates/{candidateId}", asked(consultant, mine));
        samples.put("GET /api/v1/candidates/{candidateId}/applications", asked(consultant, mine + "/applications"));
        samples.put("GET /api/v1/candidates/{candidateId}/assignments/{assignmentId}",
                asked(consultant, mine + "/assignments/" + side.assignmentId()));
        samples.put("GET /api/v1/candidates/{candidateId}/digest-preview", asked(consultant, mine + "/digest-preview"));
        samples.put("GET /api/v1/candidates/{candidateId}/emails", asked(consultant, mine + "/emails"));
        samples.put("GET /api/v1/candidates/{candidateId}/export", asked(admin, mine + "/export"));
        samples.put("GET /api/v1/candidates/{candidateId}/profile", asked(consultant, mine + "/profile"));
        samples.put("GET /api/v1/candidates/{candidateId}/sessions", asked(consultant, mine + "/sessions"));
        samples.put("GET /api/v1/candidates/{candidateId}/staff-notes", asked(consultant, mine + "/staff-notes"));
        samples.put("GET /api/v1/candidates/{candidateId}/timeline", asked(consultant, mine + "/timeline"));
        samples.put("GET /api/v1/caseload/applications", asked(consultant, "/api/v1/caseload/applications"));
        samples.put("GET /api/v1/consultants/{consultantId}/availability",
                asked(consultant, "/api/v1/consultants/" + consultantId + "/availability"));
        samples.put("GET /api/v1/consultants/{consultantId}/slots",
                asked(consultant, "/api/v1/consultants/" + consultantId + "/slots?typeId=" + typeId + "&" + week7));
        samples.put("GET /api/v1/dashboard", asked(consultant, "/api/v1/dashboard"));
        samples.put("GET /api/v1/guides", asked(consultant, "/api/v1/guides"));
        samples.put("GET /api/v1/guides/{guideId}", asked(consultant, "/api/v1/guides/" + side.guideId()));
        samples.put("GET /api/v1/guides/{guideId}/versions/{versionNumber}",
                asked(consultant, "/api/v1/guides/" + side.guideId() + "/versions/1"));
        samples.put("GET /api/v1/interviews/{interviewId}", asked(consultant, "/api/v1/interviews/" + interviewId));
        samples.put("GET /api/v1/me", asked(candidate, "/api/v1/me"));
        samples.put("GET /api/v1/me/applications", asked(candidate, "/api/v1/me/applications"));
        samples.put("GET /api/v1/me/bookings", asked(candidate, "/api/v1/me/bookings"));
        samples.put("GET /api/v1/me/export", asked(candidate, "/api/v1/me/export"));
        samples.put("GET /api/v1/me/guides", asked(candidate, "/api/v1/me/guides"));
        samples.put("GET /api/v1/me/guides/{assignmentId}", asked(candidate, "/api/v1/me/guides/" + side.assignmentId()));
        samples.put("GET /api/v1/me/profile", asked(candidate, "/api/v1/me/profile"));
        samples.put("GET /api/v1/me/readiness", asked(candidate, "/api/v1/me/readiness"));
        samples.put("GET /api/v1/me/session-types", asked(candidate, "/api/v1/me/session-types"));
        samples.put("GET /api/v1/me/sessions", asked(candidate, "/api/v1/me/sessions"));
        samples.put("GET /api/v1/me/slots", asked(candidate, "/api/v1/me/slots?typeId=" + typeId + "&" + week7));
        samples.put("GET /api/v1/outcomes", asked(consultant, "/api/v1/outcomes"));
        samples.put("GET /api/v1/session-types", asked(consultant, "/api/v1/session-types"));
        samples.put("GET /api/v1/sessions", asked(consultant, "/api/v1/sessions?from=" + now.minus(Duration.ofDays(7))
                + "&to=" + now.plus(Duration.ofDays(7))));
        samples.put("GET /api/v1/sessions/{sessionId}", asked(consultant, "/api/v1/sessions/" + side.upcomingSessionId()));
        samples.put("GET /api/v1/target-roles/{targetRoleId}",
                asked(consultant, "/api/v1/target-roles/" + side.targetRoleId()));
        return samples;
    }

    private static Sample asked(String token, String path) {
        return new Sample(token, path, 200);
    }

    /**
     * Counts, in the request's own thread, the JDBC statements prepared or created and the bytes allocated, around the
     * whole filter chain.
     */
    static final class CostRecorder extends OncePerRequestFilter {

        /** The header that marks a measured request (warm-up requests still leaving the filter are not counted). */
        static final String PROBE = "X-Cost-Probe";
        static final ThreadLocal<long[]> STATEMENTS = ThreadLocal.withInitial(() -> new long[1]);

        private final com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        private final Map<String, ConcurrentLinkedQueue<long[]>> samples = new ConcurrentHashMap<>();

        void start(String uri) {
            samples.put(uri, new ConcurrentLinkedQueue<>());
        }

        /** {most statements in a request, median bytes allocated}. */
        long[] result(String uri, int expected) {
            // the client may have its answer before the serving thread leaves the filter
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (samples.get(uri).size() < expected && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            List<long[]> recorded = List.copyOf(samples.remove(uri));
            assertThat(recorded).as("requests recorded for %s", uri).hasSize(expected);
            long most = recorded.stream().mapToLong(cost -> cost[0]).max().orElseThrow();
            long[] bytes = recorded.stream().mapToLong(cost -> cost[1]).sorted().toArray();
            return new long[] {most, bytes[bytes.length / 2]};
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long[] statements = STATEMENTS.get();
            long statementsBefore = statements[0];
            long before = threads.getCurrentThreadAllocatedBytes();
            try {
                chain.doFilter(request, response);
            } finally {
                long allocated = threads.getCurrentThreadAllocatedBytes() - before;
                String probe = request.getHeader(PROBE);
                var queue = probe == null ? null : samples.get(probe);
                if (queue != null) {
                    queue.add(new long[] {statements[0] - statementsBefore, allocated});
                }
            }
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Recording {

        @Bean
        CostRecorder costRecorder() {
            return new CostRecorder();
        }

        @Bean
        FilterRegistrationBean<CostRecorder> costRecorderRegistration(CostRecorder recorder) {
            FilterRegistrationBean<CostRecorder> registration = new FilterRegistrationBean<>(recorder);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            registration.addUrlPatterns("/api/*");
            return registration;
        }

        /** Every connection handed out counts the statements prepared or created on it, per thread. */
        @Bean
        static BeanPostProcessor statementCountingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource ? counting(dataSource) : bean;
                }
            };
        }

        private static DataSource counting(DataSource target) {
            InvocationHandler handler = (proxy, method, args) -> {
                Object result = invoke(target, method, args);
                return method.getName().equals("getConnection") ? countingConnection((Connection) result) : result;
            };
            return (DataSource) Proxy.newProxyInstance(RequestCostIT.class.getClassLoader(),
                    new Class<?>[] {DataSource.class}, handler);
        }

        private static Connection countingConnection(Connection target) {
            Set<String> statements = Set.of("prepareStatement", "createStatement", "prepareCall");
            InvocationHandler handler = (proxy, method, args) -> {
                if (statements.contains(method.getName())) {
                    CostRecorder.STATEMENTS.get()[0]++;
                }
                return invoke(target, method, args);
            };
            return (Connection) Proxy.newProxyInstance(RequestCostIT.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, handler);
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
