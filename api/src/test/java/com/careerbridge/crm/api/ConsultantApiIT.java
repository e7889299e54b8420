package com.careerbridge.crm.api;

import java.time.LocalDateTime;
import java.time.ZoneId;

import com.careerbridge.crm.dashboard.DashboardOverview;
import com.careerbridge.crm.dashboard.DashboardService;
import com.careerbridge.testsupport.Fixtures;
import com.careerbridge.testsupport.MutableClock;
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

/**
 * The consultant's mobile API (#18): the dashboard, booking and moving sessions, target roles, the guide catalogue,
 * the candidate's record with pipeline moves and staff notes, the timeline, e-mails, and handling an assignment.
 */
@ApiIntegrationTest
class ConsultantApiIT {

    @LocalServerPort
    int port;

    @Autowired ApiWorld world;
    @Autowired Fixtures fixtures;
    @Autowired DashboardService dashboard;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired com.careerbridge.crm.workspace.CandidateWorkspace workspace;

    ApiClient api;
    Side side;
    String token;
    String candidatePath;

    @BeforeEach
    void world() {
        api = new ApiClient(port);
        side = world.side("Mobile " + System.nanoTime());
        token = ApiWorld.signIn(api, side.consultant().getEmail().value());
        candidatePath = "/api/v1/candidates/" + side.candidate().getId();
    }

    @Test
    void theDashboardGivesTheWebDashboardsFigures() {
        ApiClient.Response answer = api.get("/api/v1/dashboard", token);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        DashboardOverview web = fixtures.as(side.consultant(), () -> dashboard.overview(ZoneId.of("Asia/Seoul")));
        JsonNode body = answer.json();
        assertThat(body.get("caseloadTotal").asLong()).isEqualTo(web.caseloadTotal()).isEqualTo(1);
        assertThat(body.get("caseload").get("LEAD").asLong()).isEqualTo(web.caseload().get(
                com.careerbridge.crm.candidate.PipelineStatus.LEAD));
        assertThat(values(body.get("upcomingSessions"), "sessionId"))
                .containsExactlyElementsOf(web.upcomingSessions().stream().map(DashboardOverview.UpcomingSession::sessionId).toList())
                .contains(side.upcomingSessionId());
        assertThat(body.get("recentActivity").size()).isEqualTo(web.recentActivity().size()).isPositive();
        assertThat(body.get("timeZone").asString()).isEqualTo("Asia/Seoul");
        assertThat(api.request("GET", "/api/v1/dashboard").bearer(token).header("If-None-Match", answer.header("ETag"))
                .send().status()).isEqualTo(304);

        ApiClient.Response badZone = api.get("/api/v1/dashboard?timeZone=Mars/Olympus", token);
        assertThat(badZone.status()).isEqualTo(400);
        assertThat(badZone.json().get("errors").get(0).get("field").asString()).isEqualTo("timeZone");
        assertThat(api.get("/api/v1/dashboard?timeZone=Europe/Berlin", token).json().get("timeZone").asString())
                .isEqualTo("Europe/Berlin");
        assertThat(api.get("/api/v1/dashboard", ApiWorld.signIn(api, side.candidateEmail())).status()).isEqualTo(403);
    }

    @Test
    void bookingMovingCancellingAndMissingASession() {
        LocalDateTime start = LocalDateTime.ofInstant(clock.instant(), ApiWorld.SEOUL).plusDays(3).withHour(10)
                .withMinute(0).withSecond(0).withNano(0);
        String plan = plan(start, start.plusHours(1));
        ApiClient.Response booked = api.request("POST", candidatePath + "/sessions").bearer(token).json(plan).send();
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);
        long sessionId = booked.json().get("id").asLong();
        assertThat(booked.header("Location")).isEqualTo("/api/v1/sessions/" + sessionId);
        assertThat(booked.json().get("status").asString()).isEqualTo("SCHEDULED");

        ApiClient.Response clash = api.request("POST", candidatePath + "/sessions").bearer(token)
                .json(plan(start.plusMinutes(30), start.plusMinutes(90))).send();
        assertThat(clash.status()).as(clash.toString()).isEqualTo(409);
        assertThat(clash.json().get("conflictingSession").get("sessionId").asLong()).isEqualTo(sessionId);

