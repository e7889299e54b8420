package com.careerbridge.crm.api;

import java.time.Duration;
import java.time.Instant;

import com.careerbridge.testsupport.MutableClock;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.testsupport.Fixtures;
import com.careerbridge.testsupport.api.ApiClient;
import com.careerbridge.testsupport.api.ApiIntegrationTest;
import com.careerbridge.testsupport.api.ApiWorld;
import com.careerbridge.testsupport.api.ApiWorld.Side;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Consultants' endpoints: candidates (list, overview, assign), sessions (calendar, one, outcome with If-Match). */
@ApiIntegrationTest
class StaffApiIT {

    @LocalServerPort
    int port;

    @Autowired ApiWorld world;
    @Autowired Fixtures fixtures;
    @Autowired CandidateService candidates;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    ApiClient api;
    Side side;
    String token;

    @BeforeEach
    void world() {
        api = new ApiClient(port);
        side = world.side("Staff");
        token = ApiWorld.signIn(api, side.consultant().getEmail().value());
    }

    @Test
    void theCandidateListIsTheCaseloadPagedAndFiltered() {
        for (int i = 0; i < 3; i++) {
            fixtures.candidate(side.consultant(), "Zed " + i);
        }
        world.side("Other"); // another consultant's candidate never shows

        ApiClient.Response all = api.get("/api/v1/candidates", token);
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.json().get("totalItems").asLong()).isEqualTo(4);
        assertThat(all.body()).doesNotContain("Candidate Other");

        ApiClient.Response page = api.get("/api/v1/candidates?size=2&page=1", token);
        assertThat(page.json().get("items").size()).isEqualTo(2);
        assertThat(page.json().get("totalPages").asInt()).isEqualTo(2);
        assertThat(page.json().get("items").get(0).get("fullName").asString()).isEqualTo("Zed 1");

        ApiClient.Response filtered = api.get("/api/v1/candidates?text=Candidate&status=LEAD", token);
        assertThat(filtered.json().get("items").size()).isEqualTo(1);
        assertThat(filtered.json().get("items").get(0).get("id").asLong()).isEqualTo(side.candidate().getId());

        assertThat(api.get("/api/v1/candidates?size=1000", token).json().get("size").asInt()).isEqualTo(100);
        assertThat(api.get("/api/v1/candidates?page=-1", token).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/candidates?status=HIRED", token).status()).isEqualTo(400);

        String candidateToken = ApiWorld.signIn(api, side.candidateEmail());
        assertThat(api.get("/api/v1/candidates", candidateToken).status()).isEqualTo(403);
    }

    @Test
    void aCandidateWhoMovesToAnotherConsultantIsADeletionInTheDelta() {
        Side other = world.side("Receiver");
        clock.advance(Duration.ofMinutes(10));
        token = ApiWorld.signIn(api, side.consultant().getEmail().value());
        String syncedAt = api.get("/api/v1/candidates", token).json().get("syncedAt").asString();
        clock.advance(Duration.ofMinutes(5));
        var admin = fixtures.admin();
        fixtures.as(admin, () -> candidates.reassign(side.candidate().getId(),
                candidates.get(side.candidate().getId()).getVersion(), other.consultant().getId()));

        ApiClient.Response delta = api.get("/api/v1/candidates?updatedSince=" + syncedAt, token);
        assertThat(delta.status()).as(delta.toString()).isEqualTo(200);
        assertThat(delta.json().get("items")).isEmpty();
        assertThat(delta.json().get("deletedIds").get(0).asLong()).isEqualTo(side.candidate().getId());

        String receiver = ApiWorld.signIn(api, other.consultant().getEmail().value());
        ApiClient.Response gained = api.get("/api/v1/candidates?updatedSince=" + syncedAt, receiver);
        assertThat(MeApiIT.ids(gained.json().get("items"))).containsExactly(side.candidate().getId());
        assertThat(gained.json().get("deletedIds")).isEmpty();
    }

