package com.careerbridge.crm.api;

import java.util.Locale;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.testsupport.api.ApiClient;
import com.careerbridge.testsupport.api.ApiIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changing one's password (PUT /api/v1/me/password) and resetting a forgotten one by e-mail
 * (POST /api/v1/auth/password-reset and /confirm). All requests come from 127.0.0.1, whose budget is 10 reset requests
 * an hour in this shared context: the tests here make 7.
 */
@ApiIntegrationTest
class PasswordsApiIT {

    private static final String PASSWORD = "correct horse battery";
    private static final String NEW_PASSWORD = "a freshly chosen passphrase";

    @LocalServerPort
    int port;

    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;

    ApiClient api;
    String run;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        run = Long.toString(System.nanoTime(), 36);
    }

    private UserAccount account(String name) {
        return accounts.create(new EmailAddress(name + "." + run + "@example.com"), "Seoyeon " + name, Role.CANDIDATE,
                Locale.ENGLISH, PASSWORD);
    }

    private JsonNode signIn(UserAccount account, String password) {
        ApiClient.Response response = api.postJson("/api/v1/auth/token",
                "{\"email\":\"" + account.getEmail().value() + "\",\"password\":\"" + password + "\"}");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private ApiClient.Response change(String accessToken, String current, String fresh) {
        return api.request("PUT", "/api/v1/me/password").bearer(accessToken)
                .json("{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + fresh + "\"}").send();
    }

    private ApiClient.Response requestReset(String email) {
        return api.postJson("/api/v1/auth/password-reset", "{\"email\":\"" + email + "\"}");
    }

    private ApiClient.Response confirm(String token, String password) {
        return api.postJson("/api/v1/auth/password-reset/confirm",
                "{\"token\":\"" + token + "\",\"newPassword\":\"" + password + "\"}");
    }

    private long resetMails(UserAccount account) {
        return jdbc.queryForObject("""
                select count(*) from mail_outbox where template = 'password-reset' and recipient_id = ?""",
                Long.class, account.getId());
    }

    private String mailedToken(UserAccount account) {
        String link = jdbc.queryForObject("""
                select model ->> 'resetLink' from mail_outbox where template = 'password-reset' and recipient_id = ?
                order by id desc limit 1""", String.class, account.getId());
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    private static String reason(ApiClient.Response response) {
        return response.json().get("errors").get(0).get("reason").asString();
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneEndsOtherSignInsAndAnswersANewPair() {
        UserAccount account = account("change");
        String phone = signIn(account, PASSWORD).get("accessToken").asString();
        String tablet = signIn(account, PASSWORD).get("accessToken").asString();

        ApiClient.Response wrong = change(phone, "not my password", NEW_PASSWORD);
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(400);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("currentPassword");
        assertThat(reason(wrong)).isEqualTo("password-wrong");

        ApiClient.Response common = change(phone, PASSWORD, "Password1234");
        assertThat(common.status()).isEqualTo(400);
        assertThat(reason(common)).isEqualTo("password-common");
        assertThat(common.json().get("errors").get(0).get("message").asString()).contains("too common");

        ApiClient.Response personal = change(phone, PASSWORD, account.getEmail().value());
        assertThat(reason(personal)).isEqualTo("password-personal");

        ApiClient.Response changed = change(phone, PASSWORD, NEW_PASSWORD);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        String fresh = changed.json().get("accessToken").asString();
        assertThat(changed.json().get("refreshToken").asString()).startsWith("cbr_");

        assertThat(api.get("/api/v1/me", tablet).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", phone).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/me", fresh).status()).isEqualTo(200);
        signIn(account, NEW_PASSWORD);
        assertThat(change(null, PASSWORD, NEW_PASSWORD).status()).isEqualTo(401);
    }

    @Test
    void aResetRequestAnswersTheSameForKnownAndUnknownAddresses() {
        UserAccount account = account("known");

        ApiClient.Response known = requestReset(account.getEmail().value());
        ApiClient.Response unknown = requestReset("unknown." + run + "@example.com");

        assertThat(known.status()).as(known.toString()).isEqualTo(202);
        assertThat(unknown.status()).isEqualTo(202);
        assertThat(known.body()).isEqualTo(unknown.body()).isEmpty();
        assertThat(resetMails(account)).isOne();
    }

    @Test
    void theMailedTokenSetsTheNewPasswordOnce() {
        UserAccount account = account("confirm");
        String oldSignIn = signIn(account, PASSWORD).get("accessToken").asString();
        assertThat(requestReset(account.getEmail().value()).status()).isEqualTo(202);
        String token = mailedToken(account);

        ApiClient.Response tooShort = confirm(token, "short");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().get("errors").get(0).get("field").asString()).isEqualTo("newPassword");
        assertThat(reason(tooShort)).isEqualTo("password-too-short");

        ApiClient.Response done = confirm(token, NEW_PASSWORD);
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
        signIn(account, NEW_PASSWORD);
        assertThat(api.get("/api/v1/me", oldSignIn).status()).isEqualTo(401);

        ApiClient.Response again = confirm(token, "another long passphrase");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().get("type").asString())
                .isEqualTo("https://careerbridge.example/problems/password-reset-invalid");
        assertThat(again.json().get("reason").asString()).isEqualTo("used");

        ApiClient.Response madeUp = api.request("POST", "/api/v1/auth/password-reset/confirm")
                .header("Accept-Language", "ko").json("{\"token\":\"cbp_made-up\",\"newPassword\":\"" + NEW_PASSWORD + "\"}")
                .send();
        assertThat(madeUp.status()).isEqualTo(400);
        assertThat(madeUp.json().get("reason").asString()).isEqualTo("unknown");
        assertThat(madeUp.json().get("detail").asString()).contains("재설정 링크");
    }

    @Test
    void aMailboxCannotBeBombedWithResetMails() {
        UserAccount account = account("bombed");
        for (int i = 0; i < 3; i++) {
            assertThat(requestReset(account.getEmail().value()).status()).isEqualTo(202);
        }
        ApiClient.Response refused = requestReset(account.getEmail().value());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("3600");
        assertThat(refused.json().get("type").asString()).isEqualTo("https://careerbridge.example/problems/too-many-attempts");
        assertThat(resetMails(account)).isEqualTo(3);
    }
}
