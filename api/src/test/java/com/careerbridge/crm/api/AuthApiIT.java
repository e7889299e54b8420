package com.careerbridge.crm.api;

import java.time.Duration;
import java.util.Locale;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.testsupport.MutableClock;
import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.testsupport.api.ApiClient;
import com.careerbridge.testsupport.api.ApiIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@ApiIntegrationTest
class AuthApiIT {

    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    MutableClock clock;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private UserAccount account(String email) {
        return accounts.create(new EmailAddress(email), "Jiwoo Han", Role.CANDIDATE, Locale.KOREAN, PASSWORD);
    }

    private JsonNode signIn(String email) {
        ApiClient.Response response = api.postJson("/api/v1/auth/token",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static String access(JsonNode tokens) {
        return tokens.get("accessToken").asString();
    }

    private static String refresh(JsonNode tokens) {
        return tokens.get("refreshToken").asString();
    }

    private void assertUnauthorized(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("https://careerbridge.example/problems/unauthorized");
    }

    @Test
    void signInGivesAShortLivedBearerTokenThatOpensMe() {
        UserAccount account = account("me@example.com");
        JsonNode tokens = signIn("ME@example.com");

        assertThat(tokens.get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(tokens.get("expiresIn").asLong()).isEqualTo(900);
        assertThat(access(tokens)).startsWith("cba_").hasSizeGreaterThan(40);
        assertThat(refresh(tokens)).startsWith("cbr_");

        ApiClient.Response me = api.get("/api/v1/me", access(tokens));
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().get("id").asLong()).isEqualTo(account.getId());
        assertThat(me.json().get("email").asString()).isEqualTo("me@example.com");
        assertThat(me.json().get("displayName").asString()).isEqualTo("Jiwoo Han");
        assertThat(me.json().get("role").asString()).isEqualTo("CANDIDATE");
        assertThat(me.json().get("locale").asString()).isEqualTo("ko");
        assertThat(me.header("Cache-Control")).isEqualTo("no-store");
        assertThat(me.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(me.header("Set-Cookie")).isNull();
    }

    @Test
    void withoutOrWithAGarbageTokenTheAnswerIs401Problem() {
        ApiClient.Response anonymous = api.get("/api/v1/me", null);
        assertUnauthorized(anonymous);
        assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Bearer");

        ApiClient.Response garbage = api.get("/api/v1/me", "cba_not-a-token");
        assertUnauthorized(garbage);
        assertThat(garbage.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
    }

    @Test
    void theAccessTokenExpiresAfterFifteenMinutes() {
        account("expiry@example.com");
        JsonNode tokens = signIn("expiry@example.com");
        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(api.get("/api/v1/me", access(tokens)).status()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(1));
        assertUnauthorized(api.get("/api/v1/me", access(tokens)));
    }

    @Test
    void refreshRotatesAndReplayingAUsedRefreshTokenRevokesTheFamily() {
        account("rotate@example.com");
        JsonNode first = signIn("rotate@example.com");
        ApiClient.Response rotated = api.postJson("/api/v1/auth/refresh", "{\"refreshToken\":\"" + refresh(first) + "\"}");
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        JsonNode second = rotated.json();
        assertThat(refresh(second)).isNotEqualTo(refresh(first));
        assertThat(api.get("/api/v1/me", access(second)).status()).isEqualTo(200);

        // The same client at once (two of its requests raced after a 401): told so, the sign-in stays.
        ApiClient.Response race = api.postJson("/api/v1/auth/refresh", "{\"refreshToken\":\"" + refresh(first) + "\"}");
        assertThat(race.status()).as(race.toString()).isEqualTo(409);
        assertThat(race.json().get("type").asString())
                .isEqualTo("https://careerbridge.example/problems/refresh-token-just-used");
        assertThat(api.get("/api/v1/me", access(second)).status()).isEqualTo(200);

        // Later, the used token can only be a stolen copy: the whole sign-in ends.
        clock.advance(Duration.ofSeconds(31));
        ApiClient.Response replay = api.postJson("/api/v1/auth/refresh", "{\"refreshToken\":\"" + refresh(first) + "\"}");
        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.json().get("type").asString())
                .isEqualTo("https://careerbridge.example/problems/invalid-credentials");

        assertUnauthorized(api.get("/api/v1/me", access(second)));
        assertThat(api.postJson("/api/v1/auth/refresh", "{\"refreshToken\":\"" + refresh(second) + "\"}").status())
                .isEqualTo(401);
    }

    @Test
    void logoutRevokesAtOnce() {
        account("logout@example.com");
        JsonNode tokens = signIn("logout@example.com");
        ApiClient.Response logout = api.request("POST", "/api/v1/auth/logout").bearer(access(tokens)).send();
        assertThat(logout.status()).as(logout.toString()).isEqualTo(204);

        assertUnauthorized(api.get("/api/v1/me", access(tokens)));
        assertThat(api.postJson("/api/v1/auth/refresh", "{\"refreshToken\":\"" + refresh(tokens) + "\"}").status())
                .isEqualTo(401);
    }

    @Test
    void logoutWithOnlyTheRefreshTokenWorksAfterTheAccessTokenExpired() {
        account("late-logout@example.com");
        JsonNode tokens = signIn("late-logout@example.com");
        clock.advance(Duration.ofMinutes(20));
        ApiClient.Response logout = api.postJson("/api/v1/auth/logout", "{\"refreshToken\":\"" + refresh(tokens) + "\"}");
        assertThat(logout.status()).isEqualTo(204);
        assertThat(api.postJson("/api/v1/auth/refresh", "{\"refreshToken\":\"" + refresh(tokens) + "\"}").status())
                .isEqualTo(401);
    }

    @Test
    void deactivationAndPasswordChangeRevokeOnTheNextRequest() {
        UserAccount leaving = account("leaving@example.com");
        JsonNode leavingTokens = signIn("leaving@example.com");
        accounts.deactivate(leaving.getId());
        assertUnauthorized(api.get("/api/v1/me", access(leavingTokens)));

        UserAccount changing = account("changing@example.com");
        JsonNode changingTokens = signIn("changing@example.com");
        accounts.changePassword(changing.getId(), PASSWORD, "a completely different one");
        assertUnauthorized(api.get("/api/v1/me", access(changingTokens)));
        assertThat(api.postJson("/api/v1/auth/refresh", "{\"refreshToken\":\"" + refresh(changingTokens) + "\"}")
                .status()).isEqualTo(401);
    }

    @Test
    void anUnknownEmailGetsExactlyTheAnswerOfAWrongPassword() {
        account("exists@example.com");
        ApiClient.Response wrongPassword = api.postJson("/api/v1/auth/token",
                "{\"email\":\"exists@example.com\",\"password\":\"not the password\"}");
        ApiClient.Response unknownEmail = api.postJson("/api/v1/auth/token",
                "{\"email\":\"missing@example.com\",\"password\":\"not the password\"}");

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownEmail.status()).isEqualTo(401);
        assertThat(unknownEmail.body()).isEqualTo(wrongPassword.body());
        assertThat(unknownEmail.json().get("type").asString())
                .isEqualTo("https://careerbridge.example/problems/invalid-credentials");
    }

    @Test
    void repeatedFailuresAreAnswered429WithRetryAfterForKnownAndUnknownEmails() {
        account("victim@example.com");
        for (String email : new String[] {"victim@example.com", "nobody-here@example.com"}) {
            String wrong = "{\"email\":\"" + email + "\",\"password\":\"not the password\"}";
            for (int i = 0; i < 4; i++) {
                assertThat(api.postJson("/api/v1/auth/token", wrong).status()).isEqualTo(401);
            }
            ApiClient.Response throttled = api.request("POST", "/api/v1/auth/token").json(wrong)
                    .header("Accept-Language", "ko").send();
            assertThat(throttled.status()).as(throttled.toString()).isEqualTo(429);
            assertThat(throttled.header("Retry-After")).isEqualTo("1");
            assertThat(throttled.contentType()).startsWith("application/problem+json");
            assertThat(throttled.json().get("type").asString())
                    .isEqualTo("https://careerbridge.example/problems/too-many-attempts");
            assertThat(throttled.json().get("detail").asString()).contains("1초");
        }
        // the right password must wait too, and works once the delay has passed
        String right = "{\"email\":\"victim@example.com\",\"password\":\"" + PASSWORD + "\"}";
        assertThat(api.postJson("/api/v1/auth/token", right).status()).isEqualTo(429);
        clock.advance(Duration.ofSeconds(1));
        assertThat(api.postJson("/api/v1/auth/token", right).status()).isEqualTo(200);
    }
}
