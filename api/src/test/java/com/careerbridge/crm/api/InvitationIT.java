package com.careerbridge.crm.api;

import java.time.Duration;

import com.careerbridge.testsupport.MutableClock;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.testsupport.Fixtures;
import com.careerbridge.testsupport.api.ApiClient;
import com.careerbridge.testsupport.api.ApiIntegrationTest;
import com.careerbridge.testsupport.api.ApiWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Inviting a candidate (login + single-use link + e-mail in the outbox) and accepting the invitation. */
@ApiIntegrationTest
class InvitationIT {

    static final String NEW_PASSWORD = "a brand new passphrase";

    @LocalServerPort
    int port;

    @Autowired Fixtures fixtures;
    @Autowired CandidateService candidates;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    ApiClient api;
    UserAccount consultant;
    Candidate candidate;
    String staffToken;

    @BeforeEach
    void world() {
        api = new ApiClient(port);
        consultant = fixtures.consultant("Inviting consultant");
        candidate = fixtures.candidate(consultant, "Invited candidate");
        staffToken = ApiWorld.signIn(api, consultant.getEmail().value());
    }

    private ApiClient.Response invite() {
        return api.request("POST", "/api/v1/candidates/" + candidate.getId() + "/invitation").bearer(staffToken).send();
    }

    /** The token as mailed: read back from the planned e-mail's link. */
    private String mailedToken() {
        String link = jdbc.queryForObject("""
                select model ->> 'setPasswordLink' from mail_outbox
                where template = 'invitation' and message_key like 'invitation:%' order by id desc limit 1""",
                String.class);
        assertThat(link).contains("/set-password?token=");
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    private ApiClient.Response accept(String token, String password) {
        return api.postJson("/api/v1/auth/invitation/accept",
                "{\"token\":\"" + token + "\",\"password\":\"" + password + "\"}");
    }

    @Test
    void invitingCreatesTheLoginAndPlansTheMailAndTheTokenWorksOnce() {
        ApiClient.Response invited = invite();
        assertThat(invited.status()).as(invited.toString()).isEqualTo(202);
        assertThat(invited.json().get("loginCreated").asBoolean()).isTrue();
        Candidate withLogin = fixtures.as(consultant, () -> candidates.get(candidate.getId()));
        assertThat(withLogin.getUserId()).isNotNull();
        String token = mailedToken();
        assertThat(jdbc.queryForObject("select count(*) from invitation where encode(token_hash, 'escape') like ?",
                Long.class, "%" + token + "%")).as("only a hash is stored").isZero();

        ApiClient.Response tooShort = accept(token, "short");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().get("errors").get(0).get("reason").asString()).isEqualTo("password-too-short");

        ApiClient.Response accepted = accept(token, NEW_PASSWORD);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        String access = accepted.json().get("accessToken").asString();
        assertThat(api.get("/api/v1/me", access).json().get("mustChangePassword").asBoolean()).isFalse();
        assertThat(api.postJson("/api/v1/auth/token", "{\"email\":\"" + candidate.getEmail().value()
                + "\",\"password\":\"" + NEW_PASSWORD + "\"}").status()).isEqualTo(200);

        ApiClient.Response reused = accept(token, "yet another passphrase");
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.contentType()).startsWith("application/problem+json");
        assertThat(reused.json().get("type").asString()).isEqualTo("https://careerbridge.example/problems/invitation-invalid");
        assertThat(reused.json().get("reason").asString()).isEqualTo("used");
    }

    @Test
    void anExpiredInvitationCannotBeUsed() {
        assertThat(invite().status()).isEqualTo(202);
        String token = mailedToken();
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        ApiClient.Response expired = accept(token, NEW_PASSWORD);
        assertThat(expired.status()).isEqualTo(400);
        assertThat(expired.json().get("reason").asString()).isEqualTo("expired");
    }

    @Test
    void aNewInvitationReplacesTheOldLinkAndKeepsTheLogin() {
        assertThat(invite().status()).isEqualTo(202);
        String first = mailedToken();
        ApiClient.Response second = invite();
        assertThat(second.json().get("loginCreated").asBoolean()).isFalse();
        String latest = mailedToken();
        assertThat(latest).isNotEqualTo(first);
        assertThat(accept(first, NEW_PASSWORD).json().get("reason").asString()).isEqualTo("unknown");
        assertThat(accept(latest, NEW_PASSWORD).status()).isEqualTo(200);
        assertThat(accept("cbi_made-up", NEW_PASSWORD).status()).isEqualTo(400);
    }

    @Test
    void onlyStaffInvite() {
        Candidate other = fixtures.candidateWithLogin(consultant, "Already has a login");
        String candidateToken = ApiWorld.signIn(api, other.getEmail().value());
        ApiClient.Response refused = api.request("POST", "/api/v1/candidates/" + other.getId() + "/invitation")
                .bearer(candidateToken).send();
        assertThat(refused.status()).isEqualTo(403);
        assertThat(api.request("POST", "/api/v1/candidates/" + candidate.getId() + "/invitation").send().status())
                .isEqualTo(401);
    }
}
