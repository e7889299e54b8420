package com.careerbridge.crm.api;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.careerbridge.testsupport.Fixtures;
import com.careerbridge.testsupport.api.ApiClient;
import com.careerbridge.testsupport.api.ApiIntegrationTest;
import com.careerbridge.testsupport.api.ApiWorld;
import com.careerbridge.testsupport.api.ApiWorld.Side;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Input that used to reach PostgreSQL unchecked (a 500 and a stack trace at ERROR) or was silently coerced: each is a
 * 400 validation problem naming the field, and none of them writes an ERROR to the log.
 */
@ApiIntegrationTest
class InputHardeningIT {

    private static final String VALIDATION = "https://careerbridge.example/problems/validation";

    @LocalServerPort
    int port;
    @Autowired
    ApiWorld world;
    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    Side side;
    String candidateToken;
    String consultantToken;
    ListAppender<ILoggingEvent> log;

    @BeforeEach
    void world() {
        api = new ApiClient(port);
        side = world.side("Input " + Fixtures.unique(""));
        candidateToken = ApiWorld.signIn(api, side.candidateEmail());
        consultantToken = ApiWorld.signIn(api, side.consultant().getEmail().value());
        log = new ListAppender<>();
        log.start();
        root().addAppender(log);
    }

    @AfterEach
    void nothingWasLoggedAsAnError() {
        root().detachAppender(log);
        assertThat(log.list.stream().filter(event -> event.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(event -> event.getFormattedMessage() + " " + event.getThrowableProxy()))
                .as("ERROR log lines caused by client input")
                .isEmpty();
    }

    @Test
    void instantsOutsideTheAcceptedRangeInQueryParametersAreRefusedAtTheParameter() {
        for (String value : List.of("%2B1000000-01-01T00:00:00Z", "-4800-01-01T00:00:00Z", "1899-12-31T23:59:59Z",
                "%2B10000-01-01T00:00:00Z")) {
            fieldError(api.get("/api/v1/me/guides?updatedSince=" + value, candidateToken), "updatedSince",
                    "out-of-range");
            fieldError(api.get("/api/v1/me/sessions?updatedSince=" + value, candidateToken), "updatedSince",
                    "out-of-range");
            fieldError(api.get("/api/v1/candidates?updatedSince=" + value, consultantToken), "updatedSince",
                    "out-of-range");
            fieldError(api.get("/api/v1/sessions?from=" + value + "&to=2026-01-01T00:00:00Z", consultantToken), "from",
                    "out-of-range");
            fieldError(api.get("/api/v1/sessions?from=2026-01-01T00:00:00Z&to=" + value, consultantToken), "to",
                    "out-of-range");
        }
        fieldError(api.get("/api/v1/me/guides?updatedSince=yesterday", candidateToken), "updatedSince", "wrong-type");
    }

    @Test
    void datesOutsideTheAcceptedRangeInBodiesAreRefusedAtTheField() {
        for (String value : List.of("+999999999-12-31", "-4800-01-01", "1899-12-31", "+10000-01-01")) {
            fieldError(assign("{\"guideId\":" + guide() + ",\"dueDate\":\"" + value + "\"}"), "dueDate",
                    "out-of-range");
            fieldError(outcome("""
                    {"actionItems":[{"id":null,"description":"Send the CV","dueDate":"%s"}]}""".formatted(value)),
                    "actionItems[0].dueDate", "out-of-range");
        }
    }

    @Test
    void aDateTimeWhereADateIsExpectedIsRefusedNotTruncated() {
        long before = count("assignment");
        fieldError(assign("{\"guideId\":" + guide() + ",\"dueDate\":\"2099-12-01T10:00:00\"}"), "dueDate",
                "wrong-type");
        fieldError(assign("{\"guideId\":" + guide() + ",\"dueDate\":\"2099-12-01T10:00:00Z\"}"), "dueDate",
                "wrong-type");
        fieldError(outcome("""
                {"actionItems":[{"id":null,"description":"Send the CV","dueDate":"2099-12-01T10:00:00"}]}"""),
                "actionItems[0].dueDate", "wrong-type");
        assertThat(count("assignment")).isEqualTo(before);
    }

    @Test
    void controlCharactersInQueryParametersAndPathVariablesAreRefusedAtTheField() {
        fieldError(api.get("/api/v1/candidates?text=%00", consultantToken), "text", "invalid");
        fieldError(api.get("/api/v1/candidates?text=a%07b", consultantToken), "text", "invalid");
        fieldError(api.get("/api/v1/candidates?text=%1B%5B31m", consultantToken), "text", "invalid");
        fieldError(api.request("PUT", "/api/v1/me/guides/" + side.assignmentId() + "/items/a%07b")
                .bearer(candidateToken).json("{\"done\":true}").send(), "itemKey", "invalid");
        // tab, line feed and ordinary text stay allowed, as in bodies
        assertThat(api.get("/api/v1/candidates?text=a%09b", consultantToken).status()).isEqualTo(200);
    }

    @Test
    void aQueryStringThatIsNotUtf8IsMalformedAndSaysSo() {
        ApiClient.Response response = api.get("/api/v1/candidates?text=%FF%FE", consultantToken);
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        JsonNode problem = response.json();
        assertThat(problem.get("type").asString()).isEqualTo("https://careerbridge.example/problems/malformed-request");
        assertThat(problem.get("detail").asString()).as("not about a JSON body").doesNotContain("JSON")
                .contains("UTF-8");
    }

    @Test
    void anOutcomeWhoseMockGuideIsNotAGuideIsRefusedAtTheField() {
        for (String id : List.of("-1", "999999", "2147483648", Long.toString(side.candidate().getId() + 1_000_000))) {
            fieldError(outcome("{\"mockRating\":4,\"mockGuideId\":" + id + "}"), "mockGuideId", "unknown-guide");
        }
        assertThat(outcome("{\"mockRating\":4,\"mockGuideId\":" + side.guideId() + "}").status()).isEqualTo(200);
    }

    @Test
    void aValueOfTheWrongJsonTypeIsRefusedAtTheField() {
        String item = "/api/v1/me/guides/" + side.assignmentId() + "/items/" + side.itemKey();
        fieldError(put(item, candidateToken, "{\"done\":\"true\"}", null), "done", "wrong-type");
        fieldError(put(item, candidateToken, "{\"done\":1}", null), "done", "wrong-type");
        String emails = "/api/v1/me/profile/progress-emails";
        fieldError(put(emails, candidateToken, "{\"enabled\":1,\"dayOfWeek\":\"MONDAY\",\"localTime\":\"09:00\"}",
                etag("/api/v1/me/profile", candidateToken)), "enabled", "wrong-type");
        fieldError(put(emails, candidateToken, "{\"enabled\":true,\"dayOfWeek\":3,\"localTime\":\"09:00\"}",
                etag("/api/v1/me/profile", candidateToken)), "dayOfWeek", "wrong-type");
        fieldError(put(emails, candidateToken, "{\"enabled\":true,\"dayOfWeek\":\"3\",\"localTime\":\"09:00\"}",
                etag("/api/v1/me/profile", candidateToken)), "dayOfWeek", "unknown-value");
        fieldError(assign("{\"guideId\":\"" + guide() + "\"}"), "guideId", "wrong-type");
        fieldError(outcome("{\"privateNotes\":true}"), "privateNotes", "wrong-type");
        fieldError(outcome("{\"sharedSummary\":12}"), "sharedSummary", "wrong-type");
        assertThat(jdbc.queryForObject("select count(*) from coaching_session where id = ? and private_notes = 'true'",
                Long.class, side.pastSessionId())).isZero();
    }

    @Test
    void aPropertyGivenTwiceIsRefused() {
        String item = "/api/v1/me/guides/" + side.assignmentId() + "/items/" + side.itemKey();
        fieldError(put(item, candidateToken, "{\"done\":true,\"done\":false}", null), "done", "duplicate-property");
        fieldError(outcome("""
                {"actionItems":[{"description":"a","description":"b"}]}"""),
                "actionItems[0].description", "duplicate-property");
    }

    private ApiClient.Response assign(String json) {
        return api.request("POST", "/api/v1/candidates/" + side.candidate().getId() + "/assignments")
                .bearer(consultantToken).json(json).send();
    }

    private ApiClient.Response outcome(String json) {
        String path = "/api/v1/sessions/" + side.pastSessionId();
        return put(path + "/outcome", consultantToken, json, etag(path, consultantToken));
    }

    private ApiClient.Response put(String path, String token, String json, String ifMatch) {
        ApiClient.Request request = api.request("PUT", path).bearer(token).json(json);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.send();
    }

    private String etag(String path, String token) {
        ApiClient.Response response = api.get(path, token);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.header("ETag");
    }

    private long guide() {
        return jdbc.queryForObject("select id from role_guide where slug = 'account-manager'", Long.class);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static void fieldError(ApiClient.Response response, String field, String reason) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("type").asString()).as(response.toString()).isEqualTo(VALIDATION);
        assertThat(problem.get("errors").values()).as(response.toString()).anySatisfy(error -> {
            assertThat(error.get("field").asString()).isEqualTo(field);
            assertThat(error.get("reason").asString()).isEqualTo(reason);
            assertThat(error.get("message").asString()).isNotBlank();
        });
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
