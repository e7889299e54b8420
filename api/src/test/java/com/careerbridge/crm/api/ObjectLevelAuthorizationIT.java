package com.careerbridge.crm.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import com.careerbridge.crm.booking.SessionTypeForm;
import com.careerbridge.crm.booking.SessionTypes;
import com.careerbridge.crm.session.SessionMode;
import com.careerbridge.crm.shared.LocalizedText;
import com.careerbridge.testsupport.Fixtures;
import com.careerbridge.testsupport.api.ApiClient;
import com.careerbridge.testsupport.api.ApiIntegrationTest;
import com.careerbridge.testsupport.api.ApiWorld;
import com.careerbridge.testsupport.api.ApiWorld.Side;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of ours that takes an id in its path, called by a signed-in user with somebody else's ids, answers
 * 404 — the same as for an id that does not exist, so ids cannot be probed — and changes nothing in the database.
 * The endpoints are found in Spring MVC's handler mappings, so a new endpoint without a registered sample call fails
 * {@link #everyEndpointWithAnIdHasASampleCall()} until someone writes down how to attack it.
 */
@ApiIntegrationTest
class ObjectLevelAuthorizationIT {

    /**
     * Patterns with a path variable that are not about someone's object, and why.
     */
    static final Map<String, String> EXCLUDED = Map.of(
            "GET /api/v1/calendar/{secret}.ics",
            "the secret is the credential, not an object id: there is no 'other user's id' to try; unknown, rotated "
                    + "and revoked secrets answer 404 (CalendarFeedIT)",
            "GET /api/v1/guides/{guideId}",
            "published guides belong to the whole consultancy: every staff member may read every one (candidates "
                    + "get 403, ConsultantApiIT)",
            "GET /api/v1/guides/{guideId}/versions/{versionNumber}",
            "as the guide itself: consultancy-wide, staff only");

    /** Sample calls that change the caller's own data for good: their happy paths are tested in ConsultantApiIT. */
    static final Set<String> NOT_REPEATED_WITH_OWN_IDS = Set.of(
            "POST /api/v1/candidates/{candidateId}/sessions",
            "PUT /api/v1/sessions/{sessionId}/plan",
            "POST /api/v1/sessions/{sessionId}/cancellation",
            "POST /api/v1/sessions/{sessionId}/no-show",
            "POST /api/v1/candidates/{candidateId}/target-roles",
            "PUT /api/v1/target-roles/{targetRoleId}",
            "DELETE /api/v1/target-roles/{targetRoleId}",
            "PUT /api/v1/candidates/{candidateId}/profile",
            "POST /api/v1/candidates/{candidateId}/pipeline-moves",
            "PUT /api/v1/candidates/{candidateId}/progress-emails",
            "PUT /api/v1/candidates/{candidateId}/staff-notes",
            "POST /api/v1/candidates/{candidateId}/digest-sends",
            "POST /api/v1/candidates/{candidateId}/applications",
            "PUT /api/v1/applications/{applicationId}",
            "POST /api/v1/applications/{applicationId}/stage-moves",
            "POST /api/v1/applications/{applicationId}/interviews",
            "PUT /api/v1/interviews/{interviewId}",
            "DELETE /api/v1/interviews/{interviewId}",
            "POST /api/v1/interviews/{interviewId}/questions",
            "DELETE /api/v1/interview-questions/{questionId}",
            // only sessions the candidate booked themselves may be moved or cancelled by them: the world's session was
            // planned by the consultant (409 not-self-service); the happy paths are in BookingApiIT
            "POST /api/v1/me/sessions/{sessionId}/reschedule",
            "POST /api/v1/me/sessions/{sessionId}/cancel");

    /** Tables whose rows an attack must not change (tokens and sign-in counters change by signing in). */
    static final List<String> GUARDED_TABLES = List.of("user_account", "candidate", "candidate_status_change",
            "target_role", "readiness_snapshot", "assignment", "assignment_item", "coaching_session",
            "session_action_item", "activity", "mail_outbox", "invitation", "calendar_feed", "sync_tombstone",
            "job_application", "job_application_stage", "job_interview", "job_interview_question",
            // the consultancy's name and logo (#20): public to read, changed by admins only, never by an attack
            "consultancy_brand",
            // booking (#15): session types and consultants' bookable time
            "session_type", "consultant_availability",
            // messages (#16): a candidate's conversation, its read marks and summary
            "message", "message_read", "conversation",
            // documents (#16): a document, its versions (with their content's large objects) and comments
            "document", "document_version", "document_comment");

    /** A call made by an attacker from side A against side B's objects. */
    record Attack(String token, String method, String path, String body, Map<String, String> headers) {
    }

    @LocalServerPort
    int port;

    @Autowired
    ApiWorld world;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SessionTypes sessionTypes;

    /** A bookable session type, for the slots of a consultant. */
    long typeId;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    ApiClient api;
    Side mine;
    Side theirs;
    String candidateToken;
    String consultantToken;

    @BeforeEach
    void world() {
        api = new ApiClient(port);
        mine = world.side("A");
        theirs = world.side("B");
        typeId = fixtures.as(fixtures.admin(), () -> sessionTypes.create(new SessionTypeForm(
                LocalizedText.of("모의 면접", "Mock interview"), 60, SessionMode.ONLINE, null, 0, 0, true, 1440, null)))
                .getId();
        candidateToken = ApiWorld.signIn(api, mine.candidateEmail());
        consultantToken = ApiWorld.signIn(api, mine.consultant().getEmail().value());
        applications.put(mine, applicationOf(mine));
        applications.put(theirs, applicationOf(theirs));
        interviews.put(mine, interviewOf(applications.get(mine)));
        interviews.put(theirs, interviewOf(applications.get(theirs)));
        questions.put(mine, questionOf(interviews.get(mine)));
        questions.put(theirs, questionOf(interviews.get(theirs)));
        documentVersions.put(mine, documentVersionOf(mine));
        documentVersions.put(theirs, documentVersionOf(theirs));
    }

    /** Each side's document (uploaded by the consultant), as its version 1. */
    private final Map<Side, Long> documentVersions = new java.util.HashMap<>();

    private long documentVersionOf(Side side) {
        long documentId = jdbc.queryForObject("""
                insert into document (candidate_id, kind, title, created_by, created_at, updated_at)
                values (?, 'CV', 'CV', ?, now(), now()) returning id""", Long.class, side.candidate().getId(),
                side.consultant().getId());
        return jdbc.queryForObject("""
                insert into document_version (document_id, number, file_name, content_type, size_bytes, sha256,
                                              uploaded_by, uploaded_at, content_oid, preview)
                values (?, 1, 'cv.txt', 'text/plain', 5, repeat('a', 64), ?, now(), lo_from_bytea(0, 'hello'), '\\x00')
                returning id""", Long.class, documentId, side.consultant().getId());
    }

    private long documentOf(Side side) {
        return jdbc.queryForObject("select document_id from document_version where id = ?", Long.class,
                documentVersions.get(side));
    }

    static final String BOUNDARY = "olaBoundary7";

    /** A multipart upload of a small text file, with the form fields given (name=value). */
    static String multipart(String... fields) {
        StringBuilder body = new StringBuilder();
        for (String field : fields) {
            String[] pair = field.split("=", 2);
            body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"").append(pair[0])
                    .append("\"\r\n\r\n").append(pair[1]).append("\r\n");
        }
        body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"file\"; ")
                .append("filename=\"cv.txt\"\r\nContent-Type: text/plain\r\n\r\nmy cv\r\n--").append(BOUNDARY)
                .append("--\r\n");
        return body.toString();
    }

    static final Map<String, String> MULTIPART = Map.of("Content-Type", "multipart/form-data; boundary=" + BOUNDARY);

    /** Each side's interview of its application, and a question written down about it. */
    private final Map<Side, Long> interviews = new java.util.HashMap<>();
    private final Map<Side, Long> questions = new java.util.HashMap<>();

    private long interviewOf(long applicationId) {
        return jdbc.queryForObject("""
                insert into job_interview (application_id, round, starts_at, time_zone, format, created_at, updated_at)
                values (?, 1, now(), 'Asia/Seoul', 'VIDEO', now(), now()) returning id""", Long.class, applicationId);
    }

    private long questionOf(long interviewId) {
        return jdbc.queryForObject("""
                insert into job_interview_question (interview_id, asked, created_at)
                values (?, 'Why this company?', now()) returning id""", Long.class, interviewId);
    }

    /** Each side's job application (one per side, SAVED, for its target role). */
    private final Map<Side, Long> applications = new java.util.HashMap<>();

    private long applicationOf(Side side) {
        return jdbc.queryForObject("""
                insert into job_application (candidate_id, target_role_id, guide_id, company, position_title, source,
                                             stage, stage_changed_at, created_at, updated_at)
                select candidate_id, id, guide_id, 'Acme', 'Account Manager', 'REFERRAL', 'SAVED', now(), now(), now()
                from target_role where id = ? returning id""", Long.class, side.targetRoleId());
    }

    /** How to attack each endpoint: the attacker's token, B's ids, a plausible body. */
    private Map<String, Function<Side, Attack>> samples() {
        Map<String, Function<Side, Attack>> samples = new LinkedHashMap<>();
        samples.put("GET /api/v1/me/guides/{assignmentId}", b -> new Attack(candidateToken, "GET",
                "/api/v1/me/guides/" + b.assignmentId(), null, Map.of()));
        samples.put("PUT /api/v1/me/guides/{assignmentId}/items/{itemKey}", b -> new Attack(candidateToken, "PUT",
                "/api/v1/me/guides/" + b.assignmentId() + "/items/" + b.itemKey(), "{\"done\":true}", Map.of()));
        samples.put("PUT /api/v1/me/sessions/{sessionId}/action-items/{actionItemId}", b -> new Attack(candidateToken,
                "PUT", "/api/v1/me/sessions/" + b.pastSessionId() + "/action-items/" + b.actionItemId(),
                "{\"done\":true}", Map.of()));
        samples.put("GET /api/v1/candidates/{candidateId}", b -> new Attack(consultantToken, "GET",
                "/api/v1/candidates/" + b.candidate().getId(), null, Map.of()));
        samples.put("POST /api/v1/candidates/{candidateId}/assignments", b -> new Attack(consultantToken, "POST",
                "/api/v1/candidates/" + b.candidate().getId() + "/assignments",
                "{\"guideId\":" + otherGuide() + ",\"message\":\"hello\"}", Map.of()));
        samples.put("PUT /api/v1/candidates/{candidateId}/assignments/{assignmentId}/items/{itemKey}/verification",
                b -> new Attack(consultantToken, "PUT", "/api/v1/candidates/" + b.candidate().getId() + "/assignments/"
                        + b.assignmentId() + "/items/" + b.itemKey() + "/verification", "{\"verified\":true}",
                        Map.of("If-Match", "*")));
        samples.put("POST /api/v1/candidates/{candidateId}/invitation", b -> new Attack(consultantToken, "POST",
                "/api/v1/candidates/" + b.candidate().getId() + "/invitation", null, Map.of()));
        samples.put("GET /api/v1/sessions/{sessionId}", b -> new Attack(consultantToken, "GET",
                "/api/v1/sessions/" + b.pastSessionId(), null, Map.of()));
        samples.put("PUT /api/v1/sessions/{sessionId}/outcome", b -> new Attack(consultantToken, "PUT",
                "/api/v1/sessions/" + b.pastSessionId() + "/outcome",
                "{\"privateNotes\":\"overwritten\",\"sharedSummary\":\"overwritten\",\"actionItems\":[]}",
                Map.of("If-Match", "*")));
        samples.put("GET /api/v1/candidates/{candidateId}/export", b -> new Attack(consultantToken, "GET",
                "/api/v1/candidates/" + b.candidate().getId() + "/export", null, Map.of()));
        samples.put("DELETE /api/v1/candidates/{candidateId}/personal-data", b -> new Attack(consultantToken, "DELETE",
                "/api/v1/candidates/" + b.candidate().getId() + "/personal-data", null, Map.of()));
        // the consultant's mobile API (#18)
        samples.put("GET /api/v1/candidates/{candidateId}/sessions", b -> staff("GET",
                "/api/v1/candidates/" + b.candidate().getId() + "/sessions", null));
        samples.put("POST /api/v1/candidates/{candidateId}/sessions", b -> staff("POST",
                "/api/v1/candidates/" + b.candidate().getId() + "/sessions", SESSION_PLAN));
        samples.put("PUT /api/v1/sessions/{sessionId}/plan", b -> staff("PUT",
                "/api/v1/sessions/" + b.upcomingSessionId() + "/plan", SESSION_PLAN));
        samples.put("POST /api/v1/sessions/{sessionId}/cancellation", b -> staff("POST",
                "/api/v1/sessions/" + b.upcomingSessionId() + "/cancellation", null));
        samples.put("POST /api/v1/sessions/{sessionId}/no-show", b -> staff("POST",
                "/api/v1/sessions/" + b.upcomingSessionId() + "/no-show", null));
        samples.put("POST /api/v1/candidates/{candidateId}/target-roles", b -> staff("POST",
                "/api/v1/candidates/" + b.candidate().getId() + "/target-roles", "{\"guideId\":" + otherGuide()
                        + ",\"priority\":2,\"status\":\"PREPARING\"}"));
        samples.put("GET /api/v1/target-roles/{targetRoleId}", b -> staff("GET",
                "/api/v1/target-roles/" + b.targetRoleId(), null));
        samples.put("PUT /api/v1/target-roles/{targetRoleId}", b -> staff("PUT",
                "/api/v1/target-roles/" + b.targetRoleId(), "{\"priority\":3,\"status\":\"APPLYING\"}"));
        samples.put("DELETE /api/v1/target-roles/{targetRoleId}", b -> staff("DELETE",
                "/api/v1/target-roles/" + b.targetRoleId(), null));
        samples.put("GET /api/v1/candidates/{candidateId}/profile", b -> staff("GET",
                "/api/v1/candidates/" + b.candidate().getId() + "/profile", null));
        samples.put("PUT /api/v1/candidates/{candidateId}/profile", b -> staff("PUT",
                "/api/v1/candidates/" + b.candidate().getId() + "/profile", "{\"fullName\":\"Taken Over\","
                        + "\"email\":\"taken-" + b.candidate().getId() + "@example.com\",\"language\":\"EN\","
                        + "\"timeZone\":\"Asia/Seoul\",\"careerStage\":\"EXPERIENCED\"}"));
        samples.put("POST /api/v1/candidates/{candidateId}/pipeline-moves", b -> staff("POST",
                "/api/v1/candidates/" + b.candidate().getId() + "/pipeline-moves", "{\"to\":\"ACTIVE\"}"));
        samples.put("PUT /api/v1/candidates/{candidateId}/progress-emails", b -> staff("PUT",
                "/api/v1/candidates/" + b.candidate().getId() + "/progress-emails",
                "{\"enabled\":true,\"dayOfWeek\":\"MONDAY\",\"localTime\":\"08:00\"}"));
        samples.put("GET /api/v1/candidates/{candidateId}/staff-notes", b -> staff("GET",
                "/api/v1/candidates/" + b.candidate().getId() + "/staff-notes", null));
        samples.put("PUT /api/v1/candidates/{candidateId}/staff-notes", b -> staff("PUT",
                "/api/v1/candidates/" + b.candidate().getId() + "/staff-notes", "{\"notes\":\"overwritten\"}"));
        samples.put("GET /api/v1/candidates/{candidateId}/timeline", b -> staff("GET",
                "/api/v1/candidates/" + b.candidate().getId() + "/timeline", null));
        samples.put("GET /api/v1/candidates/{candidateId}/emails", b -> staff("GET",
                "/api/v1/candidates/" + b.candidate().getId() + "/emails", null));
        samples.put("GET /api/v1/candidates/{candidateId}/digest-preview", b -> staff("GET",
                "/api/v1/candidates/" + b.candidate().getId() + "/digest-preview", null));
        samples.put("POST /api/v1/candidates/{candidateId}/digest-sends", b -> staff("POST",
                "/api/v1/candidates/" + b.candidate().getId() + "/digest-sends", null));
        samples.put("GET /api/v1/candidates/{candidateId}/assignments/{assignmentId}", b -> staff("GET",
                "/api/v1/candidates/" + b.candidate().getId() + "/assignments/" + b.assignmentId(), null));
        samples.put("DELETE /api/v1/candidates/{candidateId}/assignments/{assignmentId}", b -> staff("DELETE",
                "/api/v1/candidates/" + b.candidate().getId() + "/assignments/" + b.assignmentId(), null));
        samples.put("POST /api/v1/candidates/{candidateId}/assignments/{assignmentId}/upgrade", b -> staff("POST",
                "/api/v1/candidates/" + b.candidate().getId() + "/assignments/" + b.assignmentId() + "/upgrade",
                null));
        samples.put("PUT /api/v1/candidates/{candidateId}/assignments/{assignmentId}/due-date", b -> staff("PUT",
                "/api/v1/candidates/" + b.candidate().getId() + "/assignments/" + b.assignmentId() + "/due-date",
                "{\"dueDate\":\"2099-01-01\"}"));
        // job applications (#17): the candidate's own by id, and a candidate's for staff
        samples.put("GET /api/v1/candidates/{candidateId}/applications", b -> staff("GET",
                "/api/v1/candidates/" + b.candidate().getId() + "/applications", null));
        samples.put("POST /api/v1/candidates/{candidateId}/applications", b -> staff("POST",
                "/api/v1/candidates/" + b.candidate().getId() + "/applications", "{\"targetRoleId\":" + b.targetRoleId()
                        + ",\"company\":\"Acme\",\"positionTitle\":\"AM\",\"source\":\"REFERRAL\"}"));
        samples.put("GET /api/v1/applications/{applicationId}", b -> new Attack(candidateToken, "GET",
                "/api/v1/applications/" + applications.get(b), null, Map.of()));
        samples.put("PUT /api/v1/applications/{applicationId}", b -> new Attack(candidateToken, "PUT",
                "/api/v1/applications/" + applications.get(b),
                "{\"company\":\"Overwritten\",\"positionTitle\":\"AM\",\"source\":\"REFERRAL\"}",
                Map.of("If-Match", "*")));
        samples.put("POST /api/v1/applications/{applicationId}/stage-moves", b -> new Attack(candidateToken, "POST",
                "/api/v1/applications/" + applications.get(b) + "/stage-moves", "{\"to\":\"APPLIED\"}",
                Map.of("If-Match", "*")));
        samples.put("GET /api/v1/applications/{applicationId}/interviews", b -> new Attack(candidateToken, "GET",
                "/api/v1/applications/" + applications.get(b) + "/interviews", null, Map.of()));
        samples.put("POST /api/v1/applications/{applicationId}/interviews", b -> new Attack(candidateToken, "POST",
                "/api/v1/applications/" + applications.get(b) + "/interviews", INTERVIEW, Map.of()));
        samples.put("GET /api/v1/interviews/{interviewId}", b -> new Attack(candidateToken, "GET",
                "/api/v1/interviews/" + interviews.get(b), null, Map.of()));
        samples.put("PUT /api/v1/interviews/{interviewId}", b -> new Attack(candidateToken, "PUT",
                "/api/v1/interviews/" + interviews.get(b), INTERVIEW, Map.of("If-Match", "*")));
        samples.put("DELETE /api/v1/interviews/{interviewId}", b -> new Attack(candidateToken, "DELETE",
                "/api/v1/interviews/" + interviews.get(b), null, Map.of("If-Match", "*")));
        samples.put("POST /api/v1/interviews/{interviewId}/questions", b -> new Attack(candidateToken, "POST",
                "/api/v1/interviews/" + interviews.get(b) + "/questions", "{\"asked\":\"Why us?\"}", Map.of()));
        samples.put("DELETE /api/v1/interview-questions/{questionId}", b -> new Attack(consultantToken, "DELETE",
                "/api/v1/interview-questions/" + questions.get(b), null, Map.of()));
        // booking (#15): a candidate's own sessions; a consultant's own availability and slots
        samples.put("POST /api/v1/me/sessions/{sessionId}/reschedule", b -> new Attack(candidateToken, "POST",
                "/api/v1/me/sessions/" + b.upcomingSessionId() + "/reschedule", "{\"start\":\"2099-05-01T01:00:00Z\"}",
                Map.of("If-Match", "*")));
        samples.put("POST /api/v1/me/sessions/{sessionId}/cancel", b -> new Attack(candidateToken, "POST",
                "/api/v1/me/sessions/" + b.upcomingSessionId() + "/cancel", "{\"reason\":\"not me\"}",
                Map.of("If-Match", "*")));
        samples.put("GET /api/v1/consultants/{consultantId}/availability", b -> staff("GET",
                "/api/v1/consultants/" + b.consultant().getId() + "/availability", null));
        samples.put("PUT /api/v1/consultants/{consultantId}/availability", b -> staff("PUT",
                "/api/v1/consultants/" + b.consultant().getId() + "/availability", AVAILABILITY));
        samples.put("GET /api/v1/consultants/{consultantId}/slots", b -> staff("GET",
                "/api/v1/consultants/" + b.consultant().getId() + "/slots?typeId=" + typeId
                        + "&from=2099-05-01&to=2099-05-07&zone=Asia/Seoul", null));
        // messages (#16): a candidate's conversation, by the candidate's id, for their staff
        samples.put("GET /api/v1/candidates/{candidateId}/messages", b -> staff("GET",
                "/api/v1/candidates/" + b.candidate().getId() + "/messages", null));
        samples.put("POST /api/v1/candidates/{candidateId}/messages", b -> staff("POST",
                "/api/v1/candidates/" + b.candidate().getId() + "/messages", "{\"text\":\"Hello\"}"));
        samples.put("POST /api/v1/candidates/{candidateId}/messages/read", b -> staff("POST",
                "/api/v1/candidates/" + b.candidate().getId() + "/messages/read", "{\"upTo\":1}"));
        // documents (#16): a candidate's documents for staff; a document's versions, content, preview and comments
        samples.put("GET /api/v1/candidates/{candidateId}/documents", b -> staff("GET",
                "/api/v1/candidates/" + b.candidate().getId() + "/documents", null));
        samples.put("POST /api/v1/candidates/{candidateId}/documents", b -> new Attack(consultantToken, "POST",
                "/api/v1/candidates/" + b.candidate().getId() + "/documents", multipart("kind=CV", "title=Mine"),
                MULTIPART));
        samples.put("GET /api/v1/documents/{documentId}", b -> new Attack(candidateToken, "GET",
                "/api/v1/documents/" + documentOf(b), null, Map.of()));
        samples.put("POST /api/v1/documents/{documentId}/versions", b -> new Attack(candidateToken, "POST",
                "/api/v1/documents/" + documentOf(b) + "/versions", multipart(),
                Map.of("Content-Type", MULTIPART.get("Content-Type"), "If-Match", "*")));
        samples.put("GET /api/v1/documents/versions/{versionId}/content", b -> new Attack(candidateToken, "GET",
                "/api/v1/documents/versions/" + documentVersions.get(b) + "/content", null, Map.of()));
        samples.put("GET /api/v1/documents/versions/{versionId}/preview", b -> new Attack(consultantToken, "GET",
                "/api/v1/documents/versions/" + documentVersions.get(b) + "/preview", null, Map.of()));
        samples.put("GET /api/v1/documents/versions/{versionId}/comments", b -> new Attack(candidateToken, "GET",
                "/api/v1/documents/versions/" + documentVersions.get(b) + "/comments", null, Map.of()));
        samples.put("POST /api/v1/documents/versions/{versionId}/comments", b -> new Attack(consultantToken, "POST",
                "/api/v1/documents/versions/" + documentVersions.get(b) + "/comments", "{\"text\":\"mine now\"}",
                Map.of()));
        return samples;
    }

    private static final String AVAILABILITY = "{\"timeZone\":\"Asia/Seoul\",\"weekly\":{\"MONDAY\":[{\"from\":"
            + "\"09:00\",\"to\":\"12:00\"}]},\"exceptions\":[],\"minimumNoticeMinutes\":60,\"horizonDays\":30,"
            + "\"granularityMinutes\":30}";

    private static final String INTERVIEW = "{\"start\":\"2099-05-01T10:00\",\"timeZone\":\"Asia/Seoul\","
            + "\"format\":\"VIDEO\"}";

    private static final String SESSION_PLAN = "{\"start\":\"2099-05-01T10:00\",\"end\":\"2099-05-01T11:00\","
            + "\"timeZone\":\"Asia/Seoul\",\"mode\":\"ONLINE\"}";

    /** A consultant's call with If-Match: * (so that a missing precondition cannot hide the answer to the id). */
    private Attack staff(String method, String path, String body) {
        return new Attack(consultantToken, method, path, body,
                method.equals("GET") ? Map.of() : Map.of("If-Match", "*"));
    }

    private long otherGuide() {
        return jdbc.queryForObject("select id from role_guide where slug = 'account-manager'", Long.class);
    }

    @Test
    void everyEndpointWithAnIdHasASampleCall() {
        Set<String> found = idTakingEndpoints();
        Set<String> covered = new TreeSet<>(samples().keySet());
        covered.addAll(EXCLUDED.keySet());

        assertThat(found).as("endpoints found in the handler mappings").isNotEmpty();
        assertThat(covered)
                .as("Every id-taking endpoint needs a sample attack in samples() (or a justified entry in EXCLUDED)")
                .containsAll(found);
        assertThat(found).as("samples for endpoints that no longer exist").containsAll(covered);
    }

    @Test
    void anotherUsersIdsAreNotFoundAndChangeNothing() {
        Map<String, String> before = fingerprint();
        List<String> failures = new ArrayList<>();
        samples().forEach((endpoint, sample) -> {
            Attack attack = sample.apply(theirs);
            ApiClient.Request request = api.request(attack.method(), attack.path()).bearer(attack.token());
            if (attack.body() != null) {
                request.json(attack.body());
            }
            attack.headers().forEach(request::header);
            ApiClient.Response response = request.send();
            if (response.status() != 404) {
                failures.add(endpoint + " answered " + response);
            } else if (!String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                failures.add(endpoint + " answered 404 without a problem document: " + response);
            }
        });
        assertThat(failures).isEmpty();
        assertThat(fingerprint()).as("rows after the attacks").isEqualTo(before);
    }

    @Test
    void theSameCallsWithOwnIdsDoWork() {
        // Proves the samples are real calls: with the attacker's own ids they succeed.
        samples().forEach((endpoint, sample) -> {
            if (endpoint.contains("/invitation") || endpoint.contains("/assignments")) {
                return; // change data; their happy paths have their own tests
            }
            if (NOT_REPEATED_WITH_OWN_IDS.contains(endpoint)) {
                return;
            }
            if (endpoint.endsWith("/export") || endpoint.endsWith("/personal-data")) {
                return; // administrators only: a consultant gets 403 for their own candidates (DataRightsApiIT)
            }
            Attack attack = sample.apply(mine);
            ApiClient.Request request = api.request(attack.method(), attack.path()).bearer(attack.token());
            if (attack.body() != null) {
                request.json(attack.body());
            }
            attack.headers().forEach(request::header);
            ApiClient.Response response = request.send();
            assertThat(response.status()).as(endpoint + " " + response).isBetween(200, 299);
        });
    }

    private Set<String> idTakingEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            if (!entry.getValue().getBeanType().getPackageName().startsWith("com.careerbridge.crm.api")) {
                continue; // springdoc's documentation endpoints: public, about no one's data
            }
            RequestMappingInfo info = entry.getKey();
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/v1/") && pattern.contains("{")) {
                    for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                        endpoints.add(method.name() + " " + pattern);
                    }
                }
            }
        }
        return endpoints;
    }

    private Map<String, String> fingerprint() {
        Map<String, String> fingerprint = new LinkedHashMap<>();
        for (String table : GUARDED_TABLES) {
            fingerprint.put(table, jdbc.queryForObject("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' "
                    + "order by t::text)), '') from " + table + " t", String.class));
        }
        return fingerprint;
    }
}