        ApiClient.Response backwards = api.request("POST", candidatePath + "/sessions").bearer(token)
                .json(plan(start.plusDays(1), start.plusDays(1).minusHours(1))).send();
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("errors").get(0).get("field").asString()).isEqualTo("end");

        String path = "/api/v1/sessions/" + sessionId;
        String moved = plan(start.plusDays(1), start.plusDays(1).plusHours(1));
        assertThat(api.request("PUT", path + "/plan").bearer(token).json(moved).send().status()).isEqualTo(428);
        ApiClient.Response rescheduled = api.request("PUT", path + "/plan").bearer(token)
                .header("If-Match", booked.header("ETag")).json(moved).send();
        assertThat(rescheduled.status()).as(rescheduled.toString()).isEqualTo(200);
        assertThat(rescheduled.json().get("startsAt").asString())
                .isEqualTo(start.plusDays(1).atZone(ApiWorld.SEOUL).toInstant().toString());
        assertThat(api.request("PUT", path + "/plan").bearer(token).header("If-Match", booked.header("ETag"))
                .json(moved).send().status()).as("stale").isEqualTo(412);

        ApiClient.Response early = api.request("POST", path + "/no-show").bearer(token)
                .header("If-Match", rescheduled.header("ETag")).send();
        assertThat(early.status()).as("not started yet").isEqualTo(409);
        ApiClient.Response tooLong = api.request("POST", path + "/cancellation").bearer(token)
                .header("If-Match", rescheduled.header("ETag")).json("{\"reason\":\"" + "x".repeat(501) + "\"}").send();
        assertThat(tooLong.status()).isEqualTo(400);
        ApiClient.Response cancelled = api.request("POST", path + "/cancellation").bearer(token)
                .header("If-Match", rescheduled.header("ETag")).json("{\"reason\":\"I am ill, sorry.\"}").send();
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("cancellationReason").asString()).isEqualTo("I am ill, sorry.");

        ApiClient.Response list = api.get(candidatePath + "/sessions", token);
        assertThat(list.status()).isEqualTo(200);
        assertThat(MeApiIT.ids(list.json().get("items"))).contains(sessionId, side.upcomingSessionId(),
                side.pastSessionId());
        assertThat(list.body()).as("no private notes in the list").doesNotContain("nervous");
        clock.advance(java.time.Duration.ofMinutes(2));
        String syncedAt = api.get(candidatePath + "/sessions", token).json().get("syncedAt").asString();
        clock.advance(java.time.Duration.ofMinutes(2));
        token = ApiWorld.signIn(api, side.consultant().getEmail().value());
        ApiClient.Response upcoming = api.get("/api/v1/sessions/" + side.upcomingSessionId(), token);
        assertThat(api.request("POST", "/api/v1/sessions/" + side.upcomingSessionId() + "/cancellation").bearer(token)
                .header("If-Match", upcoming.header("ETag")).send().status()).isEqualTo(200);
        ApiClient.Response delta = api.get(candidatePath + "/sessions?updatedSince=" + syncedAt, token);
        assertThat(MeApiIT.ids(delta.json().get("items"))).as("only what changed since syncedAt")
                .containsExactly(side.upcomingSessionId());

        Side other = world.side("Mobile other " + System.nanoTime());
        assertThat(api.request("POST", "/api/v1/candidates/" + other.candidate().getId() + "/sessions").bearer(token)
                .json(plan).send().status()).isEqualTo(404);
    }

    @Test
    void targetRolesAreAddedChangedAndRemovedWithTheirOwnETags() {
        long guideId = fixtures.guide("sales-analyst").guideId();
        String body = "{\"guideId\":" + guideId + ",\"priority\":2,\"targetCompanies\":[\"Acme\"],\"status\":\"PREPARING\"}";
        ApiClient.Response added = api.request("POST", candidatePath + "/target-roles").bearer(token).json(body).send();
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        long roleId = added.json().get("targetRoleId").asLong();
        assertThat(added.header("Location")).isEqualTo("/api/v1/target-roles/" + roleId);
        assertThat(added.json().get("title").asString()).isNotBlank();
        ApiClient.Response twice = api.request("POST", candidatePath + "/target-roles").bearer(token).json(body).send();
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().get("errors").get(0).get("field").asString()).isEqualTo("guideId");

        String path = "/api/v1/target-roles/" + roleId;
        ApiClient.Response read = api.get(path, token);
        assertThat(read.header("ETag")).isEqualTo(added.header("ETag"));
        ApiClient.Response changed = api.request("PUT", path).bearer(token).header("If-Match", read.header("ETag"))
                .json("{\"priority\":1,\"targetCompanies\":[\"Acme\",\"Globex\"],\"status\":\"APPLYING\"}").send();
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().get("priority").asInt()).isEqualTo(1);
        ApiClient.Response outOfRange = api.request("PUT", path).bearer(token).header("If-Match", "*")
                .json("{\"priority\":10,\"status\":\"APPLYING\"}").send();
        assertThat(outOfRange.status()).isEqualTo(400);

        assertThat(api.request("DELETE", path).bearer(token).header("If-Match", read.header("ETag")).send().status())
                .as("stale").isEqualTo(412);
        assertThat(api.request("DELETE", path).bearer(token).header("If-Match", changed.header("ETag")).send().status())
                .isEqualTo(204);
        assertThat(api.get(path, token).status()).isEqualTo(404);
    }

    @Test
    void theGuideCatalogueAndAVersionsContent() {
        ApiClient.Response catalogue = api.request("GET", "/api/v1/guides").bearer(token)
                .header("Accept-Language", "ko").send();
        assertThat(catalogue.status()).as(catalogue.toString()).isEqualTo(200);
        JsonNode sales = null;
        for (JsonNode entry : catalogue.json().get("items")) {
            if (entry.get("slug").asString().equals("sales")) {
                sales = entry;
            }
        }
        assertThat(sales).isNotNull();
        assertThat(sales.get("title").asString()).isEqualTo(sales.get("titleKo").asString());
        assertThat(catalogue.header("Vary")).contains("Accept-Language");

        String guidePath = "/api/v1/guides/" + sales.get("guideId").asLong();
        ApiClient.Response latest = api.request("GET", guidePath).bearer(token).header("Accept-Language", "en").send();
        assertThat(latest.status()).as(latest.toString()).isEqualTo(200);
        assertThat(latest.json().get("title").asString()).isEqualTo(sales.get("titleEn").asString());
        assertThat(latest.json().get("checklist").size()).isPositive();
        assertThat(latest.json().get("versionNumber").asInt()).isEqualTo(sales.get("latestVersion").asInt());
        assertThat(api.get(guidePath + "/versions/1", token).status()).isEqualTo(200);
        assertThat(api.get(guidePath + "/versions/999", token).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/guides/999999999", token).status()).isEqualTo(404);

        String later = clock.instant().plusSeconds(60).toString();
        assertThat(api.get("/api/v1/guides?updatedSince=" + later, token).json().get("items")).isEmpty();
        assertThat(api.get("/api/v1/guides", ApiWorld.signIn(api, side.candidateEmail())).status()).isEqualTo(403);
    }

    @Test
    void aCandidatesRecordPipelineAndStaffNotes() {
        String email = "mobile-" + System.nanoTime() + "@example.com";
        String form = "{\"fullName\":\"Kim Mobile\",\"email\":\"" + email + "\",\"language\":\"KO\","
                + "\"timeZone\":\"Asia/Seoul\",\"careerStage\":\"EXPERIENCED\",\"tags\":[\"Referral\"]}";
        ApiClient.Response created = api.request("POST", "/api/v1/candidates").bearer(token).json(form).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("pipelineStatus").asString()).isEqualTo("LEAD");
        assertThat(created.json().get("consultantId").asLong()).isEqualTo(side.consultant().getId());
        assertThat(created.json().get("tags").get(0).asString()).isEqualTo("referral");
        ApiClient.Response taken = api.request("POST", "/api/v1/candidates").bearer(token).json(form).send();
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.json().get("errors").get(0).get("reason").asString()).isEqualTo("taken");

        String path = "/api/v1/candidates/" + id;
        ApiClient.Response profile = api.get(path + "/profile", token);
        assertThat(profile.header("ETag")).isEqualTo(created.header("ETag"));
        assertThat(strings(profile.json().get("allowedMoves"))).containsExactlyInAnyOrder("ACTIVE", "PAUSED",
                "CLOSED");
        ApiClient.Response moved = api.request("POST", path + "/pipeline-moves").bearer(token)
                .header("If-Match", profile.header("ETag")).json("{\"to\":\"ACTIVE\"}").send();
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().get("pipelineStatus").asString()).isEqualTo("ACTIVE");
        ApiClient.Response skipped = api.request("POST", path + "/pipeline-moves").bearer(token)
                .header("If-Match", moved.header("ETag")).json("{\"to\":\"PLACED\"}").send();
        assertThat(skipped.status()).as("ACTIVE cannot jump to PLACED").isEqualTo(409);

        ApiClient.Response notes = api.request("PUT", path + "/staff-notes").bearer(token)
                .header("If-Match", moved.header("ETag")).json("{\"notes\":\"prefers mornings\"}").send();
        assertThat(notes.status()).as(notes.toString()).isEqualTo(200);
        int readsBefore = notesReads(id);
        assertThat(api.get(path + "/staff-notes", token).json().get("notes").asString()).isEqualTo("prefers mornings");
        assertThat(notesReads(id)).as("reading the notes is audited").isEqualTo(readsBefore + 1);
        assertThat(api.get(path, token).body()).doesNotContain("prefers mornings");
        assertThat(api.get(path + "/profile", token).body()).doesNotContain("prefers mornings");
        assertThat(notesReads(id)).as("answers without the notes are no reads of them").isEqualTo(readsBefore + 1);

        ApiClient.Response edited = api.request("PUT", path + "/profile").bearer(token)
                .header("If-Match", notes.header("ETag")).json(form.replace("Kim Mobile", "Kim Mobile-Lee")).send();
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().get("fullName").asString()).isEqualTo("Kim Mobile-Lee");

        String candidateToken = ApiWorld.signIn(api, side.candidateEmail());
        assertThat(api.get(candidatePath + "/staff-notes", candidateToken).status()).isEqualTo(403);
        assertThat(api.get(path + "/profile", ApiWorld.signIn(api,
                world.side("Mobile stranger " + System.nanoTime()).consultant().getEmail().value())).status())
                .isEqualTo(404);
    }

    @Test
    void theTimelinePagesBackAndSyncsForward() {
        ApiClient.Response first = api.get(candidatePath + "/timeline?size=2", token);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        JsonNode items = first.json().get("items");
        assertThat(items.size()).isEqualTo(2);
        long nextBefore = first.json().get("nextBefore").asLong();
        assertThat(nextBefore).isEqualTo(items.get(1).get("id").asLong());
        ApiClient.Response older = api.get(candidatePath + "/timeline?size=100&before=" + nextBefore, token);
        assertThat(older.json().get("items").size()).isPositive();
        assertThat(older.json().get("items").get(0).get("id").asLong()).isLessThan(nextBefore);
        assertThat(older.json().get("nextBefore").isNull()).isTrue();

        String later = clock.instant().plusSeconds(60).toString();
        assertThat(api.get(candidatePath + "/timeline?updatedSince=" + later, token).json().get("items")).isEmpty();
        assertThat(api.get(candidatePath + "/timeline?before=0", token).status()).isEqualTo(400);
    }

    @Test
    void eMailsThePreviewAndSendingTheDigestNow() {
        ApiClient.Response profile = api.get(candidatePath + "/profile", token);
        ApiClient.Response on = api.request("PUT", candidatePath + "/progress-emails").bearer(token)
                .header("If-Match", profile.header("ETag"))
                .json("{\"enabled\":true,\"dayOfWeek\":\"MONDAY\",\"localTime\":\"08:30\"}").send();
        assertThat(on.status()).as(on.toString()).isEqualTo(200);
        assertThat(on.json().get("progressEmails").get("enabled").asBoolean()).isTrue();

        ApiClient.Response preview = api.get(candidatePath + "/digest-preview", token);
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.json().get("subject").asString()).isNotBlank();
        assertThat(preview.json().get("text").asString()).isNotBlank();

        ApiClient.Response sent = api.request("POST", candidatePath + "/digest-sends").bearer(token).send();
        assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
        long mailId = sent.json().get("mailId").asLong();
        ApiClient.Response mails = api.get(candidatePath + "/emails", token);
        assertThat(mails.status()).isEqualTo(200);
        assertThat(MeApiIT.ids(mails.json().get("items"))).contains(mailId);

        ApiClient.Response off = api.request("PUT", candidatePath + "/progress-emails").bearer(token)
                .header("If-Match", on.header("ETag"))
                .json("{\"enabled\":false,\"dayOfWeek\":\"MONDAY\",\"localTime\":\"08:30\"}").send();
        assertThat(off.status()).isEqualTo(200);
        assertThat(api.request("POST", candidatePath + "/digest-sends").bearer(token).send().status())
                .as("the candidate asked not to get them").isEqualTo(409);
    }

    @Test
    void anAssignmentIsReadRedatedAndTakenBack() {
        String path = candidatePath + "/assignments/" + side.assignmentId();
        ApiClient.Response read = api.get(path, token);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().get("checklist").get(0).get("state").asString()).isEqualTo("OPEN");
        assertThat(read.json().get("firstOpenedAt").isNull()).as("staff reading is not the candidate's").isTrue();

        ApiClient.Response redated = api.request("PUT", path + "/due-date").bearer(token)
                .header("If-Match", read.header("ETag")).json("{\"dueDate\":\"2099-03-01\"}").send();
        assertThat(redated.status()).as(redated.toString()).isEqualTo(200);
        assertThat(redated.json().get("dueDate").asString()).isEqualTo("2099-03-01");
        ApiClient.Response upgraded = api.request("POST", path + "/upgrade").bearer(token)
                .header("If-Match", redated.header("ETag")).send();
        assertThat(upgraded.status()).as("already the newest: nothing changes").isEqualTo(200);

        Side other = world.side("Mobile assign " + System.nanoTime());
        assertThat(api.get("/api/v1/candidates/" + other.candidate().getId() + "/assignments/" + side.assignmentId(),
                token).status()).isEqualTo(404);
        assertThat(api.request("DELETE", path).bearer(token).header("If-Match", upgraded.header("ETag")).send()
                .status()).isEqualTo(204);
        assertThat(api.get(path, token).status()).isEqualTo(404);
    }

    /**
     * A consultant's day through the API alone: the dashboard, a session booked, the candidate ticks an item in the
     * app, the consultant verifies it and records the session's outcome with a mock-interview rating, the readiness
     * goes up, and the digest preview shows the new figure.
     */
    @Test
    void aConsultantsDayThroughTheApiAlone() {
        assertThat(api.get("/api/v1/dashboard", token).status()).isEqualTo(200);
        int before = api.get("/api/v1/target-roles/" + side.targetRoleId(), token).json().get("readiness").asInt();

        LocalDateTime start = LocalDateTime.ofInstant(clock.instant(), ApiWorld.SEOUL).plusMinutes(10).withSecond(0)
                .withNano(0);
        ApiClient.Response booked = api.request("POST", candidatePath + "/sessions").bearer(token)
                .json(plan(start, start.plusHours(1))).send();
        assertThat(booked.status()).as(booked.toString()).isEqualTo(201);

        String candidateToken = ApiWorld.signIn(api, side.candidateEmail());
        assertThat(api.request("PUT", "/api/v1/me/guides/" + side.assignmentId() + "/items/" + side.itemKey())
                .bearer(candidateToken).json("{\"done\":true}").send().status()).isEqualTo(200);

        String assignment = candidatePath + "/assignments/" + side.assignmentId();
        ApiClient.Response read = api.get(assignment, token);
        assertThat(read.json().get("checklist").get(0).get("state").asString()).isEqualTo("DONE");
        ApiClient.Response verified = api.request("PUT", assignment + "/items/" + side.itemKey() + "/verification")
                .bearer(token).header("If-Match", read.header("ETag")).json("{\"verified\":true}").send();
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);

        clock.advance(java.time.Duration.ofMinutes(30)); // the session has begun; the morning's tokens have expired
        token = ApiWorld.signIn(api, side.consultant().getEmail().value());
        String session = "/api/v1/sessions/" + booked.json().get("id").asLong();
        ApiClient.Response outcome = api.request("PUT", session + "/outcome").bearer(token)
                .header("If-Match", api.get(session, token).header("ETag"))
                .json("{\"privateNotes\":\"ready for the real one\",\"sharedSummary\":\"Strong answers.\","
                        + "\"actionItems\":[],\"mockRating\":5,\"mockGuideId\":" + side.guideId() + "}").send();
        assertThat(outcome.status()).as(outcome.toString()).isEqualTo(200);
        assertThat(outcome.json().get("status").asString()).isEqualTo("COMPLETED");

        int after = api.get("/api/v1/target-roles/" + side.targetRoleId(), token).json().get("readiness").asInt();
        assertThat(after).as("readiness after a verified item and a 5/5 mock interview").isGreaterThan(before);
        ApiClient.Response preview = api.get(candidatePath + "/digest-preview", token);
        assertThat(preview.json().get("text").asString()).contains(Integer.toString(after))
                .contains("Strong answers.");
    }

    /** The web UI's candidate page (core's CandidateWorkspace) and the API answer alike for the same question. */
    @Test
    void theWebPageAndTheApiAgreeOnReadinessProgressAndSessions() {
        com.careerbridge.crm.workspace.CandidateWorkspace.Page page = fixtures.as(side.consultant(),
                () -> workspace.page(side.candidate().getId()));
        JsonNode overview = api.get(candidatePath, token).json();
        var role = page.roles().roles().getFirst();
        assertThat(overview.get("targetRoles").get(0).get("targetRoleId").asLong()).isEqualTo(role.role().getId());
        assertThat(overview.get("targetRoles").get(0).get("readiness").asInt()).isEqualTo(role.readiness());
        assertThat(api.get("/api/v1/target-roles/" + role.role().getId(), token).json().get("readiness").asInt())
                .isEqualTo(role.readiness());
        var assignment = page.assignments().getFirst();
        JsonNode progress = overview.get("assignments").get(0).get("progress");
        assertThat(progress.get("total").asInt()).isEqualTo(assignment.itemsTotal());
        assertThat(progress.get("done").asInt()).isEqualTo(assignment.itemsDone());

        var past = page.sessions().past().getFirst();
        String candidateToken = ApiWorld.signIn(api, side.candidateEmail());
        JsonNode shared = api.get("/api/v1/me/sessions?when=past", candidateToken).json().get("items").get(0);
        assertThat(shared.get("id").asLong()).isEqualTo(past.getId());
        assertThat(shared.get("sharedSummary").asString()).isEqualTo(past.getSharedSummary());
        assertThat(shared.get("actionItems").size()).isEqualTo(past.getActionItems().size());
        assertThat(MeApiIT.ids(api.get(candidatePath + "/sessions", token).json().get("items")))
                .containsAll(page.sessions().upcoming().stream().map(s -> s.getId()).toList());
    }

    private static java.util.List<Long> values(JsonNode items, String field) {
        java.util.List<Long> values = new java.util.ArrayList<>();
        items.forEach(item -> values.add(item.get(field).asLong()));
        return values;
    }

    private static java.util.List<String> strings(JsonNode items) {
        java.util.List<String> values = new java.util.ArrayList<>();
        items.forEach(item -> values.add(item.asString()));
        return values;
    }

    private int notesReads(long candidateId) {
        return jdbc.queryForObject("select count(*) from security_audit where action = 'PRIVATE_NOTES_READ' "
                + "and subject_id = ?", Integer.class, candidateId);
    }

    private static String plan(LocalDateTime start, LocalDateTime end) {
        return "{\"start\":\"" + start + "\",\"end\":\"" + end + "\",\"timeZone\":\"Asia/Seoul\",\"mode\":\"ONLINE\","
                + "\"location\":\"https://meet.example.com/kim\",\"agenda\":\"Mock interview\"}";
    }
}
