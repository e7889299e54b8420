package com.careerbridge.crm.api;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.documents.CandidateDocuments;
import com.careerbridge.crm.documents.DocumentKind;
import com.careerbridge.crm.documents.NewDocument;
import com.careerbridge.testsupport.Fixtures;
import com.careerbridge.testsupport.api.ApiClient;
import com.careerbridge.testsupport.api.ApiIntegrationTest;
import com.careerbridge.testsupport.api.ApiWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages over the API: the candidate writes, their consultant finds it at the top of the inbox and answers, both
 * mark read and the counts follow; the app syncs what is new with an ETag; every refusal is a problem document.
 */
@ApiIntegrationTest
class MessagesApiIT {

    @LocalServerPort
    int port;

    @Autowired Fixtures fixtures;
    @Autowired CandidateDocuments documents;
    @Autowired com.careerbridge.testsupport.MutableClock clock;

    ApiClient api;
    UserAccount consultant;
    Candidate candidate;
    String consultantToken;
    String candidateToken;
    String otherConsultantToken;

    @BeforeEach
    void aConsultantAndTheirCandidate() {
        api = new ApiClient(port);
        consultant = fixtures.consultant("Messages Consultant");
        candidate = fixtures.candidateWithLogin(consultant, "Messages Candidate");
        UserAccount other = fixtures.consultant("Other Consultant");
        consultantToken = ApiWorld.signIn(api, consultant.getEmail().value());
        candidateToken = ApiWorld.signIn(api, candidate.getEmail().value());
        otherConsultantToken = ApiWorld.signIn(api, other.getEmail().value());
    }

    @Test
    void theCandidateWritesTheConsultantAnswersFromTheInboxAndTheCountsFollow() {
        ApiClient.Response sent = post("/api/v1/me/messages", candidateToken,
                "{\"text\":\"Could you look at my CV?\\nThe second page especially.\"}");
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        long questionId = sent.json().get("id").asLong();
        assertThat(sent.json().get("fromCandidate").asBoolean()).isTrue();
        assertThat(sent.json().get("text").asString()).isEqualTo("Could you look at my CV?\nThe second page especially.");

        assertThat(api.get("/api/v1/inbox/unread", consultantToken).json().get("unread").asLong()).isEqualTo(1);
        ApiClient.Response inbox = api.get("/api/v1/inbox?filter=waiting-for-me", consultantToken);
        assertThat(inbox.status()).as(inbox.toString()).isEqualTo(200);
        JsonNode first = inbox.json().get("items").get(0);
        assertThat(first.get("candidateId").asLong()).isEqualTo(candidate.getId());
        assertThat(first.get("candidateName").asString()).isEqualTo("Messages Candidate");
        assertThat(first.get("unread").asLong()).isEqualTo(1);
        assertThat(first.get("waitingForStaff").asBoolean()).isTrue();

        String conversation = "/api/v1/candidates/" + candidate.getId() + "/messages";
        ApiClient.Response page = api.get(conversation, consultantToken);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.json().get("items").get(0).get("id").asLong()).isEqualTo(questionId);
        assertThat(page.json().get("unread").asLong()).isEqualTo(1);
        assertThat(post(conversation + "/read", consultantToken, "{\"upTo\":" + questionId + "}").json()
                .get("unread").asLong()).isZero();

