package com.careerbridge.crm.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.ActingAs;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.assignment.AssignmentOverview;
import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.demo.DemoData;
import com.careerbridge.testsupport.PostgresTestInitializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidate portal on a phone (#20): a 390 × 844 touch screen, a Korean candidate of the demo consultancy. The
 * page never scrolls sideways, readiness per target role comes first, every control is at least 44 × 44 CSS pixels,
 * Korean text wraps between words only, and reading a guide and ticking an item works and is saved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"careerbridge.admin.password=" + AccessibilityIT.ADMIN_PASSWORD, "careerbridge.demo.enabled=false"})
@ContextConfiguration(initializers = PostgresTestInitializer.class)
class PortalPhoneIT {

    private static final String PASSWORD = DemoSignIns.CANDIDATE_PASSWORD;
    private static final int WIDTH = 390;
    private static final int HEIGHT = 844;

    /** Controls a finger presses, measured where they are visible. */
    private static final String TOUCH_TARGETS = """
            const selectors = 'vaadin-button, a[href], vaadin-checkbox, vaadin-radio-button, vaadin-details-summary,'
                + ' vaadin-select, vaadin-drawer-toggle, vaadin-menu-bar-button, vaadin-text-field, [role=button],'
                + ' vaadin-side-nav-item';
            return [...document.querySelectorAll(selectors)]
                .filter(e => e.offsetParent !== null || getComputedStyle(e).position === 'fixed')
                .map(e => [e, e.getBoundingClientRect()])
                .filter(([e, r]) => r.width > 0 && r.height > 0)
                .filter(([e, r]) => r.width < 44 || r.height < 44)
                .map(([e, r]) => e.localName + (e.className ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')
                    + ' "' + (e.innerText || e.getAttribute('aria-label') || '').trim().substring(0, 30) + '" '
                    + Math.round(r.width) + '×' + Math.round(r.height));""";

    @LocalServerPort
    int port;
    @Autowired
    DemoData demo;
    @Autowired
    AccountService accounts;
    @Autowired
    AssignmentService assignments;
    @Autowired
    ActingAs actingAs;

    @Test
    void candidateReadsAGuideAndTicksAnItemOnAPhone() throws Exception {
        String email = "jimin.park@careerbridge.example";
        UserAccount login = DemoSignIns.candidate(demo, accounts, email);

        try (Browser browser = Browser.open("http://localhost:" + port)) {
            ChromeDriver chrome = (ChromeDriver) browser.driver();
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                    "width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 3, "mobile", true));
            chrome.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));

            browser.go("/login");
            browser.waitFor(By.cssSelector("vaadin-login-form"));
            assertThat(((Number) browser.script("return window.innerWidth;")).intValue()).isEqualTo(WIDTH);
            assertNoSidewaysScroll(browser, "sign-in");
            browser.signIn(email, PASSWORD);

            browser.go("/portal");
            WebElement card = browser.waitFor(By.cssSelector("a.guide-card-title"));
            browser.screenshot("portal-phone");
            assertNoSidewaysScroll(browser, "portal");
            assertThat(browser.driver().findElements(By.cssSelector(".portal-section h3")).getFirst().getText())
                    .as("the portal's first section").isEqualTo("목표 직무별 준비도");
            assertThat(((Number) browser.script("return document.querySelector('.readiness-list, .portal-section')"
                    + ".getBoundingClientRect().top;")).doubleValue())
                    .as("readiness starts within the first screen").isLessThan(HEIGHT);
            assertThat(browser.script("return getComputedStyle(document.querySelector('.portal-hero p')).wordBreak;"))
                    .as("Korean wraps between words").isEqualTo("keep-all");
            assertThat(tooSmall(browser)).as("touch targets under 44 × 44 on the portal").isEmpty();

            int doneBefore = itemsDone(login);
            browser.click(card);
            browser.waitFor(By.cssSelector(".guide-article"));
            WebElement progress = browser.waitFor(By.cssSelector(".progress-label"));
            String progressBefore = progress.getText();
            assertNoSidewaysScroll(browser, "portal guide");
            assertThat(browser.script("return getComputedStyle(document.querySelector('.guide-article')).wordBreak;"))
                    .isEqualTo("keep-all");
            assertThat(tooSmall(browser)).as("touch targets under 44 × 44 on the guide").isEmpty();

