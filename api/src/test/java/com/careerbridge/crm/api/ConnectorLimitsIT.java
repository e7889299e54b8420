package com.careerbridge.crm.api;

import com.careerbridge.testsupport.api.ApiClient;
import com.careerbridge.testsupport.api.ApiIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests Tomcat refuses while reading the request line and headers, before any filter of the application runs, get
 * the API's problem document and headers rather than Tomcat's HTML page. Real HTTP requests: MockMvc has no connector.
 */
@ApiIntegrationTest
class ConnectorLimitsIT {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void aBearerTokenOverTheHeaderLimitGetsAProblemDocument() {
        ApiClient.Response response = api.request("GET", "/api/v1/me")
                .header("Authorization", "Bearer " + "t".repeat(20_000)).header("Accept-Language", "ko").send();
        JsonNode problem = refused(response);
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/me");
        assertThat(response.header("Content-Language")).isEqualTo("ko");
    }

    @Test
    void aRequestLineOverTheLimitGetsAProblemDocument() {
        ApiClient.Response response = api.get("/api/v1/candidates?text=" + "x".repeat(9_000), null);
        refused(response);
    }

    @Test
    void theWebUiKeepsTheContainersOwnPage() {
        ApiClient.Response response = api.request("GET", "/login")
                .header("X-Padding", "p".repeat(20_000)).send();
        assertThat(response.status()).isEqualTo(400);
        assertThat(String.valueOf(response.contentType())).doesNotStartWith("application/problem+json");
    }

    private static JsonNode refused(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(response.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(response.header("Content-Language")).isNotBlank();
        JsonNode problem = response.json();
        assertThat(problem.get("type").asString()).isEqualTo("https://careerbridge.example/problems/malformed-request");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("<html", "Tomcat", "Exception");
        return problem;
    }
}
