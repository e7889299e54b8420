package com.careerbridge.crm.api;

import java.time.LocalDateTime;
import java.util.List;

import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.testsupport.BulkGuides;
import com.careerbridge.testsupport.Fixtures;
import com.careerbridge.testsupport.api.ApiClient;
import com.careerbridge.testsupport.api.ApiIntegrationTest;
import com.careerbridge.testsupport.api.ApiWorld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /me/guides} and {@code /me/sessions} cost the same number of SQL statements for a candidate with 5 or with
 * 300 guides and sessions: no statement per row. So do the consultant's reads of that candidate's sessions, profile and
 * timeline, and the guide catalogue (300 more guides). Statements are counted at the JDBC connection, every one of the
 * request (the token check, Hibernate's and plain JDBC reads), by {@link RequestCostIT}'s recorder — whose application
 * context this test shares.
 */
@ApiIntegrationTest
@Import(RequestCostIT.Recording.class)
class StatementCountApiIT {

    @LocalServerPort
    int port;

    @Autowired Fixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired RequestCostIT.CostRecorder recorder;

    @Test
    void myGuidesAndMySessionsAreConstantInTheDataSize() {
        ApiClient api = new ApiClient(port);
        long[] small = measure(api, 5);
        long[] large = measure(api, 300);

        assertThat(large).as("statements for guides, sessions at 300 rows vs 5").containsExactly(small);
        // The token check, then one statement that finds the candidate by their login and reads the list (#19).
        assertThat(small[0]).as("statements for /me/guides").isEqualTo(2);
        assertThat(small[1]).as("statements for /me/sessions").isEqualTo(2);
        assertThat(small[2 + STAFF_READS.size()]).as("statements for /me/applications").isLessThanOrEqualTo(3);
        // The consultant's reads (#18): with the token check, at most four statements each.
        for (int i = 0; i < STAFF_READS.size(); i++) {
            assertThat(small[2 + i]).as("statements for " + STAFF_READS.get(i)).isLessThanOrEqualTo(4);
        }
    }

    /** The consultant's GETs measured, {id} being the candidate's. */
    private static final java.util.List<String> STAFF_READS = java.util.List.of("/api/v1/candidates/{id}/sessions",
            "/api/v1/candidates/{id}/profile", "/api/v1/candidates/{id}/timeline", "/api/v1/guides",
            "/api/v1/candidates/{id}/applications");

    private long[] measure(ApiClient api, int size) {
        UserAccount consultant = fixtures.consultant("Counted " + size);
        Candidate candidate = fixtures.candidateWithLogin(consultant, "Counted " + size);
        String prefix = Fixtures.unique("count");
        BulkGuides.publishAndAssign(jdbc, candidate.getId(), prefix, size, List.of("DONE", "VERIFIED"));
        LocalDateTime start = LocalDateTime.of(2030, 1, 1, 9, 0);
        jdbc.update("""
                insert into coaching_session (candidate_id, consultant_id, starts_at, ends_at, time_zone, mode, status,
                                              created_at, updated_at)
                select ?, ?, ?::timestamp + n * interval '1 day', ?::timestamp + n * interval '1 day' + interval '1 hour',
                       'Asia/Seoul', 'ONLINE', 'SCHEDULED', now(), now()
                from generate_series(1, ?) n""", candidate.getId(), consultant.getId(), start, start, size);
        jdbc.update("""
                insert into session_action_item (session_id, position, description)
                select s.id, 0, 'Do something' from coaching_session s where s.candidate_id = ?""", candidate.getId());

        String token = ApiWorld.signIn(api, candidate.getEmail().value());
        Counted countedGuides = counted(api, "/api/v1/me/guides", token);
        ApiClient.Response guides = countedGuides.response();
        long guideStatements = countedGuides.statements();
        assertThat(guides.status()).as(guides.toString()).isEqualTo(200);
        assertThat(guides.json().get("items").size()).isEqualTo(size);
        var guide = guides.json().get("items").get(0);
        assertThat(guide.get("versionNumber").asInt()).isEqualTo(1);
        assertThat(guide.get("newerVersionAvailable").asBoolean()).isFalse();
        assertThat(guide.get("progress").get("total").asInt()).isEqualTo(2);
        assertThat(guide.get("progress").get("done").asInt()).isEqualTo(1);
        assertThat(guide.get("progress").get("verified").asInt()).isEqualTo(1);

        Counted countedSessions = counted(api, "/api/v1/me/sessions", token);
        ApiClient.Response sessions = countedSessions.response();
        long sessionStatements = countedSessions.statements();
        assertThat(sessions.status()).as(sessions.toString()).isEqualTo(200);
        assertThat(sessions.json().get("items").size()).isEqualTo(size);
        assertThat(sessions.json().get("items").get(0).get("actionItems").size()).isEqualTo(1);
        // job applications with two stages each, for a target role of the candidate
        long guideId = jdbc.queryForObject("select id from role_guide where slug = 'sales'", Long.class);
        long roleId = jdbc.queryForObject("""
                insert into target_role (candidate_id, guide_id, priority, status, readiness, created_at, updated_at)
                values (?, ?, 1, 'APPLYING', 50, now(), now()) returning id""", Long.class, candidate.getId(), guideId);
        jdbc.update("""
                insert into job_application (candidate_id, target_role_id, guide_id, company, position_title, source,
                                             stage, stage_changed_at, created_at, updated_at)
                select ?, ?, ?, 'Company ' || n, 'Account Manager', 'JOB_BOARD', 'SCREENING', now(), now(), now()
                from generate_series(1, ?) n""", candidate.getId(), roleId, guideId, size);
        jdbc.update("""
                insert into job_application_stage (application_id, stage, moved_at, readiness)
                select a.id, x.stage, now(), 50 from job_application a
                cross join (values ('APPLIED'), ('SCREENING')) x (stage) where a.candidate_id = ?""", candidate.getId());
        Counted countedApplications = counted(api, "/api/v1/me/applications", token);
        ApiClient.Response applications = countedApplications.response();
        long applicationStatements = countedApplications.statements();
        assertThat(applications.status()).as(applications.toString()).isEqualTo(200);
        assertThat(applications.json().get("items").size()).isEqualTo(size);
        assertThat(applications.json().get("items").get(0).get("history").size()).isEqualTo(2);

        long[] counts = new long[3 + STAFF_READS.size()];
        counts[2 + STAFF_READS.size()] = applicationStatements;
        counts[0] = guideStatements;
        counts[1] = sessionStatements;
        String staffToken = ApiWorld.signIn(api, consultant.getEmail().value());
        for (int i = 0; i < STAFF_READS.size(); i++) {
            String path = STAFF_READS.get(i).replace("{id}", Long.toString(candidate.getId()));
            Counted read = counted(api, path, staffToken);
            counts[2 + i] = read.statements();
            assertThat(read.response().status()).as(read.response().toString()).isEqualTo(200);
        }
        return counts;
    }

    private record Counted(ApiClient.Response response, long statements) {
    }

    private Counted counted(ApiClient api, String path, String token) {
        String probe = path + " " + System.nanoTime();
        recorder.start(probe);
        ApiClient.Response response = api.request("GET", path).header(RequestCostIT.CostRecorder.PROBE, probe)
                .bearer(token).send();
        return new Counted(response, recorder.result(probe, 1)[0]);
    }
}
