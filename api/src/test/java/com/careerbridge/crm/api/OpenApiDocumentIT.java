package com.careerbridge.crm.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.careerbridge.testsupport.api.ApiClient;
import com.careerbridge.testsupport.api.ApiIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the application serves must equal the copy committed at
 * {@value #COMMITTED}, so that an API change shows up in review. After an intended change, regenerate the copy with
 * {@code ./mvnw verify -pl api -am -Dit.test=OpenApiDocumentIT -Dopenapi.update=true
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false} and commit it.
 */
@ApiIntegrationTest
class OpenApiDocumentIT {

    static final String COMMITTED = "src/main/resources/openapi/openapi.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void theServedDocumentEqualsTheCommittedCopy() throws IOException {
        ApiClient.Response served = api.get("/api/v1/openapi.json", null);
        assertThat(served.status()).as(served.toString()).isEqualTo(200);
        assertThat(served.contentType()).startsWith("application/json");
        JsonNode document = served.json();
        assertThat(document.path("openapi").asString("")).as(served.body()).startsWith("3.1");
        assertThat(document.get("paths").has("/api/v1/auth/token")).isTrue();
        assertThat(document.get("paths").has("/api/v1/me")).isTrue();

        Path committed = Path.of(COMMITTED);
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, JSON.writeValueAsString(document) + "\n", StandardCharsets.UTF_8);
        }
        assertThat(committed).as("committed OpenAPI copy; regenerate with -Dopenapi.update=true").exists();
        JsonNode expected = JSON.readTree(Files.readString(committed, StandardCharsets.UTF_8));
        assertThat(document)
                .as("The served OpenAPI document differs from %s. If the change is intended, regenerate the copy "
                        + "with -Dopenapi.update=true (see this test's Javadoc) and commit it.", COMMITTED)
                .isEqualTo(expected);
    }

    @Test
    void swaggerUiIsServedWithoutSignInAndMayRunItsOwnScripts() {
        ApiClient.Response entry = api.get("/api/v1/docs/swagger-ui.html", null);
        assertThat(entry.status()).as(entry.toString()).isEqualTo(302);
        String location = entry.header("Location");
        assertThat(location).contains("/api/v1/docs/swagger-ui/index.html");

        ApiClient.Response page = api.get("/api/v1/docs/swagger-ui/index.html", null);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'");

        ApiClient.Response config = api.get("/api/v1/openapi.json/swagger-config", null);
        assertThat(config.status()).as(config.toString()).isEqualTo(200);
        assertThat(config.json().get("url").asString()).isEqualTo("/api/v1/openapi.json");
    }
}
