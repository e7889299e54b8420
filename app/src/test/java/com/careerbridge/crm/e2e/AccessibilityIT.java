package com.careerbridge.crm.e2e;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.ActingAs;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.demo.DemoData;
import com.careerbridge.crm.documents.CandidateDocuments;
import com.careerbridge.crm.documents.DocumentKind;
import com.careerbridge.crm.documents.DocumentView;
import com.careerbridge.crm.documents.NewDocument;
import com.careerbridge.crm.messaging.Conversations;
import com.careerbridge.crm.roleguide.RoleGuideService;
import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.testsupport.PostgresTestInitializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.2 AA in a real browser (#20): axe-core runs on every main screen — signed out, as an administrator, as a
 * consultant (English) and as a candidate (Korean) on the demo consultancy — and the test fails on any serious or
 * critical violation, listing each with the screen, the rule and the element. Beyond what axe can judge, it also
 * checks that every screen has one {@code main} landmark and one {@code h1}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"careerbridge.admin.password=" + AccessibilityIT.ADMIN_PASSWORD, "careerbridge.demo.enabled=false"})
@ContextConfiguration(initializers = PostgresTestInitializer.class)
class AccessibilityIT {

    static final String ADMIN_PASSWORD = "first-admin-password";
    private static final String CANDIDATE_PASSWORD = DemoSignIns.CANDIDATE_PASSWORD;
    private static final String SEEDED_DOCUMENT = "이력서 (접근성 점검)";

    @LocalServerPort
    int port;
    @Autowired
    DemoData demo;
    @Autowired
    AccountService accounts;
    @Autowired
    CandidateService candidates;
    @Autowired
    RoleGuideService guides;
    @Autowired
    ActingAs actingAs;
    @Autowired
    Conversations conversations;
    @Autowired
    CandidateDocuments documents;

    @TempDir
    Path files;

    private final Map<String, List<String>> violations = new LinkedHashMap<>();
    private Browser browser;
    private Axe axe;

    @Test
    void mainScreensHaveNoSeriousOrCriticalViolations() throws Exception {
        Map<String, String> logins = DemoSignIns.of(demo);
        String consultantEmail = "daniel.cho@careerbridge.example";
        UserAccount consultant = accounts.findByEmail(new EmailAddress(consultantEmail)).orElseThrow();
        // 박지민 (Korean) has a portal login and is one of Daniel's candidates.
        String candidateEmail = "jimin.park@careerbridge.example";
        UserAccount candidateLogin = DemoSignIns.candidate(demo, accounts, candidateEmail);
        long candidateId = actingAs.call(candidateLogin.getId(), () -> candidates.mine().getId());
        long guideId = actingAs.call(consultant.getId(), () -> guides.library().getFirst().guideId());
        // #16: something in the Messages and Documents screens — a message each way, a PDF with its preview and a
        // comment (the demo may have none).
        actingAs.run(candidateLogin.getId(), () -> conversations.sendMine("이력서 봐 주실 수 있나요?", null));
        actingAs.run(consultant.getId(), () -> conversations.send(candidateId, "Of course — see my comment.", null));
        Path cv = Pdfs.onePage(files.resolve("jimin-park-cv.pdf"), "Park Jimin - CV");
        DocumentView document;
        try (InputStream content = Files.newInputStream(cv)) {
            document = actingAs.call(candidateLogin.getId(), () -> documents.uploadMine(
                    new NewDocument(DocumentKind.CV, SEEDED_DOCUMENT, null), cv.getFileName().toString(), content));
        }
        actingAs.run(consultant.getId(), () -> documents.comment(document.versions().getFirst().id(),
                "A clear start; shorten the summary."));

        try (Browser opened = Browser.open("http://localhost:" + port)) {
            browser = opened;
            axe = new Axe(browser);
            try {
                visitScreens(logins, consultantEmail, candidateEmail, candidateId, guideId);
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError("stopped at " + browser.driver().getCurrentUrl() + " showing: "
                        + browser.driver().findElement(By.tagName("body")).getText() + "\nfound so far:"
                        + Axe.report(violations), e);
            }
        }
        assertThat(violations).as("serious or critical accessibility violations by screen:%s",
                Axe.report(violations)).isEmpty();
    }

