package com.careerbridge.crm.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.careerbridge.crm.CareerBridgeApplication;
import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.demo.DemoData;
import com.careerbridge.crm.live.LiveChanges;
import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.testsupport.PostgresTestInitializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * #16's journey on two instances of the application sharing one database, as behind the load balancer: 박지민 uses
 * the portal on instance A, her consultant Daniel Cho the staff screens on instance B. With her page already open on
 * its Messages tab on B, she uploads her CV and writes on A; her message reaches his open page by itself — A's commit
 * goes out as {@code pg_notify}, B's listener hands it to his page, server push brings it to his browser — and so
 * does the CV. He sees its first page, comments on version 1 and returns an edited version 2, which (with the comment)
 * shows up on her open documents page on A the same way. The database has both versions with their uploaders and
 * the comment.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"careerbridge.admin.password=" + AccessibilityIT.ADMIN_PASSWORD, "careerbridge.demo.enabled=false"})
@ContextConfiguration(initializers = PostgresTestInitializer.class)
class MessagesDocumentsJourneyIT {

    private static final String CANDIDATE = "jimin.park@careerbridge.example";
    private static final String CONSULTANT = "daniel.cho@careerbridge.example";
    /** How long a change may take to reach the other instance's open page (the issue wants 2 s; this is a busy CI). */
    private static final Duration LIVE = Duration.ofSeconds(10);

    @LocalServerPort
    int port;
    @Autowired
    DemoData demo;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment environment;
    @Autowired
    LiveChanges liveOnA;

    @TempDir
    Path files;

