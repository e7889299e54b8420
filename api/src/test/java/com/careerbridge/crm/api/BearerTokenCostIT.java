package com.careerbridge.crm.api;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.AuthenticatedUser;
import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.testsupport.api.ApiClient;
import com.careerbridge.testsupport.api.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/** Authenticating a request with a bearer token costs exactly one SQL statement (the design's promise). */
@ApiIntegrationTest
@Import({BearerTokenCostIT.StatementRecorder.class, BearerTokenCostIT.WhoAmI.class})
class BearerTokenCostIT {

    static final List<String> STATEMENTS = new CopyOnWriteArrayList<>();

    /** Wraps the DataSource so that every statement a connection prepares is recorded. */
    static class StatementRecorder {
        @Bean
        static BeanPostProcessor recordStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource dataSource && !(bean instanceof DelegatingDataSource)
                            ? new RecordingDataSource(dataSource) : bean;
                }
            };
        }
    }

    static final class RecordingDataSource extends DelegatingDataSource {
        RecordingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = super.getConnection();
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                            STATEMENTS.add(args != null && args.length > 0 ? String.valueOf(args[0]) : "<statement>");
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }

    /** An endpoint that touches no data itself, so every statement counted belongs to authentication. */
    @RestController
    static class WhoAmI {
        @GetMapping("/api/v1/test-whoami")
        String whoAmI(@AuthenticationPrincipal AuthenticatedUser user) {
            return user.email();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void oneStatementPerAuthenticatedRequest() {
        ApiClient api = new ApiClient(port);
        accounts.create(new EmailAddress("cost@example.com"), "Cost", Role.CANDIDATE, Locale.ENGLISH,
                "correct horse battery");
        String token = api.postJson("/api/v1/auth/token",
                "{\"email\":\"cost@example.com\",\"password\":\"correct horse battery\"}").json()
                .get("accessToken").asString();

        STATEMENTS.clear();
        ApiClient.Response response = api.get("/api/v1/test-whoami", token);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("cost@example.com");
        assertThat(STATEMENTS).hasSize(1);
        assertThat(STATEMENTS.getFirst()).contains("from api_token t").contains("join user_account u");
    }

    @Autowired
    com.careerbridge.testsupport.api.ApiWorld world;

    /**
     * The consultant app's reads (#18): each answers in at most four statements, the token check included — every
     * statement any layer prepares is counted here (Hibernate's, JDBC's and the token check's alike).
     */
    @Test
    void everyConsultantReadCostsAtMostFourStatements() {
        ApiClient api = new ApiClient(port);
        var side = world.side("Cost " + System.nanoTime());
        String token = com.careerbridge.testsupport.api.ApiWorld.signIn(api, side.consultant().getEmail().value());
        long candidateId = side.candidate().getId();
        String now = java.time.Instant.now().toString();
        String week = java.time.Instant.now().plus(java.time.Duration.ofDays(7)).toString();
        List<String> reads = List.of("/api/v1/dashboard", "/api/v1/candidates", "/api/v1/candidates/" + candidateId,
                "/api/v1/candidates/" + candidateId + "/profile", "/api/v1/candidates/" + candidateId + "/staff-notes",
                "/api/v1/candidates/" + candidateId + "/timeline", "/api/v1/candidates/" + candidateId + "/sessions",
                "/api/v1/candidates/" + candidateId + "/emails",
                "/api/v1/candidates/" + candidateId + "/digest-preview",
                "/api/v1/candidates/" + candidateId + "/assignments/" + side.assignmentId(),
                "/api/v1/target-roles/" + side.targetRoleId(), "/api/v1/guides", "/api/v1/guides/" + side.guideId(),
                "/api/v1/guides/" + side.guideId() + "/versions/1", "/api/v1/sessions?from=" + now + "&to=" + week,
                "/api/v1/sessions/" + side.pastSessionId());
        // The unsubscribe links' signing key is read (or created) once per application, by the first link: a start-up
        // cost, not a request's. Without this the digest preview's count would depend on which test ran first.
        assertThat(api.get("/api/v1/candidates/" + candidateId + "/digest-preview", token).status()).isEqualTo(200);
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (String read : reads) {
            STATEMENTS.clear();
            ApiClient.Response response = api.get(read, token);
            assertThat(response.status()).as(read + " " + response).isEqualTo(200);
            counts.put(read, STATEMENTS.size());
        }
        System.out.println("Statements per consultant read: " + counts);
        counts.forEach((read, statements) -> {
            assertThat(statements).as(read).isLessThanOrEqualTo(4);
        });
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /**
     * The consultant's list reads cost the same number of statements for 10 rows as for 1,000 (#18): caseload,
     * overview, timeline, a candidate's sessions and e-mails, the guide catalogue, the calendar, the dashboard and the
     * digest preview (a guide, its checklist, a session and its action item per row) — no statement per row, and within
     * the budget of four.
     */
    @Test
    void theConsultantsListReadsCostTheSameForTenAndForAThousandRows() {
        ApiClient api = new ApiClient(port);
        java.util.Map<String, Integer> ten = listReadCosts(api, 10);
        java.util.Map<String, Integer> thousand = listReadCosts(api, 1_000);
        System.out.println("Statements per list read, 10 rows: " + ten + ", 1,000 rows: " + thousand);

        assertThat(thousand).as("statements per read at 1,000 rows vs 10").isEqualTo(ten);
        ten.forEach((read, statements) -> assertThat(statements).as(read).isLessThanOrEqualTo(4));
    }

    private java.util.Map<String, Integer> listReadCosts(ApiClient api, int rows) {
        var side = world.side("Rows " + rows + " " + System.nanoTime());
        long consultantId = side.consultant().getId();
        long candidateId = side.candidate().getId();
        String prefix = "rows" + rows + "-" + System.nanoTime();
        // the consultant's caseload
        jdbc.update("""
                insert into candidate (full_name, email, preferred_locale, time_zone, career_stage, pipeline_status,
                                       consultant_id, created_at, updated_at)
                select 'Row ' || n, ? || '-' || n || '@rows.example', 'ko', 'Asia/Seoul', 'INTERN', 'ACTIVE', ?, now(),
                       now()
                from generate_series(1, ?) n""", prefix, consultantId, rows);
        // published guides (the catalogue), each assigned to the candidate with two items
        com.careerbridge.testsupport.BulkGuides.publishAndAssign(jdbc, candidateId, prefix, rows,
                java.util.List.of("OPEN", "OPEN"));
        // sessions with an action item each, after the side's own (in two days), all within the coming week
        jdbc.update("""
                insert into coaching_session (candidate_id, consultant_id, starts_at, ends_at, time_zone, mode, status,
                                              created_at, updated_at)
                select ?, ?, now() + interval '50 hours' + n * interval '6 minutes',
                       now() + interval '50 hours' + n * interval '6 minutes' + interval '5 minutes',
                       'Asia/Seoul', 'ONLINE', 'SCHEDULED', now(), now()
                from generate_series(1, ?) n""", candidateId, consultantId, rows);
        jdbc.update("""
                insert into session_action_item (session_id, position, description)
                select s.id, 0, 'Do something' from coaching_session s
                where s.candidate_id = ? and not exists (select 1 from session_action_item i where i.session_id = s.id)""",
                candidateId);
        // the timeline and the e-mails
        jdbc.update("""
                insert into activity (candidate_id, actor_id, action, details, occurred_at)
                select ?, ?, 'guide-assigned', '{}', now() - n * interval '1 minute' from generate_series(1, ?) n""",
                candidateId, consultantId, rows);
        jdbc.update("""
                insert into mail_outbox (message_key, message_id, recipient_kind, recipient_id, recipient_address,
                                         recipient_name, locale, time_zone, template, model, status, due_at,
                                         next_attempt_at, created_at, sent_at, subject)
                select ? || '-' || n, '<' || ? || '-' || n || '@rows.example>', 'CANDIDATE', ?, 'c@rows.example', 'C',
                       'ko', 'Asia/Seoul', 'weekly-digest', '{}', 'SENT', now() - n * interval '1 hour',
                       now() - n * interval '1 hour', now() - n * interval '1 hour', now() - n * interval '1 hour',
                       'Digest'
                from generate_series(1, ?) n""", prefix, prefix, candidateId, rows);

        String token = com.careerbridge.testsupport.api.ApiWorld.signIn(api, side.consultant().getEmail().value());
        String from = java.time.Instant.now().toString();
        String to = java.time.Instant.now().plus(java.time.Duration.ofDays(7)).toString();
        String candidate = "/api/v1/candidates/" + candidateId;
        List<String> reads = List.of("/api/v1/dashboard", "/api/v1/candidates", candidate, candidate + "/timeline",
                candidate + "/sessions", candidate + "/emails", "/api/v1/guides",
                "/api/v1/sessions?from=" + from + "&to=" + to, candidate + "/digest-preview");
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (String read : reads) {
            STATEMENTS.clear();
            ApiClient.Response response = api.get(read, token);
            int statements = STATEMENTS.size();
            assertThat(response.status()).as(read + " " + response).isEqualTo(200);
            // the rows are really there: a read that missed them would prove nothing
            var json = response.json();
            if (json.has("totalItems")) {
                assertThat(json.get("totalItems").asLong()).as(read + " totalItems").isGreaterThanOrEqualTo(rows);
            }
            if (json.has("items")) {
                assertThat(json.get("items").size()).as(read + " items").isPositive();
            }
            if (read.endsWith("/digest-preview")) {
                // every guide assigned this week is named in the digest, in either language
                String text = json.get("text").asString();
                int named = text.split("가이드", -1).length - 1 + text.split("Guide", -1).length - 1;
                assertThat(named).as(read + " guides named").isGreaterThanOrEqualTo(rows);
            }
            if (read.equals(candidate)) {
                assertThat(json.get("assignments").size()).as(read + " assignments").isEqualTo(rows + 1);
            }
            counts.put(read.replace(Long.toString(candidateId), "{id}").replaceAll("\\?.*", ""), statements);
        }
        return counts;
    }
}
