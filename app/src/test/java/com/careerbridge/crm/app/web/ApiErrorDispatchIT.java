package com.careerbridge.crm.app.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failure outside Spring MVC's exception handling — a filter that throws, a {@code sendError} — makes the servlet
 * container forward to {@code /error}. For an API request the answer must still be a problem document, never the web
 * UI's 302 to the sign-in page (what API clients got under overload in the benchmark) and never a stack trace.
 */
@WebSecurityTest
class ApiErrorDispatchIT {
    // The failures are planted by PlantedFailures in the shared web security context (a second application context
    // in this JVM would replace Vaadin's global security-context strategy under the first one's feet).

    @LocalServerPort
    int port;

    @Test
    void anExceptionEscapingTheFiltersIsAProblemDocument() throws Exception {
        HttpResponse<String> response = get("/api/v1/me/guides?fail=throw");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"https://careerbridge.example/problems/internal\"")
                .doesNotContain("planted failure").doesNotContain("at com.");
        assertThat(response.headers().firstValue("Content-Security-Policy")).as("still the API's headers")
                .hasValue("default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void aSentErrorKeepsItsStatusAsAProblemDocument() throws Exception {
        HttpResponse<String> unavailable = get("/api/v1/me/guides?fail=503");
        assertThat(unavailable.statusCode()).isEqualTo(503);
        assertThat(unavailable.headers().firstValue("Retry-After")).isPresent();
        assertThat(unavailable.body()).contains("problems/service-unavailable");

        HttpResponse<String> gone = get("/api/v1/me/guides?fail=404");
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.body()).contains("problems/not-found");
    }

    @Test
    void theWebUiKeepsItsOwnErrorHandling() throws Exception {
        // The same failure on a UI path is not an API answer (it goes to the UI's own handling: sign-in first).
        HttpResponse<String> response = get("/candidates?fail=throw");
        assertThat(response.headers().firstValue("Content-Type").orElse("")).doesNotContain("problem+json");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