    private void visitScreens(Map<String, String> logins, String consultantEmail, String candidateEmail,
                              long candidateId, long guideId) {
        {

            browser.go("/login");
            browser.waitFor(By.cssSelector("vaadin-login-form"));
            check("sign-in");
            // the demo consultancy's logo loads from the public API at its relative address (#20)
            browser.wait.until(d -> loaded(".login-brand img"));
            browser.go("/forgot-password");
            check("forgot password");

            browser.signIn(consultantEmail, logins.get(consultantEmail));
            browser.waitFor(By.tagName("vaadin-app-layout"));
            check("dashboard");
            browser.wait.until(d -> loaded(".brand img"));
            browser.go("/candidates");
            browser.wait.until(d -> !browser.gridCellTexts().isEmpty());
            check("candidate list");

            // #16: the inbox, and below the candidate page's Messages and Documents tabs with content
            browser.go("/inbox");
            browser.wait.until(d -> !browser.gridCellTexts().isEmpty());
            check("inbox");

            browser.go("/candidates/" + candidateId);
            List<WebElement> tabs = browser.driver().findElements(By.cssSelector("vaadin-tabsheet vaadin-tab"));
            assertThat(tabs).hasSizeGreaterThanOrEqualTo(6);
            for (int i = 0; i < tabs.size(); i++) {
                WebElement tab = browser.driver().findElements(By.cssSelector("vaadin-tabsheet vaadin-tab")).get(i);
                String name = tab.getText();
                browser.click(tab);
                check("candidate page, tab " + name);
                if (i == 1) {
                    browser.click(browser.button("Assign a guide"));
                    browser.waitFor(By.cssSelector("vaadin-dialog[opened]"));
                    check("assign dialog");
                    closeDialog();
                }
                if ("Documents".equals(name)) {
                    String seeded = "//div[contains(@class, 'document-card')][.//span[normalize-space(.)="
                            + Browser.literal(SEEDED_DOCUMENT) + "]]";
                    browser.click(browser.waitFor(By.xpath(seeded + "//vaadin-details-summary")));
                    browser.waitFor(By.xpath(seeded + "//div[contains(@class, 'document-comment')]"));
                    check("candidate page, a document's comments");
                }
            }

            browser.go("/sessions");
            browser.waitFor(By.cssSelector(".calendar.week .hour-slot"));
            check("calendar, week");
            // A day's "add" button opens the booking form from the keyboard alone: reached by focus, pressed with
            // Enter (the empty hours are a mouse shortcut, no tab stops).
            WebElement add = browser.waitFor(By.cssSelector(".calendar.week .day-add"));
            assertThat(add.getDomAttribute("aria-label")).startsWith("Plan a session on");
            browser.script("document.querySelector('.calendar.week .day-add').focus();");
            add.sendKeys(Keys.ENTER);
            browser.waitFor(By.cssSelector("vaadin-dialog[opened]"));
            browser.idle();
            check("session form");
            closeDialog();
            browser.click(browser.waitFor(By.xpath("//vaadin-radio-button[normalize-space(.)='Month']")));
            browser.waitFor(By.cssSelector(".calendar.month .session-block"));
            check("calendar, month");
            // A past session: its details, and the outcome form with the mock interview's rating and role.
            By past = By.cssSelector(".calendar.month .session-block.status-completed");
            for (int back = 0; back < 3 && browser.driver().findElements(past).isEmpty(); back++) {
                browser.click(browser.driver().findElement(By.cssSelector("vaadin-button[aria-label='Previous']")));
            }
            browser.click(browser.waitFor(past));
            browser.waitFor(By.cssSelector("vaadin-dialog[opened]"));
            check("session details");
            browser.click(browser.dialogButton("Edit outcome"));
            browser.waitFor(By.cssSelector("vaadin-dialog[opened] vaadin-combo-box"));
            check("session outcome");
            while (!browser.driver().findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty()) {
                closeDialog();
            }

            // #15: the consultant's bookable time with its preview of free times
            browser.go("/availability");
            browser.waitFor(By.cssSelector("vaadin-time-picker"));
            check("availability");

            browser.go("/guides");
            browser.wait.until(d -> !browser.gridCellTexts().isEmpty());
            check("guide library");
            browser.go("/guides/" + guideId);
            browser.waitFor(By.cssSelector(".guide-article"));
            check("guide reader");
            browser.go("/guides/" + guideId + "/draft");
            browser.waitFor(By.cssSelector(".guide-editor-view vaadin-text-field, .guide-editor-view vaadin-text-area"));
            check("guide editor");
            browser.go("/emails");
            check("e-mails");
            browser.go("/account/security");
            check("account security");
            browser.click(browser.button("Set up two-factor login"));
            browser.waitFor(By.cssSelector("svg"));
            check("two-factor set-up");
            browser.signOut();

            browser.signIn("admin@careerbridge.local", ADMIN_PASSWORD);
            browser.go("/admin/consultants");
            browser.wait.until(d -> !browser.gridCellTexts().isEmpty());
            check("admin: consultants");
            browser.go("/admin/audit");
            check("admin: audit log");
            // the demo consultancy has a logo: its preview, the upload and the names (#20)
            browser.go("/admin/consultancy");
            browser.waitFor(By.cssSelector(".logo-preview img"));
            check("admin: consultancy");
            browser.go("/admin/session-types");
            browser.wait.until(d -> !browser.gridCellTexts().isEmpty());
            check("admin: session types");
            browser.signOut();

            browser.signIn(candidateEmail, CANDIDATE_PASSWORD);
            browser.go("/portal");
            WebElement card = browser.waitFor(By.cssSelector("a.guide-card-title"));
            check("portal");
            browser.click(card);
            browser.waitFor(By.cssSelector(".guide-article"));
            check("portal guide");
            // #15: booking — the week of free times and the confirmation
            browser.go("/portal/book");
            browser.waitFor(By.cssSelector(".slot-week"));
            By slot = By.cssSelector("vaadin-button.slot-button");
            for (int week = 0; week < 4 && browser.driver().findElements(slot).isEmpty(); week++) {
                browser.click(browser.waitFor(By.cssSelector("vaadin-button.slot-week-next")));
                browser.idle();
            }
            check("portal booking");
            browser.click(browser.waitFor(slot));
            browser.waitFor(By.cssSelector("vaadin-dialog[opened]"));
            check("portal booking confirmation");
            closeDialog();
            // #16: the conversation and the documents with their versions and comments
            browser.go("/portal/messages");
            browser.waitFor(By.cssSelector(".portal-message"));
            check("portal messages");
            browser.go("/portal/documents");
            browser.waitFor(By.cssSelector(".portal-document .document-comment"));
            check("portal documents");
            browser.signOut();
        }
    }

