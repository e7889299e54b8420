package com.careerbridge.crm.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One outage drill against a running application: the database goes away in some way, API requests must fail fast
 * with a 503 problem and Retry-After (not hang for a pool timeout of several seconds, not a 500), readiness goes DOWN,
 * and within 5 s of the database's return the application serves again by itself.
 */
abstract class DatabaseOutageDrill {

    /** The goal is 1 s (pool timeout 800 ms); a busy CI machine gets some slack, the old 5 s pool timeout does not. */
    static final Duration FAST_FAILURE = Duration.ofMillis(2_000);
    static final Duration RECOVERY = Duration.ofSeconds(5);
    static final String ADMIN_EMAIL = "outage-admin@test.example";
    static final String ADMIN_PASSWORD = "outage admin password";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

    interface Step {
        void run() throws Exception;
    }

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private String token;

    /** Drills one way for the database to be gone: {@code away} takes it away, {@code back} brings it back. */
    void drill(String how, Step away, Step back) throws Exception {
        if (token == null) {
            token = token();
        }
        assertThat(get("/api/v1/candidates").statusCode()).as("before: %s", how).isEqualTo(200);
        assertThat(get("/actuator/health/readiness").statusCode()).as("ready before: %s", how).isEqualTo(200);

        List<Long> failureMillis = new ArrayList<>();
        away.run();
        try {
            for (int i = 0; i < 3; i++) {
                long began = System.nanoTime();
                HttpResponse<String> response = get("/api/v1/candidates");
                failureMillis.add((System.nanoTime() - began) / 1_000_000);

                assertThat(response.statusCode()).as("%s: %s", how, response.body()).isEqualTo(503);
                assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
                assertThat(response.body()).contains("/problems/service-unavailable").contains("\"status\":503");
            }
            HttpResponse<String> korean = send(request("/api/v1/candidates").header("Accept-Language", "ko").GET());
            assertThat(korean.body()).as(how).contains("일시적으로 이용할 수 없음");
            assertThat(get("/actuator/health/readiness").statusCode()).as("readiness DOWN: %s", how).isEqualTo(503);
        } finally {
            back.run();
        }
        assertThat(failureMillis).as("milliseconds to a 503 while the database is %s", how)
                .allSatisfy(millis -> assertThat(millis).isLessThan(FAST_FAILURE.toMillis()));

        long returned = System.nanoTime();
        int status = 0;
        while (System.nanoTime() - returned < RECOVERY.toNanos() && status != 200) {
            status = get("/api/v1/candidates").statusCode();
        }
        assertThat(status).as("serving again within %s of the database's return (%s)", RECOVERY, how).isEqualTo(200);
        assertThat(get("/actuator/health/readiness").statusCode()).as("readiness UP after: %s", how).isEqualTo(200);
    }

    private String token() throws Exception {
        HttpResponse<String> response = send(request("/api/v1/auth/token").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + ADMIN_EMAIL + "\",\"password\":\"" + ADMIN_PASSWORD + "\"}")));
        Matcher matcher = ACCESS_TOKEN.matcher(response.body());
        assertThat(matcher.find()).as(response.body()).isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(request(path).GET());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10));
        if (token != null && path.startsWith("/api/v1/") && !path.startsWith("/api/v1/auth/")) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
