package com.careerbridge.crm.api.unsubscribe;

import java.net.http.HttpRequest;
import java.time.DayOfWeek;
import java.time.LocalTime;

import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.notification.UnsubscribeTokens;
import com.careerbridge.testsupport.Fixtures;
import com.careerbridge.testsupport.api.ApiClient;
import com.careerbridge.testsupport.api.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@ApiIntegrationTest
class UnsubscribeApiIT {

    @LocalServerPort
    int port;

    @Autowired Fixtures fixtures;
    @Autowired CandidateService candidates;
    @Autowired UnsubscribeTokens tokens;

    private Candidate consenting(UserAccount consultant, String name) {
        Candidate candidate = fixtures.candidate(consultant, name);
        return fixtures.as(consultant, () -> candidates.changeEmailPreferences(candidate.getId(),
                candidates.get(candidate.getId()).getVersion(), true, DayOfWeek.MONDAY, LocalTime.of(9, 0)));
    }

    private ApiClient.Response oneClick(String token) {
        return new ApiClient(port).request("POST", "/api/v1/unsubscribe?token=" + token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .body(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                .send();
    }

    private boolean consents(UserAccount consultant, Candidate candidate) {
        return fixtures.as(consultant, () -> candidates.get(candidate.getId())).isProgressEmailsEnabled();
    }

    @Test
    void one_click_without_sign_in_turns_progress_mail_off_for_that_candidate_only_and_may_be_repeated() {
        UserAccount consultant = fixtures.consultant("Coach");
        Candidate leaving = consenting(consultant, "Leaving");
        Candidate staying = consenting(consultant, "Staying");

        ApiClient.Response first = oneClick(tokens.issue(leaving.getId()));
        ApiClient.Response again = oneClick(tokens.issue(leaving.getId()));

        assertThat(first.status()).as(first.toString()).isEqualTo(204);
        assertThat(again.status()).as(again.toString()).isEqualTo(204);
        assertThat(consents(consultant, leaving)).isFalse();
        assertThat(consents(consultant, staying)).isTrue();
    }

    @Test
    void a_forged_or_altered_token_is_a_404_problem_and_changes_nothing() {
        UserAccount consultant = fixtures.consultant("Coach");
        Candidate candidate = consenting(consultant, "Target");
        String genuine = tokens.issue(candidate.getId());
        String altered = genuine.substring(0, genuine.length() - 2) + (genuine.endsWith("AA") ? "BB" : "AA");

        ApiClient.Response forged = oneClick(altered);
        ApiClient.Response garbage = oneClick("not-a-token");

        for (ApiClient.Response response : new ApiClient.Response[] {forged, garbage}) {
            assertThat(response.status()).as(response.toString()).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("type").asString()).isEqualTo("https://careerbridge.example/problems/not-found");
        }
        assertThat(consents(consultant, candidate)).isTrue();
    }

    @Test
    void a_get_never_unsubscribes() {
        UserAccount consultant = fixtures.consultant("Coach");
        Candidate candidate = consenting(consultant, "Scanned");

        ApiClient.Response scanned = new ApiClient(port).get("/api/v1/unsubscribe?token=" + tokens.issue(candidate.getId()), null);

        assertThat(scanned.status()).as(scanned.toString()).isIn(401, 405);
        assertThat(consents(consultant, candidate)).isTrue();
    }
}
