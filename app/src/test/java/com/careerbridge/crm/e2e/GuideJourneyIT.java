package com.careerbridge.crm.e2e;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.SystemWork;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.assignment.AssignmentOverview;
import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.roleguide.GuideSummary;
import com.careerbridge.crm.roleguide.RoleGuideService;
import com.careerbridge.crm.session.SessionMode;
import com.careerbridge.crm.session.SessionPlan;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.targetrole.TargetRoleForm;
import com.careerbridge.crm.targetrole.TargetRoleService;
import com.careerbridge.crm.targetrole.TargetRoleStatus;
import com.careerbridge.testsupport.PostgresTestInitializer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The path people take, in a real browser against the whole application: a consultant creates a candidate with the
 * form and assigns a guide, the candidate reads it in the portal and ticks an item, the consultant sees the progress
 * and the readiness chart. Also: a Korean-preferring user on an English browser sees Korean at once, and the browser
 * console stays free of errors. (The screenshots in docs/screenshots come from
 * ScreenshotTourIT, with the demo consultancy.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "careerbridge.admin.password=first-admin-password")
@ContextConfiguration(initializers = PostgresTestInitializer.class)
class GuideJourneyIT {

    private static final String PASSWORD = "journey-password-123";
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    CandidateService candidates;
    @Autowired
    RoleGuideService guides;
    @Autowired
    AssignmentService assignments;
    @Autowired
    SessionService sessions;
    @Autowired
    TargetRoleService targetRoles;