            WebElement open = browser.driver().findElements(By.cssSelector(".guide-checklist vaadin-checkbox")).stream()
                    .filter(box -> box.getDomAttribute("checked") == null).findFirst().orElseThrow();
            browser.click(open);
            browser.wait.until(d -> !progress.getText().equals(progressBefore));
            browser.screenshot("portal-guide-phone");
            assertNoSidewaysScroll(browser, "portal guide after ticking");
            assertThat(itemsDone(login)).isEqualTo(doneBefore + 1);
            assertThat(browser.consoleErrors()).as("errors in the browser console").isEmpty();
        }
    }

    /**
     * #15 on a phone: the booking page and its confirmation fit a 390 px screen with finger-sized controls; the
     * candidate books a free time there.
     */
    @Test
    void candidateBooksASessionOnAPhone() throws Exception {
        String email = "yuna.choi@careerbridge.example";
        DemoSignIns.candidate(demo, accounts, email);

        try (Browser browser = Browser.open("http://localhost:" + port)) {
            ChromeDriver chrome = (ChromeDriver) browser.driver();
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                    "width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 3, "mobile", true));
            chrome.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
            browser.signIn(email, PASSWORD);
            browser.go("/portal/book");
            browser.waitFor(By.cssSelector(".slot-week"));
            By slot = By.cssSelector("vaadin-button.slot-button");
            for (int week = 0; week < 4 && browser.driver().findElements(slot).isEmpty(); week++) {
                browser.click(browser.waitFor(By.cssSelector("vaadin-button.slot-week-next")));
                browser.idle();
            }
            browser.waitFor(slot);
            assertNoSidewaysScroll(browser, "booking");
            assertThat(tooSmall(browser)).as("touch targets under 44 × 44 on the booking page").isEmpty();
            browser.screenshot("portal-booking-phone");

            int upcomingBefore = browser.driver().findElements(By.cssSelector(".booking-upcoming-item")).size();
            browser.click(browser.waitFor(slot));
            WebElement book = browser.waitFor(By.xpath(
                    "//vaadin-dialog[@opened]//vaadin-button[contains(@class, 'booking-confirm')]"));
            assertNoSidewaysScroll(browser, "booking confirmation");
            assertThat(tooSmall(browser)).as("touch targets under 44 × 44 in the booking confirmation").isEmpty();
            browser.click(book);
            browser.wait.until(d -> d.findElements(By.cssSelector(".booking-upcoming-item")).size() > upcomingBefore);
            assertNoSidewaysScroll(browser, "booking with the new session");
            assertThat(browser.consoleErrors()).as("errors in the browser console").isEmpty();
        }
    }

    @Autowired
    com.careerbridge.crm.application.JobApplications applications;

    /**
     * #17 on a phone: the candidate records an application, opens its interviews and adds the first round — which
     * moves the application to interviewing — with every control reachable by a finger and no console errors.
     */
    @Test
    void candidateRecordsAnApplicationAndItsFirstInterviewOnAPhone() throws Exception {
        String email = "jimin.park@careerbridge.example";
        UserAccount login = DemoSignIns.candidate(demo, accounts, email);
        String company = "Phone Pharma " + System.nanoTime() % 100_000;

        try (Browser browser = Browser.open("http://localhost:" + port)) {
            ChromeDriver chrome = (ChromeDriver) browser.driver();
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                    "width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 3, "mobile", true));
            chrome.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
            browser.signIn(email, PASSWORD);
            browser.go("/portal");

            browser.click(browser.button("지원 추가"));
            browser.type(browser.dialogField("vaadin-text-field", "회사"), company);
            browser.type(browser.dialogField("vaadin-text-field", "포지션 (공고 기준)"), "Account Manager");
            assertThat(tooSmall(browser)).as("touch targets under 44 × 44 in the application dialog").isEmpty();
            browser.click(browser.dialogButton("저장"));
            browser.waitForText(company);
            assertNoSidewaysScroll(browser, "portal with a new application");

            WebElement interviews = browser.waitFor(By.xpath("//div[contains(@class, 'application-card')]"
                    + "[contains(normalize-space(.), " + Browser.literal(company) + ")]"
                    + "//vaadin-button[contains(@class, 'interviews-button')]"));
            browser.click(interviews);
            browser.dialogField("vaadin-date-picker", "날짜");
            // on a phone the picker opens its calendar instead of a keyboard; the day is set as the calendar would
            browser.script("const picker = document.evaluate(\"//vaadin-dialog[@opened]//vaadin-date-picker\", document,"
                    + " null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;"
                    + " picker.value = '2027-03-02'; picker.dispatchEvent(new Event('change', {bubbles: true}));");
            browser.idle();
            assertThat(tooSmall(browser)).as("touch targets under 44 × 44 in the interviews dialog").isEmpty();
            browser.click(browser.dialogButton("면접 추가"));
            browser.waitForText("1차 ·");
            assertNoSidewaysScroll(browser, "interviews dialog");
            browser.screenshot("portal-interviews-phone");

            assertThat(actingAs.call(login.getId(), () -> applications.mine()).stream()
                    .filter(found -> found.application().getCompany().equals(company))
                    .map(found -> found.application().getStage()).toList())
                    .containsExactly(com.careerbridge.crm.application.ApplicationStage.INTERVIEWING);
            assertThat(browser.consoleErrors()).as("errors in the browser console").isEmpty();
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    /**
     * #16 on a phone: the candidate writes to her consultant — a message with a long link in it — and sends it; the
     * text area, the Send button and the messages stay within the 390 px screen and every control is finger-sized.
     */
    @Test
    void candidateWritesToHerConsultantOnAPhone() throws Exception {
        String email = "jimin.park@careerbridge.example";
        UserAccount login = DemoSignIns.candidate(demo, accounts, email);
        String message = "면접 전에 이 공고도 봐 주실 수 있나요? (" + System.nanoTime() % 100_000 + ")\n"
                + "https://careers.example.com/jobs?ref=8f3a9c2e7b1d4f6a8c0e2b4d6f8a0c2e4b6d8f0a1c3e5a7b9d";

        try (Browser browser = Browser.open("http://localhost:" + port)) {
            onAPhone(browser);
            browser.signIn(email, PASSWORD);
            browser.go("/portal/messages");
            WebElement text = browser.waitFor(By.cssSelector("vaadin-text-area.portal-message-text textarea"));
            assertNoSidewaysScroll(browser, "messages");
            assertThat(tooSmall(browser)).as("touch targets under 44 × 44 on the messages page").isEmpty();

            text.sendKeys(message);
            browser.click(browser.waitFor(By.cssSelector("vaadin-button.portal-message-send")));
            browser.wait.until(d -> d.findElements(By.cssSelector(".portal-message.mine .portal-message-body")).stream()
                    .anyMatch(body -> body.getText().contains(message.substring(message.indexOf("https:")))));
            browser.screenshot("portal-messages-phone");
            assertNoSidewaysScroll(browser, "messages after sending");
            assertWithinScreen(browser, "vaadin-text-area.portal-message-text", "vaadin-button.portal-message-send",
                    ".portal-message", ".portal-message-body");
            assertThat(tooSmall(browser)).as("touch targets under 44 × 44 after sending").isEmpty();
            assertThat(jdbc.queryForList("select from_candidate from message where author_user_id = ? and body = ?",
                    Boolean.class, login.getId(), message)).containsExactly(true);
            assertThat(browser.consoleErrors()).as("errors in the browser console").isEmpty();
        }
    }

    /**
     * #16 on a phone: the candidate hands in a document from the documents page and opens the version she uploaded
     * (the download link gives back her file as an attachment); the list, the upload controls and a long file name stay
     * within the screen, with finger-sized controls.
     */
    @Test
    void candidateHandsInADocumentAndOpensItsVersionOnAPhone(@TempDir Path files)
            throws Exception {
        String email = "yuna.choi@careerbridge.example";
        DemoSignIns.candidate(demo, accounts, email);
        String title = "자기소개서 " + System.nanoTime() % 100_000;
        Path letter = Pdfs.onePage(files.resolve(
                "choi-yuna-cover-letter-account-manager-enterprise-software-final.pdf"), "Choi Yuna - cover letter");

        try (Browser browser = Browser.open("http://localhost:" + port)) {
            onAPhone(browser);
            browser.signIn(email, PASSWORD);
            browser.go("/portal/documents");
            WebElement upload = browser.waitFor(By.cssSelector("vaadin-upload.document-upload"));
            assertNoSidewaysScroll(browser, "documents");
            assertWithinScreen(browser, "vaadin-upload.document-upload", "vaadin-select.document-kind",
                    "vaadin-text-field.document-title");
            assertThat(tooSmall(browser)).as("touch targets under 44 × 44 on the documents page").isEmpty();

            WebElement titleField = browser.waitFor(By.cssSelector("vaadin-text-field.document-title"));
            browser.type(titleField, title);
            titleField.findElement(By.cssSelector("input")).sendKeys(Keys.TAB);
            browser.idle();
            browser.choose(upload, letter);
            String card = "//div[contains(concat(' ', normalize-space(@class), ' '), ' portal-document ')]"
                    + "[.//h4[normalize-space(.)=" + Browser.literal(title) + "]]";
            WebElement download = browser.waitFor(By.xpath(card + "//a[contains(@class, 'document-download')]"));
            // Handed in, the upload is ready for the next document (a finished file no longer blocks it).
            browser.idle();
            assertThat(browser.script("return document.querySelector('vaadin-upload.document-upload').maxFilesReached;"))
                    .as("the upload still holds the finished file and takes no other").isEqualTo(false);
            browser.screenshot("portal-documents-phone");
            assertNoSidewaysScroll(browser, "documents with a new document");
            assertWithinScreen(browser, ".portal-document", ".document-version-facts", "a.document-download",
                    "vaadin-upload.document-version-upload");
            assertThat(tooSmall(browser)).as("touch targets under 44 × 44 with a document").isEmpty();

            // Opening the version: what its link serves is her file, as an attachment.
            browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            @SuppressWarnings("unchecked")
            Map<String, Object> served = (Map<String, Object>) ((JavascriptExecutor) browser.driver())
                    .executeAsyncScript("""
                            const done = arguments[arguments.length - 1];
                            fetch(arguments[0].href).then(async response => done({status: response.status,
                                disposition: response.headers.get('content-disposition') || '',
                                type: response.headers.get('content-type') || '',
                                size: (await response.arrayBuffer()).byteLength}))
                              .catch(e => done({status: -1, disposition: String(e), type: '', size: 0}));""", download);
            assertThat(served).containsEntry("status", 200L).containsEntry("type", "application/pdf")
                    .containsEntry("size", Files.size(letter));
            assertThat((String) served.get("disposition")).startsWith("attachment").contains(".pdf");
            assertThat(browser.consoleErrors()).as("errors in the browser console").isEmpty();
        }
    }

    /** Chromium as a 390 × 844 touch phone. */
    private static void onAPhone(Browser browser) {
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 3, "mobile", true));
        chrome.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 5));
    }

    /** Every visible element matching each selector lies within the screen's width (none cut off on either side). */
    @SuppressWarnings("unchecked")
    private static void assertWithinScreen(Browser browser, String... selectors) {
        browser.idle();
        for (String selector : selectors) {
            List<String> found = (List<String>) ((JavascriptExecutor) browser.driver())
                    .executeScript("""
                            const width = document.documentElement.clientWidth;
                            return [...document.querySelectorAll(arguments[0])]
                                .map(e => e.getBoundingClientRect())
                                .filter(r => r.width > 0 && r.height > 0)
                                .map(r => Math.round(r.left) + '..' + Math.round(r.right)
                                    + (r.left < -1 || r.right > width + 1 ? ' outside' : ''));""", selector);
            assertThat(found).as("%s on the screen", selector).isNotEmpty();
            assertThat(found).as("%s within 0..%s", selector, WIDTH).noneMatch(r -> r.endsWith("outside"));
        }
    }

    private int itemsDone(UserAccount login) {
        return actingAs.call(login.getId(), () -> assignments.mine().items().stream()
                .mapToInt(AssignmentOverview::itemsDone).sum());
    }

    @SuppressWarnings("unchecked")
    private static List<String> tooSmall(Browser browser) {
        browser.idle();
        return (List<String>) browser.script(TOUCH_TARGETS);
    }

    private static void assertNoSidewaysScroll(Browser browser, String screen) {
        browser.idle();
        long scrollWidth = ((Number) browser.script("return document.documentElement.scrollWidth;")).longValue();
        long clientWidth = ((Number) browser.script("return document.documentElement.clientWidth;")).longValue();
        String widest = (String) browser.script("""
                const width = document.documentElement.clientWidth;
                const over = [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > width + 1)
                    .map(e => e.localName + (e.className ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')
                        + ' ' + Math.round(e.getBoundingClientRect().right));
                return over.slice(0, 8).join(', ');""");
        assertThat(scrollWidth).as("%s scrolls sideways (%s > %s); past the right edge: %s", screen, scrollWidth,
                clientWidth, widest).isLessThanOrEqualTo(clientWidth);
    }
}