    /** Whether the image is there and was loaded (a broken one has no natural width). */
    private boolean loaded(String image) {
        return Boolean.TRUE.equals(browser.script("const image = document.querySelector('" + image + "');"
                + " return !!image && image.complete && image.naturalWidth > 0;"));
    }

    /** Runs axe and the structural checks on the page as it is, and keeps what they find under the screen's name. */
    private void check(String screen) {
        browser.idle();
        List<String> found = new java.util.ArrayList<>(axe.seriousViolations());
        // Outside an open modal dialog: the page behind it is inert, and the dialog is what a user reads.
        if (browser.driver().findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty()) {
            long mains = ((Number) browser.script(
                    "return document.querySelectorAll('main, [role=main]').length;")).longValue();
            long h1s = ((Number) browser.script("return document.querySelectorAll('h1').length;")).longValue();
            if (mains != 1) {
                found.add("landmark: " + mains + " main landmarks, want exactly 1");
            }
            if (h1s != 1) {
                found.add("heading: " + h1s + " h1 elements, want exactly 1");
            }
        }
        if (!found.isEmpty()) {
            violations.put(screen + " — " + browser.driver().getCurrentUrl().replaceFirst("^https?://[^/]+", ""), found);
        }
    }

    /** Closes the topmost open dialog with Escape, as a keyboard user would. */
    private void closeDialog() {
        int open = browser.driver().findElements(By.cssSelector("vaadin-dialog[opened]")).size();
        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.wait.until(d -> d.findElements(By.cssSelector("vaadin-dialog[opened]")).size() < open);
        browser.idle();
    }
}
