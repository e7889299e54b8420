package com.careerbridge.crm.e2e;

import java.time.Instant;
import java.util.Map;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.demo.DemoData;
import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.testsupport.PostgresTestInitializer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Self-service booking in a real browser on the demo consultancy (#15): 박지민 books a CV review with her consultant
 * Daniel Cho in the portal, Daniel sees it in his calendar marked as booked by the candidate, she moves it to another
 * free time, and Daniel cancels it, recording that she called it off late.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"careerbridge.admin.password=" + AccessibilityIT.ADMIN_PASSWORD, "careerbridge.demo.enabled=false"})
@ContextConfiguration(initializers = PostgresTestInitializer.class)
class BookingJourneyIT {

    private static final String CANDIDATE = "jimin.park@careerbridge.example";
    private static final String CONSULTANT = "daniel.cho@careerbridge.example";

    @LocalServerPort
    int port;
    @Autowired
    DemoData demo;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void candidateBooksConsultantSeesItCandidateMovesItConsultantCancelsIt() throws Exception {
        UserAccount login = DemoSignIns.candidate(demo, accounts, CANDIDATE);
        Map<String, String> logins = DemoSignIns.of(demo);
        long candidateId = jdbc.queryForObject("select id from candidate where user_id = ?", Long.class, login.getId());
        long consultantId = accounts.findByEmail(new EmailAddress(CONSULTANT)).orElseThrow().getId();

        try (Browser browser = Browser.open("http://localhost:" + port)) {
            // The candidate books the first free CV review (her portal is in Korean).
            browser.signIn(CANDIDATE, DemoSignIns.CANDIDATE_PASSWORD);
            browser.go("/portal");
            browser.click(browser.waitFor(By.xpath("//vaadin-button[normalize-space(.)='세션 예약하기']"
                    + " | //a[normalize-space(.)='세션 예약하기']")));
            browser.wait.until(d -> d.getCurrentUrl().endsWith("/portal/book"));
            browser.click(browser.waitFor(By.xpath("//vaadin-radio-button[contains(normalize-space(.), '이력서 리뷰')]")));
            firstFreeTime(browser, "");
            browser.click(browser.waitFor(By.xpath("//vaadin-dialog[@opened]//vaadin-button[contains(@class, 'booking-confirm')]")));
            browser.waitFor(By.cssSelector(".booking-upcoming-item .booking-reschedule"));
            Map<String, Object> booked = jdbc.queryForMap("""
                    select id, starts_at from coaching_session
                    where candidate_id = ? and booked_by_candidate and status = 'SCHEDULED' order by id desc limit 1""",
                    candidateId);
            long sessionId = ((Number) booked.get("id")).longValue();
            Instant bookedAt = ((java.sql.Timestamp) booked.get("starts_at")).toInstant();

            // She moves it to another free time (after the "booked" notice, which covers the bottom of the page).
            browser.script("document.querySelectorAll('vaadin-notification').forEach(n => n.opened = false);");
            WebElement item = browser.waitFor(By.xpath("//div[contains(@class, 'booking-upcoming-item')]"
                    + "[.//vaadin-button[contains(@class, 'booking-reschedule')]]"));
            browser.click(item.findElement(By.cssSelector("vaadin-button.booking-reschedule")));
            firstFreeTime(browser, "//vaadin-dialog[@opened]");
            browser.click(browser.waitFor(By.xpath("//vaadin-dialog[@opened]//vaadin-button[contains(@class, 'reschedule-confirm')]")));
            browser.wait.until(d -> !bookedAt.equals(startOf(sessionId)));
            Instant movedTo = startOf(sessionId);
            browser.signOut();

            // Her consultant finds it in his calendar, marked as booked by her, and cancels it as a late call-off.
            browser.signIn(CONSULTANT, logins.get(CONSULTANT));
            browser.go("/sessions");
            browser.waitFor(By.cssSelector(".calendar"));
            By block = By.cssSelector(".session-block[data-session-id='" + sessionId + "']");
            for (int week = 0; week < 6 && browser.driver().findElements(block).isEmpty(); week++) {
                browser.click(browser.waitFor(By.cssSelector("vaadin-button[aria-label='Next']")));
                browser.idle();
            }
            WebElement session = browser.waitFor(block);
            assertThat(session.getAttribute("class")).contains("self-booked");
            assertThat(session.getAttribute("aria-label")).contains("Booked by candidate");
            browser.click(session);
            browser.click(browser.dialogButton("Cancel session"));
            String confirm = "//vaadin-dialog[@opened][contains(@class, 'session-confirm-dialog')]";
            browser.click(browser.waitFor(By.xpath(confirm + "//vaadin-checkbox[contains(normalize-space(.), 'cancelled late')]")));
            browser.click(browser.waitFor(By.xpath(confirm + "//vaadin-button[normalize-space(.)='Cancel session']")));
            browser.wait.until(d -> "CANCELLED".equals(jdbc.queryForObject(
                    "select status from coaching_session where id = ?", String.class, sessionId)));

            assertThat(jdbc.queryForMap("select consultant_id, late_cancellation, starts_at from coaching_session where id = ?",
                    sessionId)).containsEntry("consultant_id", consultantId).containsEntry("late_cancellation", true);
            assertThat(movedTo).isNotEqualTo(bookedAt);
            assertThat(jdbc.queryForList("select action from activity where candidate_id = ? and subject_id = ? order by id",
                    String.class, candidateId, sessionId))
                    .containsExactly("session-booked", "session-moved", "session-cancelled-late");
            assertThat(browser.consoleErrors()).as("errors in the browser console").isEmpty();
            assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
        }
    }

    /** Clicks the first free time on the page (or in the dialog), turning to the next week while a week has none. */
    private static void firstFreeTime(Browser browser, String scope) {
        By slot = By.xpath(scope + "//vaadin-button[contains(@class, 'slot-button')]");
        browser.idle();
        for (int week = 0; week < 4 && browser.driver().findElements(slot).isEmpty(); week++) {
            browser.click(browser.waitFor(By.xpath(scope + "//vaadin-button[contains(@class, 'slot-week-next')]")));
            browser.idle();
        }
        browser.click(browser.waitFor(slot));
    }

    private Instant startOf(long sessionId) {
        return jdbc.queryForObject("select starts_at from coaching_session where id = ?", java.sql.Timestamp.class,
                sessionId).toInstant();
    }
}