        long cv = fixtures.as(consultant, () -> documents.upload(candidate.getId(),
                new NewDocument(DocumentKind.CV, "CV", null), "cv.txt",
                new ByteArrayInputStream("My CV".getBytes(StandardCharsets.UTF_8)))).id();
        ApiClient.Response unknown = post(conversation, consultantToken, "{\"text\":\"Yes, tomorrow.\",\"reference\":"
                + "{\"kind\":\"DOCUMENT\",\"id\":" + (cv + 1000) + "}}");
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(unknown.toString()).contains("reference.id");
        ApiClient.Response answer = post(conversation, consultantToken, "{\"text\":\"Yes, tomorrow.\",\"reference\":"
                + "{\"kind\":\"DOCUMENT\",\"id\":" + cv + "}}");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.json().get("reference").get("kind").asString()).isEqualTo("DOCUMENT");
        assertThat(api.get("/api/v1/inbox?filter=waiting-for-me", consultantToken).json().get("items").findValues("candidateId")
                .stream().map(JsonNode::asLong).toList()).doesNotContain(candidate.getId());

        ApiClient.Response mine = api.get("/api/v1/me/messages", candidateToken);
        assertThat(mine.json().get("unread").asLong()).isEqualTo(1);
        assertThat(mine.json().get("items").get(0).get("authorName").asString()).isEqualTo("Messages Consultant");
        assertThat(mine.json().get("items").get(0).get("mine").asBoolean()).isFalse();
        long answerId = answer.json().get("id").asLong();
        assertThat(post("/api/v1/me/messages/read", candidateToken, "{\"upTo\":" + answerId + "}").json()
                .get("unread").asLong()).isZero();
    }

    @Test
    void theAppSyncsWhatIsNewWithAnETag() {
        String since = "/api/v1/me/messages?updatedSince=" + clock.instant().minus(java.time.Duration.ofHours(1));
        post("/api/v1/candidates/" + candidate.getId() + "/messages", consultantToken, "{\"text\":\"Welcome\"}");
        ApiClient.Response all = api.get(since, candidateToken);
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.json().get("items").get(0).get("text").asString()).isEqualTo("Welcome");
        String etag = all.header("ETag");
        assertThat(etag).isNotBlank();
        ApiClient.Response unchanged = api.request("GET", since)
                .bearer(candidateToken).header("If-None-Match", etag).send();
        assertThat(unchanged.status()).isEqualTo(304);

        post("/api/v1/candidates/" + candidate.getId() + "/messages", consultantToken, "{\"text\":\"And another\"}");
        ApiClient.Response changed = api.request("GET", since)
                .bearer(candidateToken).header("If-None-Match", etag).send();
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("items").size()).isEqualTo(2);
        assertThat(changed.json().get("syncedAt").asString()).isNotBlank();
    }

    @Test
    void refusalsAreProblemDocuments() {
        ApiClient.Response tooLong = post("/api/v1/me/messages", candidateToken,
                "{\"text\":\"" + "가".repeat(4001) + "\"}");
        assertThat(tooLong.status()).as(tooLong.toString()).isIn(400, 422);
        assertThat(tooLong.contentType()).startsWith("application/problem+json");
        assertThat(tooLong.body()).contains("\"field\":\"text\"").contains("too-long");
        assertThat(post("/api/v1/me/messages", candidateToken, "{\"text\":\"" + "가".repeat(4000) + "\"}").status())
                .isEqualTo(201);

        ApiClient.Response empty = post("/api/v1/me/messages", candidateToken, "{\"text\":\"  \"}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("\"field\":\"text\"");
        ApiClient.Response bell = post("/api/v1/me/messages", candidateToken, "{\"text\":\"ring \\u0007\"}");
        assertThat(bell.status()).isEqualTo(400);
        assertThat(bell.body()).contains("\"field\":\"text\"");

        // someone else's candidate is not found, for reading, writing and marking read
        String conversation = "/api/v1/candidates/" + candidate.getId() + "/messages";
        for (ApiClient.Response refused : java.util.List.of(api.get(conversation, otherConsultantToken),
                post(conversation, otherConsultantToken, "{\"text\":\"Hi\"}"),
                post(conversation + "/read", otherConsultantToken, "{\"upTo\":1}"))) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        // staff have no "my messages"; candidates have no inbox and no conversations by id
        assertThat(api.get("/api/v1/me/messages", consultantToken).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/inbox", candidateToken).status()).isEqualTo(403);
        assertThat(api.get(conversation, candidateToken).status()).isEqualTo(403);
        // bad parameters
        ApiClient.Response badFilter = api.get("/api/v1/inbox?filter=everything", consultantToken);
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.body()).contains("\"field\":\"filter\"");
        assertThat(api.get(conversation + "?limit=101", consultantToken).status()).isEqualTo(400);
        assertThat(post(conversation, consultantToken, "{\"text\":\"x\",\"reference\":{\"kind\":\"ASSIGNMENT\",\"id\":999999999}}")
                .status()).isEqualTo(400);
    }

    private ApiClient.Response post(String path, String token, String json) {
        return api.request("POST", path).bearer(token).json(json).send();
    }
}
