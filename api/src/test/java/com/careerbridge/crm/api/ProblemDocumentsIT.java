package com.careerbridge.crm.api;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.api.http.PageParams;
import com.careerbridge.crm.api.http.PageResponse;
import com.careerbridge.crm.shared.ConflictException;
import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.NotFoundException;
import com.careerbridge.testsupport.api.ApiClient;
import com.careerbridge.testsupport.api.ApiIntegrationTest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Every class of client error is a problem document with a stable type — never HTML, never a 500. */
@ApiIntegrationTest
@Import(ProblemDocumentsIT.ProbeController.class)
class ProblemDocumentsIT {

    private static final String PROBLEMS = "https://careerbridge.example/problems/";

    /** Test-only endpoints that exercise request binding and the domain exception mapping. */
    @RestController
    @RequestMapping(path = "/api/v1/test-probe", produces = MediaType.APPLICATION_JSON_VALUE)
    static class ProbeController {

        enum Colour { RED, GREEN }

        record Item(int quantity) {
        }

        record ProbeBody(@NotBlank String name, Integer count, Colour colour, List<Item> items) {
        }

        @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
        ProbeBody echo(@Valid @RequestBody ProbeBody body) {
            return body;
        }

        @GetMapping("/page")
        PageResponse<String> page(@RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
            PageParams params = PageParams.of(page, size);
            return new PageResponse<>(List.of(), params.page(), params.size(), 0, 0);
        }

        @GetMapping("/required")
        String required(@RequestParam String name) {
            if (name.isBlank()) {
                throw new InvalidValueException("name", "required");
            }
            return name;
        }

        @GetMapping("/fail/{kind}")
        String fail(@PathVariable String kind) {
            throw switch (kind) {
                case "not-found" -> new NotFoundException("candidate");
                case "conflict" -> new ConflictException("conflict.email-taken");
                case "stale" -> ConflictException.stale();
                case "forbidden" -> new ForbiddenException("publish");
                case "invalid" -> new InvalidValueException(List.of(
                        new InvalidValueException.FieldViolation("displayName", "required"),
                        new InvalidValueException.FieldViolation("email", "invalid")));
                default -> new IllegalStateException("a bug with a secret inside");
            };
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    ApiClient api;
    String token;

    @BeforeEach
    void signIn() {
        api = new ApiClient(port);
        if (accounts.findByEmail(new EmailAddress("probe@example.com")).isEmpty()) {
            accounts.create(new EmailAddress("probe@example.com"), "Probe", Role.CONSULTANT, Locale.ENGLISH,
                    "correct horse battery");
        }
        token = api.postJson("/api/v1/auth/token",
                "{\"email\":\"probe@example.com\",\"password\":\"correct horse battery\"}").json()
                .get("accessToken").asString();
    }

    private ApiClient.Response post(String json) {
        return api.request("POST", "/api/v1/test-probe").bearer(token).json(json).send();
    }

    private static JsonNode problem(ApiClient.Response response, int status, String type) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        JsonNode json = response.json();
        assertThat(json.get("type").asString()).isEqualTo(PROBLEMS + type);
        assertThat(json.get("status").asInt()).isEqualTo(status);
        assertThat(json.get("title").asString()).isNotBlank();
        assertThat(json.get("detail").asString()).isNotBlank();
        return json;
    }

    private static void fieldError(JsonNode problem, String field, String reason) {
        assertThat(problem.get("errors").isArray()).as(problem.toString()).isTrue();
        assertThat(problem.get("errors").values())
                .as(problem.toString())
                .anySatisfy(error -> {
                    assertThat(error.get("field").asString()).isEqualTo(field);
                    assertThat(error.get("reason").asString()).isEqualTo(reason);
                    assertThat(error.get("message").asString()).isNotBlank();
                });
    }

    @Test
    void aValidBodyIsEchoed() {
        ApiClient.Response ok = post("{\"name\":\"x\",\"count\":2,\"colour\":\"RED\",\"items\":[{\"quantity\":1}]}");
        assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
        assertThat(ok.json().get("colour").asString()).isEqualTo("RED");
    }

    @Test
    void malformedJsonIs400() {
        JsonNode json = problem(post("{\"name\": "), 400, "malformed-request");
        assertThat(json.get("instance").asString()).isEqualTo("/api/v1/test-probe");
    }

    @Test
    void aMissingBodyIs400() {
        problem(api.request("POST", "/api/v1/test-probe").bearer(token).header("Content-Type", "application/json")
                .send(), 400, "malformed-request");
    }

    @Test
    void anUnknownPropertyIsAFieldError() {
        fieldError(problem(post("{\"name\":\"x\",\"count\":1,\"colur\":\"RED\"}"), 400, "validation"),
                "colur", "unknown-property");
    }

    @Test
    void aWrongTypeIsAFieldErrorWithItsPath() {
        fieldError(problem(post("{\"name\":\"x\",\"count\":\"many\"}"), 400, "validation"), "count", "wrong-type");
        fieldError(problem(post("{\"name\":\"x\",\"items\":[{\"quantity\":1},{\"quantity\":\"lots\"}]}"), 400,
                "validation"), "items[1].quantity", "wrong-type");
    }

    @Test
    void anUnknownEnumValueNamesTheAllowedOnes() {
        JsonNode json = problem(post("{\"name\":\"x\",\"colour\":\"BLUE\"}"), 400, "validation");
        fieldError(json, "colour", "unknown-value");
        assertThat(json.get("errors").get(0).get("message").asString()).contains("RED", "GREEN");
    }

