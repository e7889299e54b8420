package com.careerbridge.crm.api;

import java.util.ArrayList;
import java.util.List;

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
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The personal iCalendar feed: created, read without a token, rotated and revoked (then 404). */
@ApiIntegrationTest
class CalendarFeedIT {

    @LocalServerPort
    int port;

    @Autowired ApiWorld world;
    @Autowired Fixtures fixtures;
    @Autowired SessionService sessions;
    @Autowired JdbcTemplate jdbc;

    ApiClient api;
    Side side;
    String token;

    @BeforeEach
    void world() {
        api = new ApiClient(port);
        side = world.side("Calendar");
        token = ApiWorld.signIn(api, side.candidateEmail());
    }

    private String feedPath() {
        ApiClient.Response created = api.request("POST", "/api/v1/me/calendar-feed").bearer(token).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String url = created.json().get("url").asString();
        assertThat(created.json().get("webcalUrl").asString()).startsWith("webcal://");
        return url.substring(url.indexOf("/api/v1/calendar/"));
    }

    @Test
    void theFeedIsValidICalendarWithOneEventPerSession() {
        fixtures.as(side.consultant(), () -> sessions.cancel(side.upcomingSessionId(),
                sessions.get(side.upcomingSessionId()).getVersion()));
        String path = feedPath();
        ApiClient.Response feed = api.get(path, null);
        assertThat(feed.status()).as(feed.toString()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("text/calendar");
        String body = feed.body();

        assertThat(body).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(body.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : body.split("\r\n")) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        List<String> lines = unfolded(body);
        assertThat(lines).contains("VERSION:2.0", "UID:session-" + side.upcomingSessionId() + "@careerbridge",
                "UID:session-" + side.pastSessionId() + "@careerbridge");
        assertThat(lines.stream().filter(l -> l.equals("BEGIN:VEVENT")).count()).isEqualTo(2);
        assertThat(lines).filteredOn(l -> l.startsWith("DTSTART:")).allMatch(l -> l.matches("DTSTART:\\d{8}T\\d{6}Z"));
        assertThat(lines).filteredOn(l -> l.startsWith("DTSTAMP:")).hasSize(2);
        // the upcoming session was cancelled: it stays in the feed, marked so that phones strike it out
        int cancelled = lines.indexOf("UID:session-" + side.upcomingSessionId() + "@careerbridge");
        assertThat(lines.subList(cancelled, lines.size())).contains("STATUS:CANCELLED");
        assertThat(body).doesNotContain("nervous").doesNotContain("elevator pitch");
        // the consultant's name is Korean text in the summary: folding must not break UTF-8
        assertThat(lines).anyMatch(l -> l.startsWith("SUMMARY:") && l.contains("Consultant Calendar"));

        ApiClient.Response again = api.request("GET", path).header("If-None-Match", feed.header("ETag")).send();
        assertThat(again.status()).isEqualTo(304);
    }

    @Test
    void rotatingAndRevokingEndTheOldAddress() {
        String first = feedPath();
        assertThat(api.get(first, null).status()).isEqualTo(200);
        String second = feedPath();
        assertThat(second).isNotEqualTo(first);
        assertThat(api.get(first, null).status()).isEqualTo(404);
        assertThat(api.get(second, null).status()).isEqualTo(200);

        assertThat(api.request("DELETE", "/api/v1/me/calendar-feed").bearer(token).send().status()).isEqualTo(204);
        ApiClient.Response revoked = api.get(second, null);
        assertThat(revoked.status()).isEqualTo(404);
        assertThat(revoked.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/calendar/cbc_nonsense.ics", null).status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from calendar_feed where candidate_id = ?", Long.class,
                side.candidate().getId())).isZero();
    }

    @Test
    void onlyCandidatesHaveAFeedAndTheSecretIsStoredHashed() {
        String staff = ApiWorld.signIn(api, side.consultant().getEmail().value());
        assertThat(api.request("POST", "/api/v1/me/calendar-feed").bearer(staff).send().status()).isEqualTo(403);
        assertThat(api.request("POST", "/api/v1/me/calendar-feed").send().status()).isEqualTo(401);

        String path = feedPath();
        String secret = path.substring("/api/v1/calendar/".length(), path.length() - ".ics".length());
        String stored = jdbc.queryForObject("select encode(secret_hash, 'hex') from calendar_feed where candidate_id = ?",
                String.class, side.candidate().getId());
        assertThat(stored).hasSize(64).doesNotContain(secret);
    }

    static List<String> unfolded(String body) {
        List<String> lines = new ArrayList<>();
        for (String line : body.split("\r\n")) {
            if (line.startsWith(" ") && !lines.isEmpty()) {
                lines.set(lines.size() - 1, lines.getLast() + line.substring(1));
            } else {
                lines.add(line);
            }
        }
        return lines;
    }
}