    @Test
    void theOverviewShowsRolesAssignmentsAndTheNextSessionButNoStaffNotes() {
        fixtures.as(side.consultant(), () -> candidates.replaceStaffNotes(side.candidate().getId(),
                candidates.get(side.candidate().getId()).getVersion(), "secret staff note"));
        ApiClient.Response overview = api.get("/api/v1/candidates/" + side.candidate().getId(), token);
        assertThat(overview.status()).as(overview.toString()).isEqualTo(200);
        JsonNode body = overview.json();
        assertThat(body.get("targetRoles").get(0).get("targetRoleId").asLong()).isEqualTo(side.targetRoleId());
        assertThat(body.get("assignments").get(0).get("assignmentId").asLong()).isEqualTo(side.assignmentId());
        assertThat(body.get("nextSession").get("id").asLong()).isEqualTo(side.upcomingSessionId());
        assertThat(body.get("hasLogin").asBoolean()).isTrue();
        assertThat(overview.body()).doesNotContain("secret staff note");
        assertThat(api.request("GET", "/api/v1/candidates/" + side.candidate().getId()).bearer(token)
                .header("If-None-Match", overview.header("ETag")).send().status()).isEqualTo(304);

        String candidateToken = ApiWorld.signIn(api, side.candidateEmail());
        assertThat(api.get("/api/v1/candidates/" + side.candidate().getId(), candidateToken).status()).isEqualTo(403);
    }

    @Test
    void assigningAGuide() {
        long guideId = fixtures.guide("sales-analyst").guideId();
        String path = "/api/v1/candidates/" + side.candidate().getId() + "/assignments";
        ApiClient.Response created = api.request("POST", path).bearer(token)
                .json("{\"guideId\":" + guideId + ",\"dueDate\":\"2099-01-31\",\"message\":\"By the end of January\"}")
                .send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("guideId").asLong()).isEqualTo(guideId);
        assertThat(created.json().get("dueDate").asString()).isEqualTo("2099-01-31");

