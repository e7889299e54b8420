package com.careerbridge.crm.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.careerbridge.testsupport.MutableClock;
import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.testsupport.Fixtures;
import com.careerbridge.testsupport.api.ApiClient;
import com.careerbridge.testsupport.api.ApiIntegrationTest;
import com.careerbridge.testsupport.api.ApiWorld;
import com.careerbridge.testsupport.api.ApiWorld.Side;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The candidate's own endpoints: guides, checklist, sessions, action items, readiness, profile, delta sync. */
@ApiIntegrationTest
class MeApiIT {

    @LocalServerPort
    int port;

    @Autowired ApiWorld world;
    @Autowired Fixtures fixtures;
    @Autowired AssignmentService assignments;
    @Autowired SessionService sessions;
    @Autowired MutableClock clock;

    ApiClient api;
    Side side;
    String token;

    @BeforeEach
    void world() {
        api = new ApiClient(port);
        side = world.side("Me");
        token = ApiWorld.signIn(api, side.candidateEmail());
    }

    private ApiClient.Response put(String path, String json) {
        return api.request("PUT", path).bearer(token).json(json).send();
    }

    @Test
    void myGuidesListTheAssignmentWithProgressInTheRequestedLanguage() {
        ApiClient.Response ko = api.request("GET", "/api/v1/me/guides").bearer(token).send();
        assertThat(ko.status()).as(ko.toString()).isEqualTo(200);
        JsonNode item = ko.json().get("items").get(0);
        assertThat(item.get("assignmentId").asLong()).isEqualTo(side.assignmentId());
        assertThat(item.get("progress").get("done").asInt()).isZero();
        assertThat(item.get("progress").get("total").asInt()).isPositive();
        assertThat(item.get("message").asString()).isEqualTo("Read this first");
        assertThat(ko.json().get("deletedIds")).isEmpty();

        ApiClient.Response en = api.request("GET", "/api/v1/me/guides").bearer(token)
                .header("Accept-Language", "en").send();
        // the candidate's language is Korean; Accept-Language asks for English: the titles differ
        assertThat(en.json().get("items").get(0).get("title").asString())
                .isNotEqualTo(item.get("title").asString())
                .matches(".*[A-Za-z].*");
    }

    @Test
    void readingAGuideRecordsItAndShowsTheChecklist() {
        ApiClient.Response read = api.request("GET", "/api/v1/me/guides/" + side.assignmentId()).bearer(token)
                .header("Accept-Language", "en").send();
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        JsonNode body = read.json();
        assertThat(body.get("language").asString()).isEqualTo("en");
        assertThat(body.get("checklist").get(0).get("key").asString()).isEqualTo(side.itemKey());
        assertThat(body.get("checklist").get(0).get("state").asString()).isEqualTo("OPEN");
        assertThat(body.get("firstOpenedAt").isNull()).isFalse();
        assertThat(body.get("duties")).isNotEmpty();
        assertThat(fixtures.as(side.consultant(), () -> assignments.get(side.assignmentId()).overview().firstOpenedAt()))
                .as("the reading is recorded").isNotNull();

        ApiClient.Response again = api.request("GET", "/api/v1/me/guides/" + side.assignmentId()).bearer(token)
                .header("Accept-Language", "en").header("If-None-Match", read.header("ETag")).send();
        assertThat(again.status()).isEqualTo(304);
    }

