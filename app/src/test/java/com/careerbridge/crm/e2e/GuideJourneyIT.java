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
import com.careerbridge.crm.client.Candidate;
import com.careerbridge.crm.client.CandidateForm;
import com.careerbridge.crm.client.CandidateService;
import com.careerbridge.crm.client.CareerStage;
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
 * The path people take, in a real browser against the whole application: a consultant assigns a guide, the candidate
 * reads it in the portal and ticks an item, the consultant sees the progress. With {@code -Dscreenshots=true} it also
 * photographs the main screens into docs/screenshots.
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
    void consultantAssignsCandidateReadsAndTicksConsultantSeesProgress() throws Exception {
        UserAccount consultant = SystemWork.call(() -> accounts.create(new EmailAddress("mina.consultant@example.com"),
                "Mina Seo", Role.CONSULTANT, Locale.ENGLISH, PASSWORD));
        GuideSummary sales = as(consultant, () -> guides.library().stream()
                .filter(summary -> summary.slug().equals("sales")).findFirst().orElseThrow());
        Candidate candidate = as(consultant, () -> candidates.create(new CandidateForm("Jiwoo Han", "jiwoo.han@example.com",
                "", Language.EN, "Asia/Seoul", CareerStage.EXPERIENCED, "Hanbit Logistics", "Account executive", List.of()), null));
        String candidateLogin = as(consultant, () -> {
            String temporary = "temporary-password-1";
            UserAccount login = candidates.createLogin(candidate.getId(), temporary);
            SystemWork.run(() -> accounts.changePassword(login.getId(), temporary, PASSWORD));
            targetRoles.add(candidate.getId(), sales.guideId(), new TargetRoleForm(1, List.of("Salesforce"), TargetRoleStatus.PREPARING));
            LocalDateTime next = LocalDate.now(SEOUL).plusDays(1).atTime(15, 0);
            sessions.schedule(candidate.getId(), new SessionPlan(next, next.plusHours(1), "Asia/Seoul", SessionMode.ONLINE,
                    "https://meet.example.com/jiwoo", "Mock interview for the sales role"));
            return login.getEmail().value();
        });

        try (Browser browser = Browser.open("http://localhost:" + port)) {
            // The consultant assigns the guide from the library's reader.
            browser.signIn(consultant.getEmail().value(), PASSWORD);
            browser.screenshot("dashboard");
            screenshotIfThere(browser, "/candidates", "candidate-list");
            screenshotIfThere(browser, "/candidates/" + candidate.getId(), "candidate-page");
            browser.go("/guides");
            browser.waitForText("Sales Analyst");
            browser.screenshot("guide-library");
            browser.go("/guides/" + sales.guideId());
            browser.waitFor(By.cssSelector(".guide-article h2"));
            browser.screenshot("guide-reader");
            browser.click(browser.waitFor(By.xpath("//vaadin-radio-button[normalize-space(.)='한국어']")));
            browser.wait.until(d -> d.findElement(By.cssSelector(".guide-article h2")).getText().equals("영업"));
            browser.screenshot("guide-reader-ko");

            browser.click(browser.button("Assign"));
            WebElement picker = browser.waitFor(By.cssSelector("vaadin-multi-select-combo-box input"));
            picker.click();
            picker.sendKeys("Jiwoo");
            WebElement option = browser.waitFor(By.xpath("//vaadin-multi-select-combo-box-item[contains(., 'Jiwoo Han')]"));
            browser.click(option);
            picker.sendKeys(Keys.ESCAPE);
            browser.click(browser.dialogButton("Assign"));
            browser.waitForText("Assigned to 1: Jiwoo Han");
            browser.screenshot("assign-dialog");
            assertThat(as(consultant, () -> assignments.forCandidate(candidate.getId())))
                    .extracting(AssignmentOverview::guideId).containsExactly(sales.guideId());

            browser.go("/sessions");
            browser.waitFor(By.cssSelector(".session-block"));
            browser.screenshot("calendar-week");
            browser.click(browser.waitFor(By.xpath("//vaadin-radio-button[normalize-space(.)='Month']")));
            browser.waitFor(By.cssSelector(".calendar.month .session-block"));
            browser.screenshot("calendar-month");
            browser.signOut();

            // The candidate reads the guide in the portal and ticks the first item.
            browser.signIn(candidateLogin, PASSWORD);
            browser.go("/portal");
            WebElement card = browser.waitFor(By.cssSelector("a.guide-card-title"));
            assertThat(card.getText()).isEqualTo("Sales");
            browser.screenshot("portal");
            browser.click(card);
            browser.waitFor(By.cssSelector(".guide-article"));
            WebElement firstItem = browser.waitFor(By.cssSelector(".guide-checklist vaadin-checkbox"));
            browser.click(firstItem.findElement(By.cssSelector("input")));
            int total = as(consultant, () -> assignments.forCandidate(candidate.getId()).getFirst().itemsTotal());
            browser.waitForText("1 of " + total + " done");
            browser.screenshot("portal-guide");
            browser.signOut();

            // The consultant sees the reading and the tick.
            browser.signIn(consultant.getEmail().value(), PASSWORD);
            browser.go("/guides/" + sales.guideId());
            browser.waitForText("Jiwoo Han");
            Pattern percent = Pattern.compile("([1-9]\\d*)%");
            browser.wait.until(d -> browser.gridCellTexts().stream().anyMatch(text -> percent.matcher(text).find()));
            assertThat(browser.gridCellTexts()).anyMatch(text -> text.contains("Jiwoo Han"));
            // every screen of the journey (the candidate page's Chart.js included) works under the UI's policy
            assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
        }
        AssignmentOverview progress = as(consultant, () -> assignments.forCandidate(candidate.getId()).getFirst());
        assertThat(progress.itemsDone()).isEqualTo(1);
        assertThat(progress.firstOpenedAt()).isNotNull();
        assertThat(as(consultant, () -> targetRoles.forCandidate(candidate.getId()).getFirst().getReadiness())).isPositive();
    }

    /** Screens other parts of the UI provide (candidate list and page); photographed when they exist. */
    private static void screenshotIfThere(Browser browser, String path, String name) {
        browser.go(path);
        boolean isAView = !browser.driver().findElements(By.tagName("vaadin-app-layout")).isEmpty();
        String text = browser.driver().findElement(By.tagName("body")).getText();
        if (isAView && !text.contains("Could not navigate")) {
            browser.screenshot(name);
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
