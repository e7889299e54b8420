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

import static org.assertj.core.api.Assertions.assertThat;

/** ETag on reads (304 for If-None-Match), If-Match on updates (428 without, 412 when stale). */
@ApiIntegrationTest
class ConditionalRequestsIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private String signIn(String email) {
        accounts.create(new EmailAddress(email), "Seo-yeon", Role.CANDIDATE, Locale.ENGLISH, "correct horse battery");
        return api.postJson("/api/v1/auth/token", "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}")
                .json().get("accessToken").asString();
    }

    private ApiClient.Response patchLanguage(String token, String ifMatch, String language) {
        ApiClient.Request request = api.request("PATCH", "/api/v1/me/preferences").bearer(token)
                .json("{\"language\":\"" + language + "\"}");
        return (ifMatch == null ? request : request.header("If-Match", ifMatch)).send();
    }

    @Test
    void readsCarryAnETagAndAMatchingIfNoneMatchGets304() {
        String token = signIn("etag@example.com");
        ApiClient.Response first = api.get("/api/v1/me", token);
        String etag = first.header("ETag");
        assertThat(etag).matches("\"\\d+-\\d+\"");

        ApiClient.Response again = api.request("GET", "/api/v1/me").bearer(token).header("If-None-Match", etag).send();
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        ApiClient.Response other = api.request("GET", "/api/v1/me").bearer(token)
                .header("If-None-Match", "\"1-999\"").send();
        assertThat(other.status()).isEqualTo(200);
    }

    @Test
    void anUpdateWithTheCurrentETagSucceedsAndChangesTheETag() {
        String token = signIn("update@example.com");
        String etag = api.get("/api/v1/me", token).header("ETag");

        ApiClient.Response updated = patchLanguage(token, etag, "ko");
        assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
        assertThat(updated.json().get("locale").asString()).isEqualTo("ko");
        assertThat(updated.header("ETag")).isNotEqualTo(etag);
        assertThat(api.get("/api/v1/me", token).header("ETag")).isEqualTo(updated.header("ETag"));
    }

    @Test
    void aStaleETagIs412AndNothingChanges() {
        String token = signIn("stale@example.com");
        String etag = api.get("/api/v1/me", token).header("ETag");
        assertThat(patchLanguage(token, etag, "ko").status()).isEqualTo(200);

        ApiClient.Response stale = patchLanguage(token, etag, "en");
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.json().get("type").asString())
                .isEqualTo("https://careerbridge.example/problems/precondition-failed");
        assertThat(api.get("/api/v1/me", token).json().get("locale").asString()).isEqualTo("ko");
    }

    @Test
    void anETagOfAnotherResourceOrAWeakOneIs412() {
        String token = signIn("foreign@example.com");
        assertThat(patchLanguage(token, "\"999999-0\"", "ko").status()).isEqualTo(412);
        String etag = api.get("/api/v1/me", token).header("ETag");
        assertThat(patchLanguage(token, "W/" + etag, "ko").status()).isEqualTo(412);
    }

    @Test
    void anUpdateWithoutIfMatchIs428() {
        String token = signIn("no-if-match@example.com");
        ApiClient.Response response = patchLanguage(token, null, "ko");
        assertThat(response.status()).as(response.toString()).isEqualTo(428);
        assertThat(response.json().get("type").asString())
                .isEqualTo("https://careerbridge.example/problems/precondition-required");
    }

    @Test
    void anUnsupportedLanguageIsAFieldError() {
        String token = signIn("language@example.com");
        String etag = api.get("/api/v1/me", token).header("ETag");
        ApiClient.Response response = patchLanguage(token, etag, "fr");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("language");
        assertThat(response.json().get("errors").get(0).get("reason").asString()).isEqualTo("unsupported");
    }

    @Test
    void ifMatchStarUpdatesWhateverVersionIsCurrent() {
        String token = signIn("star@example.com");
        assertThat(patchLanguage(token, "*", "ko").status()).isEqualTo(200);
    }

    @Test
    void aConcurrentChangeBetweenReadAndWriteIsCaught() {
        String token = signIn("concurrent@example.com");
        String etag = api.get("/api/v1/me", token).header("ETag");
        UserAccount account = accounts.findByEmail(new EmailAddress("concurrent@example.com")).orElseThrow();
        accounts.changeLanguage(account.getId(), "ko", null);

        assertThat(patchLanguage(token, etag, "en").status()).isEqualTo(412);
    }
}