    @Test
    void consultantCreatesAndAssignsCandidateReadsAndTicksConsultantSeesProgress() throws Exception {
        UserAccount consultant = SystemWork.call(() -> accounts.create(new EmailAddress("mina.consultant@example.com"),
                "Mina Seo", Role.CONSULTANT, Locale.ENGLISH, PASSWORD));
        UserAccount koreanConsultant = SystemWork.call(() -> accounts.create(new EmailAddress("seojun.kim@example.com"),
                "김서준", Role.CONSULTANT, Locale.KOREAN, PASSWORD));
        GuideSummary sales = as(consultant, () -> guides.library().stream()
                .filter(summary -> summary.slug().equals("sales")).findFirst().orElseThrow());

        try (Browser browser = Browser.open("http://localhost:" + port)) {
            // Someone who prefers Korean, on an English browser, gets Korean from the very first screen.
            browser.signIn(koreanConsultant.getEmail().value(), PASSWORD);
            browser.waitFor(By.tagName("vaadin-app-layout"));
            String firstScreen = browser.driver().findElement(By.tagName("body")).getText();
            assertThat(firstScreen).contains("김서준님, 환영합니다").doesNotContain("Welcome");
            browser.signOut();

            // The consultant creates the candidate with the form.
            browser.signIn(consultant.getEmail().value(), PASSWORD);
            browser.go("/candidates");
            browser.click(browser.button("New candidate"));
            browser.type(browser.dialogField("vaadin-text-field", "Name"), "Jiwoo Han");
            browser.type(browser.dialogField("vaadin-text-field", "E-mail"), "jiwoo.han@example.com");
            browser.type(browser.dialogField("vaadin-text-field", "Current company"), "Hanbit Logistics");
            browser.click(browser.dialogField("vaadin-select", "Language"));
            browser.click(browser.waitFor(By.xpath("(//vaadin-select[@opened]//vaadin-select-item"
                    + " | //vaadin-select-overlay[@opened]//vaadin-select-item)[normalize-space(.)='English']")));
            browser.click(browser.dialogButton("Save"));
            browser.wait.until(d -> d.getCurrentUrl().matches(".*/candidates/\\d+$"));
            browser.waitForText("Jiwoo Han has been saved.");
            long candidateId = Long.parseLong(browser.driver().getCurrentUrl().replaceFirst(".*/candidates/", ""));
            Candidate candidate = as(consultant, () -> candidates.get(candidateId));
            assertThat(candidate.getEmail().value()).isEqualTo("jiwoo.han@example.com");
            assertThat(candidate.getCurrentCompany()).isEqualTo("Hanbit Logistics");
            assertThat(candidate.getPreferredLanguage()).isEqualTo(Language.EN);
            browser.go("/candidates");
            browser.waitForText("Jiwoo Han");

            // What the invitation flow will do by e-mail, done here through the services: a login with a password,
            // plus a target role and a session so that the portal and the calendar have something to show.
            String candidateLogin = as(consultant, () -> {
                String temporary = "temporary-password-1";
                UserAccount login = candidates.createLogin(candidateId, temporary);
                SystemWork.run(() -> accounts.changePassword(login.getId(), temporary, PASSWORD));
                targetRoles.add(candidateId, sales.guideId(),
                        new TargetRoleForm(1, List.of("Salesforce"), TargetRoleStatus.PREPARING));
                LocalDateTime next = LocalDate.now(SEOUL).plusDays(1).atTime(15, 0);
                sessions.schedule(candidateId, new SessionPlan(next, next.plusHours(1), "Asia/Seoul",
                        SessionMode.ONLINE, "https://meet.example.com/jiwoo", "Mock interview for the sales role"));
                return login.getEmail().value();
            });

            // The consultant assigns the guide from the library's reader.
            browser.go("/guides");
            browser.waitForText("Sales Analyst");
            browser.go("/guides/" + sales.guideId());
            browser.waitFor(By.cssSelector(".guide-article h2"));
            browser.click(browser.waitFor(By.xpath("//vaadin-radio-button[normalize-space(.)='한국어']")));
            browser.wait.until(d -> d.findElement(By.cssSelector(".guide-article h2")).getText().equals("영업"));

            browser.click(browser.button("Assign"));
            WebElement picker = browser.waitFor(By.cssSelector("vaadin-multi-select-combo-box input"));
            picker.click();
            picker.sendKeys("Jiwoo");
            WebElement option = browser.waitFor(By.xpath("//vaadin-multi-select-combo-box-item[contains(., 'Jiwoo Han')]"));
            browser.click(option);
            picker.sendKeys(Keys.ESCAPE);
            browser.click(browser.dialogButton("Assign"));
            browser.waitForText("Assigned to 1: Jiwoo Han");
            assertThat(as(consultant, () -> assignments.forCandidate(candidateId)))
                    .extracting(AssignmentOverview::guideId).containsExactly(sales.guideId());

            browser.go("/sessions");
            browser.waitFor(By.cssSelector(".calendar"));
            if (browser.driver().findElements(By.cssSelector(".session-block")).isEmpty()) {
                // tomorrow in Seoul is in the next week when the test runs on a Sunday there
                browser.click(browser.waitFor(By.cssSelector("vaadin-button[aria-label='Next']")));
            }
            browser.waitFor(By.cssSelector(".session-block"));
            browser.click(browser.waitFor(By.xpath("//vaadin-radio-button[normalize-space(.)='Month']")));
            browser.waitFor(By.cssSelector(".calendar.month .session-block"));
            browser.signOut();

            // The candidate reads the guide in the portal and ticks the first item.
            browser.signIn(candidateLogin, PASSWORD);
            browser.go("/portal");
            WebElement card = browser.waitFor(By.cssSelector("a.guide-card-title"));
            assertThat(card.getText()).isEqualTo("Sales");
            browser.click(card);
            browser.waitFor(By.cssSelector(".guide-article"));
            WebElement firstItem = browser.waitFor(By.cssSelector(".guide-checklist vaadin-checkbox"));
            browser.click(firstItem.findElement(By.cssSelector("input")));
            int total = as(consultant, () -> assignments.forCandidate(candidateId).getFirst().itemsTotal());
            browser.waitForText("1 of " + total + " done");
            browser.signOut();

            // The consultant sees the reading and the tick.
            browser.signIn(consultant.getEmail().value(), PASSWORD);
            browser.go("/guides/" + sales.guideId());
            browser.waitForText("Jiwoo Han");
            Pattern percent = Pattern.compile("([1-9]\\d*)%");
            browser.wait.until(d -> browser.gridCellTexts().stream().anyMatch(text -> percent.matcher(text).find()));
            assertThat(browser.gridCellTexts()).anyMatch(text -> text.contains("Jiwoo Han"));

            // The candidate's page draws the readiness trend with Chart.js (from its WebJar) on a real canvas.
            browser.go("/candidates/" + candidateId);
            browser.waitFor(By.cssSelector(".readiness-chart canvas"));
            browser.wait.until(d -> Boolean.TRUE.equals(browser.script(
                    "const host = document.querySelector('.readiness-chart');"
                            + "return !!(window.Chart && host && host._chart && window.Chart.getChart(host.querySelector('canvas')));")));
            long painted = ((Number) browser.script("""
                    const canvas = document.querySelector('.readiness-chart canvas');
                    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                    let painted = 0;
                    for (let i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) painted++; }
                    return painted;""")).longValue();
            assertThat(painted).as("painted pixels on the readiness chart").isGreaterThan(1_000);
            assertThat(((Number) browser.script("return document.querySelector('.readiness-chart')._chart"
                    + ".data.datasets.length;")).intValue()).isEqualTo(1);

            assertThat(browser.consoleErrors()).as("errors in the browser console during the journey").isEmpty();
            // every screen of the journey (the candidate page's Chart.js included) works under the UI's policy
            assertThat(browser.contentSecurityPolicyViolations()).isEmpty();

            AssignmentOverview progress = as(consultant, () -> assignments.forCandidate(candidateId).getFirst());
            assertThat(progress.itemsDone()).isEqualTo(1);
            assertThat(progress.firstOpenedAt()).isNotNull();
            int readiness = as(consultant, () -> targetRoles.forCandidate(candidateId).getFirst().getReadiness());
            assertThat(readiness).isPositive();
        }
    }

    private <T> T as(UserAccount account, Supplier<T> work) {
        UserDetails user = userDetails.loadUserByUsername(account.getEmail().value());
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