    @Test
    void candidateHandsInACvAndWritesConsultantOnAnotherInstanceSeesItLiveCommentsAndReturnsVersionTwo()
            throws Exception {
        UserAccount candidateLogin = DemoSignIns.candidate(demo, accounts, CANDIDATE);
        String consultantPassword = DemoSignIns.of(demo).get(CONSULTANT);
        long consultantUserId = accounts.findByEmail(new EmailAddress(CONSULTANT)).orElseThrow().getId();
        long candidateId = jdbc.queryForObject("select id from candidate where user_id = ?", Long.class,
                candidateLogin.getId());
        // Unique per run: the demo (and other tests on this context) may already have messages and documents.
        String run = Long.toString(System.nanoTime() % 1_000_000, 36);
        String title = "이력서 " + run;
        String message = "안녕하세요, 이력서 올렸어요 (" + run + ")";
        String comment = "Strong start; I tightened the summary (" + run + ")";
        Path cv = Pdfs.onePage(files.resolve("jimin-cv-" + run + ".pdf"), "Park Jimin - CV v1");
        Path edited = Pdfs.onePage(files.resolve("jimin-cv-" + run + "-edited.pdf"), "Park Jimin - CV v2 (edited)");

        try (ConfigurableApplicationContext instanceB = secondInstance();
             Browser candidate = Browser.open("http://localhost:" + port);
             Browser consultant = Browser.open("http://localhost:" + portOf(instanceB))) {
            assertThat(portOf(instanceB)).as("instance B's own port").isNotEqualTo(port);
            LiveChanges liveOnB = instanceB.getBean(LiveChanges.class);
            new WebDriverWait(candidate.driver(), Duration.ofSeconds(30))
                    .withMessage("both instances to listen on " + LiveChanges.CHANNEL)
                    .until(d -> liveOnA.isListening() && liveOnB.isListening());

            // B: the consultant has her page open on the Messages tab before she does anything.
            consultant.signIn(CONSULTANT, consultantPassword);
            consultant.go("/candidates/" + candidateId + "?tab=messages");
            consultant.waitFor(By.cssSelector(".messages-tab .message-thread"));
            consultant.script("window.journeyPage = 'not reloaded';");

            // A: she uploads her CV in the portal ...
            candidate.signIn(CANDIDATE, DemoSignIns.CANDIDATE_PASSWORD);
            candidate.go("/portal/documents");
            WebElement titleField = candidate.waitFor(By.cssSelector("vaadin-text-field.document-title"));
            candidate.type(titleField, title);
            titleField.findElement(By.cssSelector("input")).sendKeys(Keys.TAB);
            candidate.idle();
            candidate.choose(candidate.waitFor(By.cssSelector("vaadin-upload.document-upload")), cv);
            candidate.waitFor(By.xpath(portalDocument(title)));

            // ... and writes to him.
            candidate.go("/portal/messages");
            WebElement text = candidate.waitFor(By.cssSelector("vaadin-text-area.portal-message-text textarea"));
            text.sendKeys(message);
            candidate.click(candidate.waitFor(By.cssSelector("vaadin-button.portal-message-send")));
            candidate.waitFor(By.xpath("//p[" + has("portal-message-body") + "][normalize-space(.)="
                    + Browser.literal(message) + "]"));
            long written = System.nanoTime();
            // She keeps her documents open for what comes back.
            candidate.go("/portal/documents");
            candidate.waitFor(By.xpath(portalDocument(title)));

            // B: the message appears in his open page by itself (no reload: the page's own marker survives).
            new WebDriverWait(consultant.driver(), LIVE)
                    .withMessage("her message to show on his open page on instance B")
                    .until(d -> !d.findElements(By.xpath("//*[" + has("messages-tab") + "]//div["
                            + has("message-text") + "][normalize-space(.)=" + Browser.literal(message) + "]")).isEmpty());
            System.out.printf("The message reached the other instance's open page after %d ms%n",
                    Duration.ofNanos(System.nanoTime() - written).toMillis());
            assertThat(consultant.script("return window.journeyPage;")).isEqualTo("not reloaded");
            WebElement bubble = consultant.waitFor(By.xpath("//div[" + has("message") + "]"
                    + "[.//div[" + has("message-text") + "][normalize-space(.)=" + Browser.literal(message) + "]]"));
            assertThat(bubble.getAttribute("class")).contains("from-candidate");

            // B: the Documents tab already has her CV (it came live too), with its first page.
            consultant.click(consultant.waitFor(By.xpath(
                    "//vaadin-tabsheet//vaadin-tab[normalize-space(.)='Documents']")));
            String card = "//div[" + has("document-card") + "][.//span[" + has("card-title") + "]"
                    + "[normalize-space(.)=" + Browser.literal(title) + "]]";
            consultant.waitFor(By.xpath(card));
            assertThat(consultant.script("return window.journeyPage;")).isEqualTo("not reloaded");
            assertThat(consultant.driver().findElements(By.xpath(card + "//div[" + has("document-version") + "]")))
                    .hasSize(1);
            consultant.wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                    const image = document.evaluate(arguments[0], document, null,
                        XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;
                    return !!image && image.complete && image.naturalWidth > 0;""",
                    card + "//img[" + has("document-preview") + "]")));

            // B: he comments on version 1 ...
            consultant.click(consultant.waitFor(By.xpath(card + "//vaadin-details[" + has("document-comments") + "]"
                    + "//vaadin-details-summary")));
            WebElement commentField = consultant.waitFor(By.xpath(
                    card + "//vaadin-text-field[" + has("comment-text") + "]"));
            consultant.type(commentField, comment);
            consultant.click(consultant.waitFor(By.xpath(card + "//vaadin-button[" + has("comment-add") + "]")));
            // His own comment is a change too: the tab reads the documents again, which closes the comments (their
            // count then says 1); he opens them again to read it.
            By shownComment = By.xpath(card + "//div[" + has("document-comment") + "][contains(normalize-space(.), "
                    + Browser.literal(comment) + ")]");
            By closedWithOne = By.xpath(card + "//vaadin-details[not(@opened)]"
                    + "/vaadin-details-summary[normalize-space(.)='Comments (1)']");
            consultant.wait.until(d -> {
                if (d.findElements(shownComment).stream().anyMatch(WebElement::isDisplayed)) {
                    return true;
                }
                d.findElements(closedWithOne).forEach(WebElement::click);
                return false;
            });

            // ... and returns his edited version 2.
            consultant.choose(consultant.waitFor(By.xpath(card + "//vaadin-upload[" + has("version-upload") + "]")),
                    edited);
            consultant.wait.until(d -> d.findElements(By.xpath(card + "//div[" + has("document-version") + "]"))
                    .size() == 2);

            // A: her open documents page shows version 2 and his comment by itself.
            String mine = portalDocument(title);
            new WebDriverWait(candidate.driver(), LIVE)
                    .withMessage("version 2 to show on her open documents page on instance A")
                    .until(d -> d.findElements(By.xpath(mine + "//div[" + has("portal-document-version") + "]"))
                            .size() == 2);
            candidate.waitFor(By.xpath(mine + "//span[" + has("document-version-facts") + "]"
                    + "[contains(., " + Browser.literal(edited.getFileName().toString()) + ")]"));
            candidate.waitFor(By.xpath(mine + "//p[" + has("document-comment") + "][contains(., "
                    + Browser.literal(comment) + ")]"));

            // What was stored: her message, both versions with their uploaders, his comment on version 1.
            assertThat(jdbc.queryForMap("select author_user_id, from_candidate from message where candidate_id = ?"
                    + " and body = ?", candidateId, message))
                    .containsEntry("author_user_id", candidateLogin.getId()).containsEntry("from_candidate", true);
            List<Map<String, Object>> versions = jdbc.queryForList("""
                    select v.number, v.uploaded_by, v.file_name, v.content_type, v.preview is not null as previewed
                    from document_version v join document d on d.id = v.document_id
                    where d.candidate_id = ? and d.title = ? and d.kind = 'CV' order by v.number""",
                    candidateId, title);
            assertThat(versions).extracting(row -> row.get("number"), row -> row.get("uploaded_by"),
                            row -> row.get("file_name"), row -> row.get("content_type"), row -> row.get("previewed"))
                    .containsExactly(
                            tuple(1, candidateLogin.getId(), cv.getFileName().toString(),
                                    "application/pdf", true),
                            tuple(2, consultantUserId, edited.getFileName().toString(),
                                    "application/pdf", true));
            assertThat(jdbc.queryForList("""
                    select v.number from document_comment c join document_version v on v.id = c.version_id
                    join document d on d.id = v.document_id
                    where d.candidate_id = ? and d.title = ? and c.author_id = ? and c.body = ?""",
                    Integer.class, candidateId, title, consultantUserId, comment)).containsExactly(1);

            assertThat(candidate.consoleErrors()).as("errors in the candidate's browser console").isEmpty();
            // His uploads and comment each re-render the Documents tab twice (the tab itself, then the live echo of his
            // own change), so a preview image of the first rendering can be gone before the browser asks for it.
            assertThat(consultant.consoleErrors()).as("errors in the consultant's browser console")
                    .filteredOn(error -> !error.matches(".*/VAADIN/dynamic/resource/\\S+ - Failed to load resource: "
                            + "the server responded with a status of 404.*"))
                    .isEmpty();
        }
    }

    /** The portal card of the document with this title (the class, not its -version or -new relatives). */
    private static String portalDocument(String title) {
        return "//div[" + has("portal-document") + "]"
                + "[.//h4[normalize-space(.)=" + Browser.literal(title) + "]]";
    }

    /** An XPath predicate: the element has this class (not merely a class that starts with it). */
    private static String has(String cssClass) {
        return "contains(concat(' ', normalize-space(@class), ' '), ' " + cssClass + " ')";
    }

    /**
     * Instance B: the same application in a second context of its own, on its own port and the same database as this
     * test's instance A (already migrated, the demo already loaded; B's scheduled work stays off, it only serves).
     */
    private ConfigurableApplicationContext secondInstance() {
        // As command-line arguments: they outrank application.yml (which sets the port, the pool and the schedules),
        // where the builder's default properties would not.
        return new SpringApplicationBuilder(CareerBridgeApplication.class).run(
                "--server.port=0",
                "--server.shutdown=immediate",
                "--spring.datasource.url=" + environment.getRequiredProperty("spring.datasource.url"),
                "--spring.datasource.username=" + environment.getRequiredProperty("spring.datasource.username"),
                "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                "--spring.datasource.hikari.maximum-pool-size=5",
                "--careerbridge.admin.password=" + AccessibilityIT.ADMIN_PASSWORD,
                "--careerbridge.demo.enabled=false",
                "--careerbridge.mail.dispatch.enabled=false",
                "--careerbridge.mail.digest.enabled=false",
                "--careerbridge.messages.notices.enabled=false",
                "--careerbridge.housekeeping.enabled=false");
    }

    private static int portOf(ConfigurableApplicationContext instance) {
        return ((ServletWebServerApplicationContext) instance).getWebServer().getPort();
    }
}
