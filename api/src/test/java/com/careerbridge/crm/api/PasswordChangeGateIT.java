package com.careerbridge.crm.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.testsupport.api.ApiClient;
import com.careerbridge.testsupport.api.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A one-time password (the first administrator's at the first start, an account created for someone) gives an API
 * token that can only read /me, change the password and sign out — the rule the web UI applies.
 */
@ApiIntegrationTest
class PasswordChangeGateIT {

    private static final String ONE_TIME = "one-time password 4821";
    private static final String OWN = "a passphrase of my own";

    @LocalServerPort int port;
    @Autowired AccountService accounts;

    @Test
    void a_one_time_password_opens_only_the_password_change() {
        ApiClient api = new ApiClient(port);
        String run = Long.toString(System.nanoTime(), 36);
        UserAccount admin = accounts.createWithTemporaryPassword(new EmailAddress("first.admin." + run + "@example.com"),
                "First Admin", Role.ADMIN, Locale.ENGLISH, ONE_TIME);
        String token = signIn(api, admin, ONE_TIME);

        ApiClient.Response candidates = api.get("/api/v1/candidates", token);
        assertThat(candidates.status()).isEqualTo(403);
        assertThat(candidates.json().get("type").asString()).endsWith("/password-change-required");
        assertThat(candidates.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/sessions?from=2026-01-01T00:00:00Z&to=2026-01-08T00:00:00Z", token).status())
                .isEqualTo(403);
        ApiClient.Response me = api.get("/api/v1/me", token);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("mustChangePassword").asBoolean()).isTrue();

        ApiClient.Response changed = api.request("PUT", "/api/v1/me/password").bearer(token)
                .json("{\"currentPassword\":\"" + ONE_TIME + "\",\"newPassword\":\"" + OWN + "\"}").send();
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        String fresh = changed.json().get("accessToken").asString();

        assertThat(api.get("/api/v1/candidates", fresh).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/me", fresh).json().get("mustChangePassword").asBoolean()).isFalse();
    }

    private static String signIn(ApiClient api, UserAccount account, String password) {
        ApiClient.Response response = api.postJson("/api/v1/auth/token",
                "{\"email\":\"" + account.getEmail().value() + "\",\"password\":\"" + password + "\"}");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("accessToken").asString();
    }
}
