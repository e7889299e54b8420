package com.careerbridge.crm.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.careerbridge.crm.account.LoginThrottleProperties;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.testsupport.Fixtures;
import com.careerbridge.testsupport.api.ApiClient;
import com.careerbridge.testsupport.api.ApiIntegrationTest;
import com.careerbridge.testsupport.api.ApiWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Answers that docs/api.md and the OpenAPI document describe, checked against the running API. */
@ApiIntegrationTest
@Import({Fixtures.class, ApiWorld.class})
class DocumentedAnswersIT {

    private static final Path API_DOC = Path.of("../docs/api.md");

    @LocalServerPort
    int port;

    @Autowired ApiWorld world;
    @Autowired Fixtures fixtures;
    @Autowired LoginThrottleProperties throttle;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void theLocationOfANewAssignmentIsTheCandidatesOverviewThatListsIt() {
        ApiWorld.Side side = world.side("Location");
        String token = ApiWorld.signIn(api, side.consultant().getEmail().value());
        long guideId = fixtures.guide("sales-analyst").guideId();
        ApiClient.Response created = api.request("POST", "/api/v1/candidates/" + side.candidate().getId()
                + "/assignments").bearer(token).json("{\"guideId\":" + guideId + "}").send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long assignmentId = created.json().get("assignmentId").asLong();

        String location = created.header("Location");
        assertThat(location).isEqualTo("/api/v1/candidates/" + side.candidate().getId());
        ApiClient.Response overview = api.get(location, token);
        assertThat(overview.status()).isEqualTo(200);
        assertThat(overview.json().get("assignments").valueStream().map(a -> a.get("assignmentId").asLong()))
                .contains(assignmentId);

        // and the OpenAPI document says so
        JsonNode described = api.get("/api/v1/openapi.json", null).json().get("paths")
                .get("/api/v1/candidates/{candidateId}/assignments").get("post").get("responses").get("201");
        assertThat(described.get("description").asString()).contains("GET /api/v1/candidates/{candidateId}");
    }

    @Test
    void aNewCalendarFeedAddressIsTheLocationOfTheCreatedFeed() {
        ApiWorld.Side side = world.side("Feed");
        String token = ApiWorld.signIn(api, side.candidateEmail());
        ApiClient.Response created = api.request("POST", "/api/v1/me/calendar-feed").bearer(token).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String location = created.header("Location");
        assertThat(location).isEqualTo(created.json().get("url").asString());
        String path = java.net.URI.create(location).getPath();
        assertThat(api.get(path, null).status()).as("the feed is readable at its Location").isEqualTo(200);
    }

    @Test
    void theSignInThrottleChecksAsManyPasswordsAsDocumentedBeforeTheFirst429() throws IOException {
        UserAccount account = fixtures.consultant("Throttled " + System.nanoTime());
        String wrong = "{\"email\":\"" + account.getEmail().value() + "\",\"password\":\"not the password\"}";
        int checked = throttle.freeFailures() + 1;
        for (int attempt = 1; attempt <= checked; attempt++) {
            assertThat(api.postJson("/api/v1/auth/token", wrong).status()).as("attempt %d", attempt).isEqualTo(401);
        }
        ApiClient.Response throttled = api.postJson("/api/v1/auth/token", wrong);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isEqualTo(Long.toString(throttle.baseDelay().toSeconds()));

        String doc = Files.readString(API_DOC, StandardCharsets.UTF_8);
        assertThat(doc).as("docs/api.md states how many passwords are checked before the first 429")
                .contains(throttle.freeFailures() + " failures free")
                .contains("the first 429 comes after " + checked + " wrong passwords");
    }
}
