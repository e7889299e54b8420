package com.careerbridge.crm.app;

import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.careerbridge.testsupport.PostgresTestInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The instances as docker/compose.yaml configures them (its forwarded-header settings, read from the file) with a
 * client that reaches one directly — from an address that is not nginx's — and sends a new X-Forwarded-For with every
 * wrong password. The application must count the address it really sees: the sign-in throttle answers 429 as it would
 * without the header. With Tomcat's default (every private address believed) the forged addresses each got their own
 * free failures and eight wrong passwords never met a 429.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "careerbridge.admin.email=forwarded-admin@test.example",
        "careerbridge.admin.password=forwarded admin password",
        "careerbridge.mail.dispatch.enabled=false",
        "careerbridge.mail.digest.enabled=false"})
@ContextConfiguration(initializers = PostgresTestInitializer.class)
@DirtiesContext
class ForwardedAddressIT {

    @LocalServerPort int port;

    @DynamicPropertySource
    static void asComposeConfiguresIt(DynamicPropertyRegistry registry) throws Exception {
        Map<String, Object> compose;
        try (Reader reader = Files.newBufferedReader(Path.of("..", "docker", "compose.yaml"), StandardCharsets.UTF_8)) {
            compose = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> app = (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get("app");
        @SuppressWarnings("unchecked")
        Map<String, Object> environment = (Map<String, Object>) app.get("environment");
        String strategy = String.valueOf(environment.get("SERVER_FORWARD_HEADERS_STRATEGY"));
        String proxies = String.valueOf(environment.get("SERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES"));
        assertThat(strategy).isEqualTo("native");
        registry.add("server.forward-headers-strategy", () -> strategy);
        registry.add("server.tomcat.remoteip.internal-proxies", () -> proxies);
    }

    @Test
    void aClientCannotEscapeTheSignInThrottleByNamingOtherAddresses() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/token"))
                    .header("Content-Type", "application/json")
                    .header("X-Forwarded-For", "203.0.113." + i)
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"email\":\"forwarded-admin@test.example\",\"password\":\"not the password\"}"))
                    .build();
            statuses.add(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
        }

        assertThat(statuses.subList(0, 4)).as("the free failures").containsOnly(401);
        assertThat(statuses).as("eight wrong passwords from one real address, each naming another").contains(429);
    }
}
