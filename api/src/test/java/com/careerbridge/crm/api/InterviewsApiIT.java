package com.careerbridge.crm.api;

import java.util.ArrayList;
import java.util.List;

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
 * Interviews of an application through the API (#17): the candidate adds a round from the phone, writes down what
 * they were asked (matched to the guide, or proposed for it), the consultant sees the same; refusals are problem
 * documents.
 */
@ApiIntegrationTest
class InterviewsApiIT {

    @LocalServerPort
    int port;

    @Autowired ApiWorld world;
    @Autowired java.time.Clock clock; // other tests may have moved it: "the coming week" is the application's

    ApiClient api;
    Side side;
    String candidate;
    String consultant;
    long applicationId;

    @BeforeEach
    void world() {
        api = new ApiClient(port);
        side = world.side("Interviews " + System.nanoTime());
        candidate = ApiWorld.signIn(api, side.candidateEmail());
        consultant = ApiWorld.signIn(api, side.consultant().getEmail().value());
        ApiClient.Response created = api.request("POST", "/api/v1/me/applications").bearer(candidate).json("""
                {"targetRoleId": %d, "company": "Hanbit Medical", "positionTitle": "Account Manager",
                 "source": "REFERRAL"}""".formatted(side.targetRoleId())).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        applicationId = created.json().get("id").asLong();
    }

    @Test
    void theCandidateAddsARoundWritesDownTheQuestionsAndTheConsultantSeesThem() {
        ApiClient.Response added = api.request("POST", "/api/v1/applications/" + applicationId + "/interviews")
                .bearer(candidate).json("""
                        {"start": "2027-03-29T10:00", "timeZone": "Europe/Berlin", "format": "ON_SITE",
                         "interviewers": "Hiring manager"}""").send();
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        long interviewId = added.json().get("id").asLong();
        assertThat(added.header("Location")).isEqualTo("/api/v1/interviews/" + interviewId);
        assertThat(added.json().get("round").asInt()).isEqualTo(1);
        assertThat(added.json().get("startsAt").asString()).isEqualTo("2027-03-29T08:00:00Z");
        assertThat(api.get("/api/v1/applications/" + applicationId, candidate).json().get("stage").asString())
                .as("the first interview starts the interviewing stage").isEqualTo("INTERVIEWING");

        ApiClient.Response listed = api.get("/api/v1/applications/" + applicationId + "/interviews", candidate);
        assertThat(api.request("GET", "/api/v1/applications/" + applicationId + "/interviews").bearer(candidate)
                .header("If-None-Match", listed.header("ETag")).send().status()).isEqualTo(304);
        String syncedAt = api.get("/api/v1/me/applications", candidate).json().get("syncedAt").asString();
        JsonNode list = listed.json();
        assertThat(list.get("interviews").size()).isOne();
        assertThat(list.get("guideQuestions").size()).isPositive();
        String firstGuideQuestion = list.get("guideQuestions").get(0).get("text").asString();

        ApiClient.Response matched = api.request("POST", "/api/v1/interviews/" + interviewId + "/questions")
                .bearer(candidate).json("{\"asked\": \"How do you grow an account?\", \"guideQuestion\": 0}").send();
        assertThat(matched.status()).as(matched.toString()).isEqualTo(201);
        assertThat(matched.json().get("questions").get(0).get("matched").asString()).isEqualTo(firstGuideQuestion);
        ApiClient.Response proposed = api.request("POST", "/api/v1/interviews/" + interviewId + "/questions")
                .bearer(candidate).json("{\"asked\": \"Explain our pricing to a hospital buyer\", \"propose\": true}")
                .send();
        assertThat(proposed.json().get("questions").get(1).get("proposal").asString()).isEqualTo("PROPOSED");

        assertThat(api.get("/api/v1/me/applications?updatedSince=" + syncedAt, candidate).json().get("items")
                .get(0).get("id").asLong()).as("a question written down: the application is among the changed ones")
                .isEqualTo(applicationId);

        JsonNode seenByConsultant = api.get("/api/v1/interviews/" + interviewId, consultant).json();
        assertThat(seenByConsultant.get("questions").size()).isEqualTo(2);
        assertThat(seenByConsultant.get("start").asString()).startsWith("2027-03-29T10:00");

        ApiClient.Response noPrecondition = api.request("PUT", "/api/v1/interviews/" + interviewId).bearer(consultant)
                .json("{\"start\": \"2027-03-29T11:00\", \"timeZone\": \"Europe/Berlin\", \"format\": \"ON_SITE\"}")
                .send();
        assertThat(noPrecondition.status()).isEqualTo(428);
        ApiClient.Response notes = api.request("PUT", "/api/v1/interviews/" + interviewId).bearer(candidate)
                .header("If-Match", added.header("ETag")).json("""
                        {"start": "2027-03-29T10:00", "timeZone": "Europe/Berlin", "format": "ON_SITE",
                         "notes": "Went well; they asked about hospital procurement."}""").send();
        assertThat(notes.status()).as(notes.toString()).isEqualTo(200);
        assertThat(notes.json().get("notes").asString()).startsWith("Went well");
        assertThat(notes.json().get("round").asInt()).as("the round stays when left out").isEqualTo(1);

        long questionId = proposed.json().get("questions").get(1).get("id").asLong();
        assertThat(api.request("DELETE", "/api/v1/interview-questions/" + questionId).bearer(candidate).send().status())
                .isEqualTo(204);
        ApiClient.Response removed = api.request("DELETE", "/api/v1/interviews/" + interviewId).bearer(consultant)
                .header("If-Match", notes.header("ETag")).send();
        assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
        assertThat(api.get("/api/v1/interviews/" + interviewId, candidate).status()).isEqualTo(404);
    }

    @Test
    void badInterviewsAndQuestionsAreRefusedAtTheirFields() {
        ApiClient.Response bad = api.request("POST", "/api/v1/applications/" + applicationId + "/interviews")
                .bearer(candidate).header("Accept-Language", "ko")
                .json("{\"timeZone\": \"Mars/Olympus\", \"round\": 0, \"format\": \"VIDEO\"}").send();
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(fields(bad)).containsExactlyInAnyOrder("start", "timeZone", "round");

        ApiClient.Response unknownFormat = api.request("POST", "/api/v1/applications/" + applicationId + "/interviews")
                .bearer(candidate).json("{\"start\": \"2027-01-01T10:00\", \"timeZone\": \"Asia/Seoul\", "
                        + "\"format\": \"TELEPATHY\"}").send();
        assertThat(unknownFormat.status()).as(unknownFormat.toString()).isEqualTo(400);

        long interviewId = api.request("POST", "/api/v1/applications/" + applicationId + "/interviews")
                .bearer(candidate).json("{\"start\": \"2027-01-01T10:00\", \"timeZone\": \"Asia/Seoul\", "
                        + "\"format\": \"PHONE\"}").send().json().get("id").asLong();
        ApiClient.Response badQuestion = api.request("POST", "/api/v1/interviews/" + interviewId + "/questions")
                .bearer(candidate).json("{\"asked\": \"\", \"guideQuestion\": 9999}").send();
        assertThat(badQuestion.status()).as(badQuestion.toString()).isEqualTo(400);
        assertThat(fields(badQuestion)).containsExactly("asked");
        ApiClient.Response outOfRange = api.request("POST", "/api/v1/interviews/" + interviewId + "/questions")
                .bearer(candidate).json("{\"asked\": \"?\", \"guideQuestion\": 9999}").send();
        assertThat(fields(outOfRange)).containsExactly("guideQuestion");
        assertThat(api.get("/api/v1/interviews/" + interviewId, candidate).json().get("questions").size()).isZero();
    }

    @Test
    void aWithdrawnApplicationTakesNoInterview() {
        String etag = api.get("/api/v1/applications/" + applicationId, candidate).header("ETag");
        assertThat(api.request("POST", "/api/v1/applications/" + applicationId + "/stage-moves").bearer(candidate)
                .header("If-Match", etag).json("{\"to\": \"WITHDRAWN\"}").send().status()).isEqualTo(200);

        ApiClient.Response refused = api.request("POST", "/api/v1/applications/" + applicationId + "/interviews")
                .bearer(candidate).json("{\"start\": \"2027-01-01T10:00\", \"timeZone\": \"Asia/Seoul\", "
                        + "\"format\": \"VIDEO\"}").send();
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theConsultantSeesWhatNeedsThemAndTheOutcomesCandidatesDoNot() {
        ApiClient.Response added = api.request("POST", "/api/v1/applications/" + applicationId + "/interviews")
                .bearer(candidate).json("{\"start\": \"" + java.time.LocalDate.now(clock).plusDays(2) + "T10:00\", "
                        + "\"timeZone\": \"Asia/Seoul\", \"format\": \"VIDEO\"}").send();
        assertThat(added.status()).as(added.toString()).isEqualTo(201);

        ApiClient.Response attention = api.get("/api/v1/caseload/applications", consultant);
        assertThat(attention.status()).as(attention.toString()).isEqualTo(200);
        List<Long> listed = new ArrayList<>();
        attention.json().get("interviews").forEach(interview -> listed.add(interview.get("applicationId").asLong()));
        assertThat(listed).as(attention.toString()).contains(applicationId);
        assertThat(attention.json().get("staleAfterDays").asInt()).isEqualTo(14);
        ApiClient.Response outcomes = api.request("GET", "/api/v1/outcomes").bearer(consultant)
                .header("Accept-Language", "en").send();
        assertThat(outcomes.status()).as(outcomes.toString()).isEqualTo(200);
        assertThat(outcomes.json().get("roles").get(0).get("applied").asInt()).isOne();
        assertThat(outcomes.json().get("roles").get(0).get("offerRate").isNull()).as("one is no rate").isTrue();
        assertThat(outcomes.json().get("consultants").get(0).get("applied").asInt()).isOne();

        assertThat(api.get("/api/v1/caseload/applications", candidate).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/outcomes", candidate).status()).isEqualTo(403);
        ApiClient.Response backwards = api.get("/api/v1/outcomes?from=2026-12-31&to=2026-01-01", consultant);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(fields(backwards)).containsExactly("to");
    }

    private static List<String> fields(ApiClient.Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }
}
