package com.careerbridge.crm.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careerbridge.testsupport.PostgresTestInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database becomes unreachable under a running application, then comes back. Here it is the application's own
 * database refusing connections ({@code ALLOW_CONNECTIONS false}) with every open connection killed — to the pool the
 * same as a stopped server, but quick and without touching the test server other contexts share. (The bench module's
 * DatabaseOutageBench stops a real PostgreSQL for 10 s under load.) API requests must fail fast with a 503 problem and
 * Retry-After — not hang for the old 5 s pool timeout, not a 500 — readiness must go DOWN and come back UP, and the
 * application must serve again within 5 s of the database's return, without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "careerbridge.admin.email=outage-admin@test.example",
        "careerbridge.admin.password=outage admin password",
        "careerbridge.mail.dispatch.enabled=false",
        "careerbridge.mail.digest.enabled=false"})
@ContextConfiguration(initializers = PostgresTestInitializer.class)
@DirtiesContext
class DatabaseOutageIT {

    /** The goal is 1 s (pool timeout 800 ms); a busy CI machine gets some slack, the old 5 s pool timeout does not. */
    private static final Duration FAST_FAILURE = Duration.ofMillis(2_000);
    private static final Duration RECOVERY = Duration.ofSeconds(5);
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

    @LocalServerPort int port;
    @Value("${spring.datasource.url}") String url;
    @Value("${spring.datasource.username}") String username;
    @Value("${spring.datasource.password:}") String password;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void apiAnswers503FastWhileTheDatabaseIsAwayAndRecoversByItself() throws Exception {
        String token = token();
        assertThat(get("/api/v1/candidates", token).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);

        List<Long> failureMillis = new ArrayList<>();
        cutOff(true);
        try {
            for (int i = 0; i < 3; i++) {
                long began = System.nanoTime();
                HttpResponse<String> response = get("/api/v1/candidates", token);
                failureMillis.add((System.nanoTime() - began) / 1_000_000);

                assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
                assertThat(response.body()).contains("/problems/service-unavailable").contains("\"status\":503");
            }
            HttpResponse<String> korean = send(request("/api/v1/candidates", token).header("Accept-Language", "ko").GET());
            assertThat(korean.body()).contains("일시적으로 이용할 수 없음");
            assertThat(get("/actuator/health/readiness", null).statusCode()).as("readiness DOWN").isEqualTo(503);
        } finally {
            cutOff(false);
        }
        assertThat(failureMillis).allSatisfy(millis -> assertThat(millis).isLessThan(FAST_FAILURE.toMillis()));

        long back = System.nanoTime();
        int status = 0;
        while (System.nanoTime() - back < RECOVERY.toNanos() && status != 200) {
            status = get("/api/v1/candidates", token).statusCode();
        }
        assertThat(status).as("serving again within %s of the database's return", RECOVERY).isEqualTo(200);
        assertThat(get("/actuator/health/readiness", null).statusCode()).as("readiness UP").isEqualTo(200);
    }

    /** Refuses (or allows again) new connections to the application's database and ends the open ones. */
    private void cutOff(boolean refuse) throws Exception {
        String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        String adminUrl = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection admin = DriverManager.getConnection(adminUrl, username, password);
             Statement statement = admin.createStatement()) {
            statement.execute("alter database " + database + " allow_connections " + !refuse);
            if (refuse) {
                statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");
            }
        }
    }

    private String token() throws Exception {
        HttpResponse<String> response = send(request("/api/v1/auth/token", null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"outage-admin@test.example\",\"password\":\"outage admin password\"}")));
        Matcher matcher = ACCESS_TOKEN.matcher(response.body());
        assertThat(matcher.find()).as(response.body()).isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return send(request(path, token).GET());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