    @Test
    void tickingAnItemIsIdempotentAndCanBeUndone() {
        String path = "/api/v1/me/guides/" + side.assignmentId() + "/items/" + side.itemKey();
        ApiClient.Response done = put(path, "{\"done\":true}");
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().get("progress").get("done").asInt()).isEqualTo(1);
        assertThat(put(path, "{\"done\":true}").json().get("progress").get("done").asInt()).isEqualTo(1);
        assertThat(put(path, "{\"done\":false}").json().get("progress").get("done").asInt()).isZero();
    }

    @Test
    void badItemRequestsAreProblems() {
        String path = "/api/v1/me/guides/" + side.assignmentId() + "/items/";
        ApiClient.Response unknownKey = put(path + "no-such-key", "{\"done\":true}");
        assertThat(unknownKey.status()).isEqualTo(404);
        ApiClient.Response missing = put(path + side.itemKey(), "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("done");
        ApiClient.Response unknownProperty = put(path + side.itemKey(), "{\"done\":true,\"doneBy\":\"me\"}");
        assertThat(unknownProperty.status()).isEqualTo(400);
        assertThat(unknownProperty.json().get("errors").get(0).get("reason").asString()).isEqualTo("unknown-property");
    }

    @Test
    void staffCannotUseTheCandidatesEndpoints() {
        String staff = ApiWorld.signIn(api, side.consultant().getEmail().value());
        assertThat(api.get("/api/v1/me/guides", staff).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/me/sessions", staff).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/me/readiness", staff).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/me/guides", null).status()).isEqualTo(401);
    }

    @Test
    void sessionsAreSplitIntoUpcomingAndPastWithoutPrivateNotes() {
        ApiClient.Response upcoming = api.get("/api/v1/me/sessions?when=upcoming", token);
        assertThat(upcoming.status()).as(upcoming.toString()).isEqualTo(200);
        assertThat(ids(upcoming.json().get("items"))).containsExactly(side.upcomingSessionId());

        ApiClient.Response past = api.get("/api/v1/me/sessions?when=past", token);
        JsonNode session = past.json().get("items").get(0);
        assertThat(session.get("id").asLong()).isEqualTo(side.pastSessionId());
        assertThat(session.get("sharedSummary").asString()).isEqualTo("We practised the elevator pitch.");
        assertThat(session.get("actionItems").get(0).get("done").asBoolean()).isFalse();
        assertThat(past.body()).doesNotContain("nervous about salary").doesNotContain("privateNotes");

        assertThat(ids(api.get("/api/v1/me/sessions", token).json().get("items")))
                .containsExactly(side.upcomingSessionId(), side.pastSessionId());
        ApiClient.Response wrong = api.get("/api/v1/me/sessions?when=tomorrow", token);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("when");
    }

    @Test
    void markingAnActionItemDone() {
        String path = "/api/v1/me/sessions/" + side.pastSessionId() + "/action-items/" + side.actionItemId();
        ApiClient.Response done = put(path, "{\"done\":true}");
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().get("actionItems").get(0).get("done").asBoolean()).isTrue();
        assertThat(put(path, "{\"done\":true}").status()).isEqualTo(200);
        assertThat(put("/api/v1/me/sessions/" + side.pastSessionId() + "/action-items/999999999", "{\"done\":true}")
                .status()).isEqualTo(404);
    }

    @Test
    void readinessPerTargetRoleWithHistory() {
        put("/api/v1/me/guides/" + side.assignmentId() + "/items/" + side.itemKey(), "{\"done\":true}");
        ApiClient.Response response = api.get("/api/v1/me/readiness", token);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode role = response.json().get("targetRoles").get(0);
        assertThat(role.get("targetRoleId").asLong()).isEqualTo(side.targetRoleId());
        assertThat(role.get("title").asString()).isNotBlank();
        assertThat(role.get("readiness").asInt()).isPositive();
        assertThat(role.get("history").size()).isGreaterThanOrEqualTo(1);
        JsonNode last = role.get("history").get(role.get("history").size() - 1);
        assertThat(last.get("score").asInt()).isEqualTo(role.get("readiness").asInt());
    }

    @Test
    void profileAndProgressEmailPreferencesWithIfMatch() {
        ApiClient.Response profile = api.get("/api/v1/me/profile", token);
        assertThat(profile.status()).as(profile.toString()).isEqualTo(200);
        assertThat(profile.json().get("candidateId").asLong()).isEqualTo(side.candidate().getId());
        assertThat(profile.body()).doesNotContain("staffNotes");
        String etag = profile.header("ETag");
        String body = "{\"enabled\":true,\"dayOfWeek\":\"FRIDAY\",\"localTime\":\"18:30\"}";

        assertThat(put("/api/v1/me/profile/progress-emails", body).status()).isEqualTo(428);
        ApiClient.Response changed = api.request("PUT", "/api/v1/me/profile/progress-emails").bearer(token)
                .header("If-Match", etag).json(body).send();
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("progressEmails").get("dayOfWeek").asString()).isEqualTo("FRIDAY");
        assertThat(changed.json().get("progressEmails").get("localTime").asString()).startsWith("18:30");
        ApiClient.Response stale = api.request("PUT", "/api/v1/me/profile/progress-emails").bearer(token)
                .header("If-Match", etag).json(body).send();
        assertThat(stale.status()).isEqualTo(412);
        ApiClient.Response badDay = api.request("PUT", "/api/v1/me/profile/progress-emails").bearer(token)
                .header("If-Match", "*").json("{\"enabled\":true,\"dayOfWeek\":\"SOMEDAY\",\"localTime\":\"18:30\"}")
                .send();
        assertThat(badDay.status()).isEqualTo(400);
        assertThat(api.get("/api/v1/me", token).json().get("candidateId").asLong()).isEqualTo(side.candidate().getId());
    }

    @Test
    void deltaSyncReturnsOnlyChangesAndDeletions() {
        // a second guide, so that one can change and one can go
        long secondGuide = fixtures.guide("account-manager").guideId();
        long second = fixtures.as(side.consultant(), () -> assignments.assign(secondGuide,
                List.of(side.candidate().getId()), null, null).created().getFirst().getId());
        clock.advance(Duration.ofMinutes(10));
        token = ApiWorld.signIn(api, side.candidateEmail());
        ApiClient.Response full = api.get("/api/v1/me/guides", token);
        assertThat(ids(full.json().get("items"))).containsExactlyInAnyOrder(side.assignmentId(), second);
        String syncedAt = full.json().get("syncedAt").asString();
        assertThat(Instant.parse(syncedAt)).isBefore(clock.instant());

        ApiClient.Response nothing = api.get("/api/v1/me/guides?updatedSince=" + syncedAt, token);
        assertThat(nothing.json().get("items")).isEmpty();
        assertThat(nothing.json().get("deletedIds")).isEmpty();

        clock.advance(Duration.ofMinutes(5));
        token = ApiWorld.signIn(api, side.candidateEmail());
        put("/api/v1/me/guides/" + side.assignmentId() + "/items/" + side.itemKey(), "{\"done\":true}");
        fixtures.as(side.consultant(), () -> assignments.remove(second, assignments.get(second).overview().version()));

        ApiClient.Response delta = api.get("/api/v1/me/guides?updatedSince=" + syncedAt, token);
        assertThat(delta.status()).as(delta.toString()).isEqualTo(200);
        assertThat(ids(delta.json().get("items"))).containsExactly(side.assignmentId());
        assertThat(delta.json().get("deletedIds").get(0).asLong()).isEqualTo(second);

        ApiClient.Response sessionDelta = api.get("/api/v1/me/sessions?updatedSince=" + syncedAt, token);
        assertThat(sessionDelta.json().get("items")).isEmpty();

        ApiClient.Response tooOld = api.get("/api/v1/me/guides?updatedSince=2000-01-01T00:00:00Z", token);
        assertThat(tooOld.status()).isEqualTo(400);
        assertThat(tooOld.json().get("errors").get(0).get("reason").asString()).isEqualTo("too-old");
        assertThat(api.get("/api/v1/me/guides?updatedSince=yesterday", token).status()).isEqualTo(400);
    }

    @Test
    void listsAnswer304WhileNothingChanged() {
        ApiClient.Response first = api.get("/api/v1/me/sessions", token);
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(api.request("GET", "/api/v1/me/sessions").bearer(token).header("If-None-Match", etag).send()
                .status()).isEqualTo(304);
        put("/api/v1/me/sessions/" + side.pastSessionId() + "/action-items/" + side.actionItemId(), "{\"done\":true}");
        assertThat(api.request("GET", "/api/v1/me/sessions").bearer(token).header("If-None-Match", etag).send()
                .status()).isEqualTo(200);
    }

    static List<Long> ids(JsonNode items) {
        List<Long> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.has("assignmentId") ? item.get("assignmentId").asLong() : item.get("id").asLong()));
        return ids;
    }
}
