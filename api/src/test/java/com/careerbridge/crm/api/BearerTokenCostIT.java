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
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (String read : reads) {
            STATEMENTS.clear();
            ApiClient.Response response = api.get(read, token);
            assertThat(response.status()).as(read + " " + response).isEqualTo(200);
            counts.put(read, STATEMENTS.size());
        }
        System.out.println("Statements per consultant read: " + counts);
        counts.forEach((read, statements) -> {
            String shape = read.replaceAll("/\\d+", "/{id}").replaceAll("\\?.*", "");
            Integer known = OVER_BUDGET.get(shape);
            if (known == null) {
                assertThat(statements).as(read).isLessThanOrEqualTo(4);
            } else {
                // still over the budget (#18 names them); a change in either direction updates this list
                assertThat(statements).as(read + " (known to be over the budget)").isEqualTo(known);
            }
        });
    }

    /**
     * Reads known to cost more than four statements, with what they cost: the overview (four services), an assigned
     * guide's content (assignment, access, heading, content, look-alike ids) and the digest preview (the whole digest).
     */
    static final java.util.Map<String, Integer> OVER_BUDGET = java.util.Map.of(
            "/api/v1/candidates/{id}", 6,
            "/api/v1/candidates/{id}/assignments/{id}", 6,
            "/api/v1/candidates/{id}/digest-preview", 13);
}
