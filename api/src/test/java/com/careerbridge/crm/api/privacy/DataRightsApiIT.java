package com.careerbridge.crm.api.privacy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.testsupport.Fixtures;
import com.careerbridge.testsupport.PrivacyWorld;
import com.careerbridge.testsupport.PrivacyWorld.Person;
import com.careerbridge.testsupport.api.ApiClient;
import com.careerbridge.testsupport.api.ApiIntegrationTest;
import com.careerbridge.testsupport.api.ApiWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Export and erasure over HTTP: the right ZIP for the right person, problem documents for everyone else. */
@ApiIntegrationTest
class DataRightsApiIT {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired PrivacyWorld world;
    @Autowired JdbcTemplate jdbc;

    ApiClient api;
    UserAccount admin;
    UserAccount consultant;
    Person person;
    Person other;

    @BeforeEach
    void world() {
        api = new ApiClient(port);
        admin = fixtures.admin();
        consultant = fixtures.consultant("API privacy consultant");
        person = world.person(consultant, 0);
        other = world.person(consultant, 1);
    }

    @Test
    void aCandidateDownloadsTheirOwnDataWithoutStaffNotes() throws Exception {
        String token = ApiWorld.signIn(api, person.email());

        HttpResponse<byte[]> response = download("/api/v1/me/export", token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment").contains("candidate-" + person.id() + "-data.zip");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        String all = String.join("\n", unzip(response.body()).values());
        assertThat(all).contains(person.name(), person.sharedSummary())
                .doesNotContain(person.staffNote()).doesNotContain(person.privateNote()).doesNotContain(other.name());

        // another candidate's id through the staff path: the API chain refuses candidates on staff routes before any
        // lookup, so the answer is the same whether the id exists or not
        ApiClient.Response probing = api.get("/api/v1/candidates/" + other.id() + "/export", token);
        assertThat(probing.status()).isEqualTo(403);
        assertThat(probing.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anAdministratorDownloadsEverythingAConsultantIsRefused() throws Exception {
        String adminToken = ApiWorld.signIn(api, admin.getEmail().value());
        HttpResponse<byte[]> response = download("/api/v1/candidates/" + person.id() + "/export", adminToken);
        assertThat(response.statusCode()).isEqualTo(200);
        String all = String.join("\n", unzip(response.body()).values());
        assertThat(all).contains(person.staffNote(), person.privateNote()).doesNotContain(other.name());

        String consultantToken = ApiWorld.signIn(api, consultant.getEmail().value());
        ApiClient.Response refused = api.get("/api/v1/candidates/" + person.id() + "/export", consultantToken);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/me/export", consultantToken).status()).isEqualTo(403);
    }

    @Test
    void onlyAnAdministratorErasesAndTheCandidateIsGoneAfterwards() {
        String consultantToken = ApiWorld.signIn(api, consultant.getEmail().value());
        ApiClient.Response refused = api.request("DELETE", "/api/v1/candidates/" + person.id() + "/personal-data")
                .bearer(consultantToken).send();
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(jdbc.queryForObject("select full_name from candidate where id = ?", String.class, person.id()))
                .isEqualTo(person.name());
        String candidateToken = ApiWorld.signIn(api, person.email());

        String adminToken = ApiWorld.signIn(api, admin.getEmail().value());
        assertThat(api.request("DELETE", "/api/v1/candidates/" + person.id() + "/personal-data").bearer(adminToken)
                .send().status()).isEqualTo(204);
        assertThat(api.request("DELETE", "/api/v1/candidates/" + person.id() + "/personal-data").bearer(adminToken)
                .send().status()).as("idempotent").isEqualTo(204);

        assertThat(jdbc.queryForObject("select full_name from candidate where id = ?", String.class, person.id()))
                .isEqualTo("Erased candidate #" + person.id());
        assertThat(api.get("/api/v1/candidates/" + person.id(), consultantToken).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/me/export", candidateToken).status()).as("the candidate's token is revoked")
                .isEqualTo(401);
        ApiClient.Response list = api.get("/api/v1/candidates?updatedSince="
                + java.time.Instant.now().minusSeconds(120), consultantToken);
        assertThat(list.json().get("deletedIds").toString()).contains(String.valueOf(person.id()));
    }

    private HttpResponse<byte[]> download(String path, String token) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files).containsKey("candidate.json");
        return files;
    }
}