        ApiClient.Response again = api.request("POST", path).bearer(token).json("{\"guideId\":" + guideId + "}").send();
        assertThat(again.status()).isEqualTo(409);
        ApiClient.Response missing = api.request("POST", path).bearer(token).json("{\"message\":\"x\"}").send();
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("guideId");
        ApiClient.Response past = api.request("POST", path).bearer(token)
                .json("{\"guideId\":" + fixtures.guide("sales-training").guideId() + ",\"dueDate\":\"2001-01-01\"}")
                .send();
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.json().get("errors").get(0).get("field").asString()).isEqualTo("dueDate");
    }

    @Test
    void theSessionCalendarAndTheOutcomeWithIfMatch() {
        Instant now = clock.instant();
        ApiClient.Response calendar = api.get("/api/v1/sessions?from=" + now.minus(Duration.ofDays(1)) + "&to="
                + now.plus(Duration.ofDays(7)), token);
        assertThat(calendar.status()).as(calendar.toString()).isEqualTo(200);
        assertThat(MeApiIT.ids(calendar.json())).containsExactly(side.pastSessionId(), side.upcomingSessionId());
        assertThat(api.get("/api/v1/sessions?from=" + now + "&to=" + now.minus(Duration.ofDays(1)), token).status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/sessions?from=" + now, token).status()).isEqualTo(400);

        String path = "/api/v1/sessions/" + side.pastSessionId();
        ApiClient.Response session = api.get(path, token);
        assertThat(session.json().get("privateNotes").asString()).contains("nervous");
        String etag = session.header("ETag");
        String outcome = "{\"privateNotes\":\"calmer now\",\"sharedSummary\":\"Great progress.\",\"actionItems\":["
                + "{\"id\":" + side.actionItemId() + ",\"description\":\"Rewrite the CV summary\"},"
                + "{\"description\":\"Apply to two roles\",\"dueDate\":\"2099-02-01\"}]}";

        assertThat(api.request("PUT", path + "/outcome").bearer(token).json(outcome).send().status()).isEqualTo(428);
        ApiClient.Response saved = api.request("PUT", path + "/outcome").bearer(token).header("If-Match", etag)
                .json(outcome).send();
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().get("actionItems").size()).isEqualTo(2);
        assertThat(saved.json().get("actionItems").get(0).get("id").asLong()).isEqualTo(side.actionItemId());
        assertThat(api.request("PUT", path + "/outcome").bearer(token).header("If-Match", etag).json(outcome).send()
                .status()).isEqualTo(412);
        ApiClient.Response invalid = api.request("PUT", path + "/outcome").bearer(token).header("If-Match", "*")
                .json("{\"mockRating\":9}").send();
        assertThat(invalid.status()).isEqualTo(400);

        ApiClient.Response early = api.request("PUT", "/api/v1/sessions/" + side.upcomingSessionId() + "/outcome")
                .bearer(token).header("If-Match", "*").json("{\"sharedSummary\":\"too early\"}").send();
        assertThat(early.status()).isEqualTo(409);

        String candidateToken = ApiWorld.signIn(api, side.candidateEmail());
        ApiClient.Response seen = api.get("/api/v1/me/sessions?when=past", candidateToken);
        assertThat(seen.json().get("items").get(0).get("sharedSummary").asString()).isEqualTo("Great progress.");
        assertThat(seen.body()).doesNotContain("calmer now");
        assertThat(api.get(path, candidateToken).status()).isEqualTo(403);
    }

    @Test
    void theConsultantVerifiesAnItemAndOnlyStaffCanTakeItBack() {
        String candidateToken = ApiWorld.signIn(api, side.candidateEmail());
        String item = "/api/v1/me/guides/" + side.assignmentId() + "/items/" + side.itemKey();
        assertThat(api.request("PUT", item).bearer(candidateToken).json("{\"done\":true}").send().status()).isEqualTo(200);
        String verification = "/api/v1/candidates/" + side.candidate().getId() + "/assignments/" + side.assignmentId()
                + "/items/" + side.itemKey() + "/verification";

        assertThat(api.request("PUT", verification).bearer(token).json("{\"verified\":true}").send().status())
                .as("If-Match is required").isEqualTo(428);
        ApiClient.Response verified = api.request("PUT", verification).bearer(token).header("If-Match", "*")
                .json("{\"verified\":true}").send();
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.json().get("progress").get("verified").asInt()).isEqualTo(1);
        String etag = verified.header("ETag");

        ApiClient.Response untick = api.request("PUT", item).bearer(candidateToken).json("{\"done\":false}").send();
        assertThat(untick.status()).as("the candidate cannot undo the consultant's verification").isEqualTo(409);
        assertThat(untick.json().get("type").asString()).endsWith("/conflict");
        assertThat(api.get("/api/v1/me/guides", candidateToken).json().get("items").get(0).get("progress")
                .get("verified").asInt()).isEqualTo(1);

        ApiClient.Response withdrawn = api.request("PUT", verification).bearer(token).header("If-Match", etag)
                .json("{\"verified\":false}").send();
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().get("progress").get("verified").asInt()).isZero();
        assertThat(withdrawn.json().get("progress").get("done").asInt()).as("the tick stays").isEqualTo(1);
        assertThat(api.request("PUT", verification).bearer(token).header("If-Match", etag)
                .json("{\"verified\":true}").send().status()).as("a stale ETag").isEqualTo(412);
        assertThat(api.request("PUT", item).bearer(candidateToken).json("{\"done\":false}").send().status())
                .isEqualTo(200);

        Side other = world.side("Verify other");
        assertThat(api.request("PUT", "/api/v1/candidates/" + other.candidate().getId() + "/assignments/"
                        + side.assignmentId() + "/items/" + side.itemKey() + "/verification").bearer(token)
                .header("If-Match", "*").json("{\"verified\":true}").send().status())
                .as("the assignment under another candidate's id").isEqualTo(404);
    }
}