    @Test
    void beanValidationFailuresAreFieldErrors() {
        fieldError(problem(post("{\"name\":\"  \"}"), 400, "validation"), "name", "required");
    }

    @Test
    void anOversizeBodyIs413WithOrWithoutContentLength() {
        String big = "{\"name\":\"" + "x".repeat(70 * 1024) + "\"}";
        problem(post(big), 413, "payload-too-large");

        ApiClient.Response chunked = api.request("POST", "/api/v1/test-probe").bearer(token)
                .header("Content-Type", "application/json")
                .body(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                .send();
        problem(chunked, 413, "payload-too-large");
    }

    @Test
    void anUnsupportedMediaTypeIs415() {
        ApiClient.Response response = api.request("POST", "/api/v1/test-probe").bearer(token)
                .header("Content-Type", "text/plain")
                .body(HttpRequest.BodyPublishers.ofString("name=x")).send();
        problem(response, 415, "unsupported-media-type");
        assertThat(response.header("Accept")).contains("application/json");
    }

    @Test
    void aWrongMethodIs405WithAllow() {
        ApiClient.Response response = api.request("DELETE", "/api/v1/me").bearer(token).send();
        assertThat(problem(response, 405, "method-not-allowed").get("detail").asString()).contains("DELETE");
        assertThat(response.header("Allow")).contains("GET");
    }

    @Test
    void anUnknownPathIsA404ProblemNotAPage() {
        problem(api.get("/api/v1/no-such-thing", token), 404, "not-found");
    }

    @Test
    void anUnacceptableResponseTypeIs406() {
        problem(api.request("GET", "/api/v1/me").bearer(token).header("Accept", "application/xml").send(),
                406, "not-acceptable");
    }

    @Test
    void domainExceptionsMapToTheirStatus() {
        problem(api.get("/api/v1/test-probe/fail/not-found", token), 404, "not-found");
        JsonNode conflict = problem(api.get("/api/v1/test-probe/fail/conflict", token), 409, "conflict");
        assertThat(conflict.get("detail").asString()).contains("e-mail");
        // a stale version without If-Match is a plain conflict
        problem(api.get("/api/v1/test-probe/fail/stale", token), 409, "conflict");
        problem(api.get("/api/v1/test-probe/fail/forbidden", token), 403, "forbidden");
        JsonNode invalid = problem(api.get("/api/v1/test-probe/fail/invalid", token), 400, "validation");
        fieldError(invalid, "displayName", "required");
        fieldError(invalid, "email", "invalid");
    }

    @Test
    void aBugIsA500ProblemWithoutInternals() {
        ApiClient.Response response = api.get("/api/v1/test-probe/fail/bug", token);
        problem(response, 500, "internal");
        assertThat(response.body()).doesNotContain("secret", "IllegalStateException", "at com.");
    }

    @Test
    void messagesFollowAcceptLanguage() {
        ApiClient.Response korean = api.request("POST", "/api/v1/test-probe").bearer(token)
                .header("Accept-Language", "ko-KR,ko;q=0.9,en;q=0.5").json("{\"name\":\"\"}").send();
        JsonNode json = problem(korean, 400, "validation");
        assertThat(json.get("title").asString()).isEqualTo("잘못된 입력");
        assertThat(json.get("errors").get(0).get("message").asString()).isEqualTo("필수 값입니다.");
        assertThat(korean.header("Content-Language")).isEqualTo("ko");
        assertThat(korean.raw().headers().allValues("Vary")).as("caches keep one translation per language")
                .anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Accept-Language"));

        ApiClient.Response english = api.request("POST", "/api/v1/test-probe").bearer(token)
                .header("Accept-Language", "en").json("{\"name\":\"\"}").send();
        assertThat(problem(english, 400, "validation").get("title").asString()).isEqualTo("Invalid input");

        ApiClient.Response unauthorized = api.request("GET", "/api/v1/me").header("Accept-Language", "ko").send();
        assertThat(problem(unauthorized, 401, "unauthorized").get("title").asString()).isEqualTo("인증이 필요합니다");
        assertThat(unauthorized.raw().headers().allValues("Vary"))
                .anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Accept-Language"));
    }

    @Test
    void pageParametersAreCheckedAndTheSizeCapped() {
        ApiClient.Response defaults = api.get("/api/v1/test-probe/page", token);
        assertThat(defaults.json().get("size").asInt()).isEqualTo(20);
        assertThat(api.get("/api/v1/test-probe/page?size=1000", token).json().get("size").asInt()).isEqualTo(100);
        fieldError(problem(api.get("/api/v1/test-probe/page?page=-1", token), 400, "validation"), "page", "out-of-range");
        fieldError(problem(api.get("/api/v1/test-probe/page?size=0", token), 400, "validation"), "size", "out-of-range");
        fieldError(problem(api.get("/api/v1/test-probe/page?page=abc", token), 400, "validation"), "page", "wrong-type");
        JsonNode missing = problem(api.get("/api/v1/test-probe/required?name=", token), 400, "validation");
        fieldError(missing, "name", "required");
        assertThat(problem(api.get("/api/v1/test-probe/required", token), 400, "malformed-request")
                .get("detail").asString()).endsWith("name");
    }
}
