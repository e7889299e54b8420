package com.careerbridge.crm.app;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.ActingAs;
import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.SystemWork;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateForm;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.candidate.CareerStage;
import com.careerbridge.crm.invitation.InvitationService;
import com.careerbridge.crm.notification.MailDispatcher;
import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.testsupport.PostgresTestInitializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A working day of the assembled application with its real logging configuration, with everything it writes captured:
 * sign-ins (one with a mistyped, distinctive e-mail), a candidate with a distinctive e-mail, phone number and notes,
 * an invitation mail dispatched, refused and malformed requests, a failure with a stack trace. None of the personal
 * values may appear in the log, no log line may be forged with a line break, and the security audit log has the rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"careerbridge.admin.password=first-admin-password", "logging.level.com.careerbridge=DEBUG",
                // The production logging setup, not the test one that core's test-jar brings for every module.
                "logging.config=classpath:logback-spring.xml"})
@ContextConfiguration(initializers = PostgresTestInitializer.class)
@ExtendWith(OutputCaptureExtension.class)
class LogHygieneIT {

    private static final Logger log = LoggerFactory.getLogger(LogHygieneIT.class);
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired CandidateService candidates;
    @Autowired InvitationService invitations;
    @Autowired MailDispatcher dispatcher;
    @Autowired ActingAs actingAs;
    @Autowired JdbcTemplate jdbc;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aDayOfWorkLeavesNoPersonalDataAndNoForgedLinesInTheLogButRowsInTheAuditLog(CapturedOutput output)
            throws Exception {
        String consultantEmail = "seoyeon.logscan" + run + "@consultancy.example";
        String ghostEmail = "ghost.mistyped" + run + "@nowhere.example";
        String candidateEmail = "jiwoo.logscan" + run + "@candidate.example";
        String phone = "+82 10-7319-" + (2000 + (run.hashCode() & 0xfff) % 7000);
        String notes = "NOTES-" + run + " wants to leave her employer quietly";
        String password = "a long enough password " + run;

        UserAccount consultant = SystemWork.call(() -> accounts.create(new EmailAddress(consultantEmail),
                "Seoyeon Logscan", Role.CONSULTANT, Locale.ENGLISH, password));

        // The web form: a mistyped e-mail, then the real sign-in.
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        assertThat(formLogin(browser, ghostEmail, "not it").headers().firstValue("Location").orElseThrow())
                .contains("error");
        assertThat(formLogin(browser, consultantEmail, password).headers().firstValue("Location").orElseThrow())
                .doesNotContain("error");

        // The API: a wrong password, a sign-in, a malformed body with a line break in it.
        HttpClient api = HttpClient.newHttpClient();
        assertThat(post(api, "/api/v1/auth/token", tokenBody(consultantEmail, "wrong password")).statusCode())
                .isEqualTo(401);
        HttpResponse<String> signedIn = post(api, "/api/v1/auth/token", tokenBody(consultantEmail, password));
        assertThat(signedIn.statusCode()).isEqualTo(200);
        String token = field(signedIn.body(), "accessToken");
        assertThat(post(api, "/api/v1/auth/token", "{\"email\": \"" + ghostEmail + "\\n2026-01-01 INFO forged\", ")
                .statusCode()).isEqualTo(400);

        // A candidate with distinctive data, private notes, an invitation mail dispatched.
        Candidate candidate = actingAs.call(consultant.getId(), () -> {
            Candidate created = candidates.create(new CandidateForm("Jiwoo Logscan " + run, candidateEmail, phone,
                    Language.EN, "Asia/Seoul", CareerStage.EXPERIENCED, "Acme Korea", "Analyst", List.of()), null);
            candidates.replaceStaffNotes(created.getId(), created.getVersion(), notes);
            invitations.invite(created.getId());
            return created;
        });
        SystemWork.run(dispatcher::dispatchDue);
        long login = SystemWork.call(() -> candidates.get(candidate.getId())).getUserId();
        assertThat(jdbc.queryForObject("select status from mail_outbox where recipient_kind = 'USER' and recipient_id = ?",
                String.class, login)).isEqualTo("CAPTURED");

        // Reading the candidate's notes through the API (the overview, which leaves them out, is no read of them:
        // one PRIVATE_NOTES_READ row below), and someone else's candidate.
        assertThat(get(api, "/api/v1/candidates/" + candidate.getId(), token).statusCode()).isEqualTo(200);
        assertThat(get(api, "/api/v1/candidates/" + candidate.getId() + "/staff-notes", token).statusCode())
                .isEqualTo(200);
        UserAccount other = SystemWork.call(() -> accounts.create(new EmailAddress("other" + run + "@consultancy.example"),
                "Other", Role.CONSULTANT, Locale.ENGLISH, password));
        String otherToken = field(post(api, "/api/v1/auth/token",
                tokenBody("other" + run + "@consultancy.example", password)).body(), "accessToken");
        assertThat(get(api, "/api/v1/candidates/" + candidate.getId(), otherToken).statusCode()).isEqualTo(404);

        // Text from users that reaches a log message or an exception message.
        log.warn("Search for {}", "x\n2026-01-01 INFO fake line");
        log.error("Could not import a row", new IllegalStateException("bad row\r\n2026-01-01 INFO fake exception line"));

        String logged = output.getAll();
        assertThat(logged).contains("Search for x\\n2026-01-01 INFO fake line");
        assertThat(logged.lines()).noneMatch(line -> line.startsWith("2026-01-01 INFO fake"))
                .noneMatch(line -> line.startsWith("2026-01-01 INFO forged"));
        assertThat(logged).contains("bad row\\r\\n2026-01-01 INFO fake exception line")
                .containsPattern("\\n\\tat com\\.careerbridge\\.crm\\.app\\.LogHygieneIT");

        for (String secret : List.of(consultantEmail, ghostEmail, candidateEmail, phone, phone.replaceAll("[^0-9]", ""),
                "NOTES-" + run, "seoyeon.logscan" + run, "ghost.mistyped" + run, "jiwoo.logscan" + run)) {
            assertThat(logged).as("the log must not contain %s", secret).doesNotContain(secret);
        }
        // The one address allowed: the built-in default administrator's, printed at the first start (not anyone's).
        Matcher anyEmail = EMAIL.matcher(logged.replace("admin@careerbridge.local", "the default admin"));
        assertThat(anyEmail.find()).as("an e-mail address in the log: %s", anyEmail.find(0) ? anyEmail.group() : "")
                .isFalse();

        // And the audit log has what happened, with where from.
        assertThat(jdbc.queryForList("""
                        select action || ' ' || outcome || ' ' || coalesce(client_address, '-') from security_audit
                        where (actor_id in (?, ?) or subject_id in (?, ?) or (action = 'WEB_SIGN_IN' and actor_id is null))
                        order by id""", String.class, consultant.getId(), other.getId(), consultant.getId(),
                candidate.getId()))
                .contains("WEB_SIGN_IN FAILURE 127.0.0.1", "WEB_SIGN_IN SUCCESS 127.0.0.1",
                        "API_SIGN_IN FAILURE 127.0.0.1", "API_SIGN_IN SUCCESS 127.0.0.1",
                        "PRIVATE_NOTES_READ SUCCESS 127.0.0.1", "ACCESS_DENIED DENIED 127.0.0.1");
        assertThat(jdbc.queryForObject("select count(*) from security_audit where security_audit::text ilike ?",
                Long.class, "%" + run + "%")).isZero();
    }

    private HttpResponse<String> formLogin(HttpClient browser, String email, String password) throws Exception {
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("the login page carries a CSRF token").isTrue();
        String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        return browser.send(HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient client, String path, String json) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(HttpClient client, String path, String token) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String tokenBody(String email, String password) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }

    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        assertThat(value.find()).as("%s in %s", name, json.length()).isTrue();
        return value.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
