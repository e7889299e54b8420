package com.careerbridge.crm.api;

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

/**
 * Job applications through the API (#17): the candidate records and moves their own, their consultant sees and moves
 * them too; refusals are problem documents a client can act on.
 */
@ApiIntegrationTest
class ApplicationsApiIT {

    @LocalServerPort
    int port;

    @Autowired ApiWorld world;

    ApiClient api;
    Side side;
    String candidate;
    String consultant;

    @BeforeEach
    void world() {
        api = new ApiClient(port);
        side = world.side("Apps " + System.nanoTime());
        candidate = ApiWorld.signIn(api, side.candidateEmail());
        consultant = ApiWorld.signIn(api, side.consultant().getEmail().value());
    }

    @Test
    void theCandidateRecordsAnApplicationAndItMovesOnToInterviewing() {
        ApiClient.Response created = api.request("POST", "/api/v1/me/applications").bearer(candidate).json("""
                {"targetRoleId": %d, "company": "Hanbit Medical", "positionTitle": "Account Manager",
                 "postingUrl": "https://jobs.example/hanbit/7", "source": "JOB_BOARD"}""".formatted(side.targetRoleId()))
                .send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode body = created.json();
        long id = body.get("id").asLong();
        assertThat(created.header("Location")).isEqualTo("/api/v1/applications/" + id);
        assertThat(body.get("stage").asString()).isEqualTo("APPLIED");
        assertThat(body.get("appliedOn").isNull()).isFalse();
        assertThat(body.get("history").get(0).get("stage").asString()).isEqualTo("APPLIED");
        assertThat(body.get("allowedMoves").toString()).contains("SCREENING", "INTERVIEWING", "WITHDRAWN");

        ApiClient.Response refused = move(id, candidate, "OFFER", created.header("ETag"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("allowedMoves").toString())
                .isEqualTo("[\"SCREENING\",\"INTERVIEWING\",\"REJECTED\",\"WITHDRAWN\"]");

        assertThat(move(id, candidate, "INTERVIEWING", null).status()).isEqualTo(428);
        ApiClient.Response moved = move(id, consultant, "INTERVIEWING", created.header("ETag"));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().get("stage").asString()).isEqualTo("INTERVIEWING");
        assertThat(move(id, candidate, "OFFER", created.header("ETag")).status()).as("stale").isEqualTo(412);

        ApiClient.Response mine = api.get("/api/v1/me/applications", candidate);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().get("items").get(0).get("stage").asString()).isEqualTo("INTERVIEWING");
        assertThat(api.request("GET", "/api/v1/me/applications").bearer(candidate)
                .header("If-None-Match", mine.header("ETag")).send().status()).isEqualTo(304);
        ApiClient.Response staffView = api.get("/api/v1/candidates/" + side.candidate().getId() + "/applications",
                consultant);
        assertThat(staffView.json().get("items").get(0).get("id").asLong()).isEqualTo(id);
        assertThat(staffView.json().get("items").get(0).get("history").size()).isEqualTo(2);
    }

    @Test
    void badFieldsAreNamedInTheCallersLanguage() {
        ApiClient.Response bad = api.request("POST", "/api/v1/me/applications").bearer(candidate)
                .header("Accept-Language", "ko").json("""
                        {"targetRoleId": %d, "company": "", "positionTitle": "AM", "postingUrl": "javascript:alert(1)",
                         "source": "REFERRAL", "salaryMin": 10, "salaryMax": 5, "salaryCurrency": "KRW"}"""
                        .formatted(side.targetRoleId())).send();

        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        java.util.List<String> fields = new java.util.ArrayList<>();
        bad.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("company", "postingUrl", "salaryMax");
        assertThat(bad.json().get("errors").get(0).get("message").asString()).matches(".*[가-힣].*");
        assertThat(api.get("/api/v1/me/applications", candidate).json().get("items").size()).isZero();
    }

    @Test
    void staffCannotUseTheCandidatesOwnListAndCandidatesCannotUseTheStaffList() {
        assertThat(api.get("/api/v1/me/applications", consultant).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/candidates/" + side.candidate().getId() + "/applications", candidate).status())
                .isEqualTo(403);
    }

    private ApiClient.Response move(long id, String token, String to, String etag) {
        ApiClient.Request request = api.request("POST", "/api/v1/applications/" + id + "/stage-moves").bearer(token)
                .json("{\"to\":\"" + to + "\"}");
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.send();
    }
}
