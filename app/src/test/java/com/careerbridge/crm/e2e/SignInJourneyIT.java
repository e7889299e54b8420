package com.careerbridge.crm.e2e;

import java.util.List;
import java.util.Locale;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.ActingAs;
import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.SystemWork;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateForm;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.candidate.CareerStage;
import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.testsupport.PostgresTestInitializer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Addresses and the sign-in in a real browser (#20): a deep link opened while signed out is where the sign-in ends,
 * even after a wrong password — which leaves the e-mail in the form — and a mistyped address shows the translated
 * "not found" page inside the layout instead of an empty 403.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "careerbridge.admin.password=first-admin-password")
@ContextConfiguration(initializers = PostgresTestInitializer.class)
class SignInJourneyIT {

    private static final String PASSWORD = "sign-in-journey-123";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    CandidateService candidates;
    @Autowired
    ActingAs actingAs;

    @Test
    void aDeepLinkSurvivesAWrongPasswordAndTheSignInAndAMistypedAddressIsExplained() throws Exception {
        String email = "deep.link." + System.nanoTime() % 1_000_000 + "@example.com";
        UserAccount consultant = SystemWork.call(() -> accounts.create(new EmailAddress(email), "Dana Deep",
                Role.CONSULTANT, Locale.ENGLISH, PASSWORD));
        Candidate candidate = actingAs.call(consultant.getId(), () -> candidates.create(new CandidateForm(
                "Linked Candidate", "linked." + System.nanoTime() % 1_000_000 + "@example.com", "", Language.EN,
                "Asia/Seoul", CareerStage.EXPERIENCED, "", "", List.of()), null));

        try (Browser browser = Browser.open("http://localhost:" + port)) {
            browser.go("/candidates/" + candidate.getId());
            browser.wait.until(d -> d.getCurrentUrl().contains("/login"));

            signInWith(browser, email, "not the password");
            browser.wait.until(d -> d.getCurrentUrl().contains("/login?error"));
            browser.idle();
            WebElement username = browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("vaadin-login-form input[name='username']")));
            browser.wait.until(d -> email.equals(username.getDomProperty("value")));

            WebElement password = browser.driver().findElement(By.cssSelector("vaadin-login-form input[name='password']"));
            password.sendKeys(PASSWORD);
            password.sendKeys("\n");
            try {
                browser.wait.until(d -> d.getCurrentUrl().contains("/candidates/" + candidate.getId()));
            } catch (RuntimeException e) {
                throw new AssertionError("landed on " + browser.driver().getCurrentUrl(), e);
            }
            browser.idle();
            browser.waitForText("Linked Candidate");

            browser.go("/candidatez");
            browser.waitForText("Page not found");
            String page = browser.driver().findElement(By.tagName("body")).getText();
            assertThat(page).contains("/candidatez").contains("Back to the start page").contains("Candidates");
        }
    }

    private static void signInWith(Browser browser, String email, String password) {
        WebElement username = browser.wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']")));
        username.sendKeys(email);
        WebElement passwordInput = browser.driver().findElement(By.cssSelector("vaadin-login-form input[name='password']"));
        passwordInput.sendKeys(password);
        passwordInput.sendKeys("\n");
    }
}
