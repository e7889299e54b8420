package com.careerbridge.crm.e2e;

import java.util.Locale;
import java.util.Map;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.SystemWork;
import com.careerbridge.crm.demo.DemoData;
import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.testsupport.PostgresTestInitializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Photographs the main screens with the demo consultancy into docs/screenshots, the way a new user sees them after
 * the first start: the Korean consultant's day, the English consultant's candidate page, the administrator's report
 * and brand, and a candidate's portal on a desktop and a phone. A tool rather than a check: it runs only when asked,
 * {@code ./mvnw -pl app -am verify -Dtest=NONE -Dit.test=ScreenshotTourIT -Dscreenshots=true}, and it still fails
 * when a screen it photographs does not show what it should or the browser console reports an error.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PostgresTestInitializer.class)
class ScreenshotTourIT {

    private static final String ADMIN_PASSWORD = "screenshot-admin-password";

    @LocalServerPort
    int port;
    @Autowired
    DemoData demo;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void photographsTheMainScreensWithTheDemoConsultancy() throws Exception {
        Map<String, String> logins = DemoSignIns.of(demo);
        String korean = "jihyun.park@careerbridge.example";
        String english = "daniel.cho@careerbridge.example";
        String candidate = "jimin.park@careerbridge.example";
        DemoSignIns.candidate(demo, accounts, candidate);
        String admin = "screenshot.admin." + System.nanoTime() + "@example.com";
        SystemWork.run(() -> accounts.create(new EmailAddress(admin), "관리자", Role.ADMIN, Locale.KOREAN,
                ADMIN_PASSWORD));

        try (Browser browser = Browser.open("http://localhost:" + port)) {
            ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1440, "height", 900, "deviceScaleFactor", 1, "mobile", false));

            browser.signIn(korean, logins.get(korean));
            browser.go("/");
            browser.waitFor(By.cssSelector(".dashboard-panel"));
            browser.screenshot("dashboard");
            browser.go("/candidates");
            browser.waitFor(By.cssSelector("vaadin-grid"));
            browser.screenshot("candidate-list");
            browser.go("/applications");
            browser.waitFor(By.cssSelector(".dashboard-panel"));
            browser.screenshot("applications");
            browser.go("/sessions");
            browser.waitFor(By.cssSelector(".calendar"));
            if (browser.driver().findElements(By.cssSelector(".session-block")).isEmpty()) {
                // the demo's sessions lie ahead: at the end of a week, the next week shows them
                browser.click(browser.waitFor(By.cssSelector("vaadin-button[aria-label='다음']")));
            }
            browser.waitFor(By.cssSelector(".session-block"));
            browser.screenshot("calendar-week");
            browser.go("/guides");
            browser.waitFor(By.cssSelector("vaadin-grid"));
            browser.screenshot("guide-library");
            long guideId = jdbc.queryForObject("select id from role_guide where slug = 'account-manager'", Long.class);
            browser.go("/guides/" + guideId);
            browser.waitFor(By.cssSelector(".guide-article h2"));
            browser.screenshot("guide-reader-ko");
            browser.signOut();

            browser.signIn(english, logins.get(english));
            browser.go("/guides/" + guideId);
            browser.waitFor(By.cssSelector(".guide-article h2"));
            browser.screenshot("guide-reader");
            long englishCandidate = jdbc.queryForObject("""
                    select c.id from candidate c join user_account u on u.id = c.consultant_id
                    where u.email = ? and exists (select 1 from job_application a where a.candidate_id = c.id)
                    order by c.id limit 1""", Long.class, english);
            browser.go("/candidates/" + englishCandidate);
            browser.waitFor(By.cssSelector(".readiness-chart, canvas"));
            browser.screenshot("candidate-page");
            browser.signOut();

            browser.signIn(admin, ADMIN_PASSWORD);
            browser.go("/outcomes");
            browser.waitFor(By.cssSelector("canvas"));
            browser.screenshot("outcomes");
            browser.go("/admin/consultancy");
            browser.waitFor(By.cssSelector("vaadin-upload"));
            browser.screenshot("consultancy");
            browser.signOut();

            browser.signIn(candidate, DemoSignIns.CANDIDATE_PASSWORD);
            browser.go("/portal");
            browser.waitFor(By.cssSelector("a.guide-card-title"));
            browser.screenshot("portal");
            browser.click(browser.waitFor(By.cssSelector("a.guide-card-title")));
            browser.waitFor(By.cssSelector(".guide-article"));
            browser.screenshot("portal-guide");

            assertThat(browser.consoleErrors()).as("errors in the browser console").isEmpty();
        }
    }
}
