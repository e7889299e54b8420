package com.careerbridge.crm.app.web;

import java.net.http.HttpResponse;
import java.util.Locale;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.SystemWork;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.shared.EmailAddress;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Addresses typed into the browser (#20): a deep link opened while signed out is where the sign-in leads (even after
 * a wrong password and the service worker's background fetch of "/"), and a mistyped address of a signed-in person
 * reaches the UI's "not found" page instead of an empty 403.
 */
@WebSecurityTest
class NavigationAcrossSignInIT {

    static final String PASSWORD = "navigation-password-123";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;

    private static int sequence;

    private UserAccount newConsultant() {
        String email = "navigation-" + (++sequence) + "-" + System.nanoTime() % 100_000 + "@example.com";
        return SystemWork.call(() -> accounts.create(new EmailAddress(email), "Navigation Tester", Role.CONSULTANT,
                Locale.ENGLISH, PASSWORD));
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void aDeepLinkOpenedWhileSignedOutIsWhereTheSignInLeads() {
        UserAccount consultant = newConsultant();
        HttpBrowser browser = new HttpBrowser(port, "198.51.100.61");

        HttpResponse<String> deepLink = browser.get("/candidates/2?tab=sessions", "Sec-Fetch-Mode", "navigate",
                "Sec-Fetch-Dest", "document");
        assertThat(deepLink.statusCode()).isEqualTo(302);
        assertThat(location(deepLink)).endsWith("/login");

        // what the PWA service worker fetches in the background while the login page is shown (no Referer under
        // our Referrer-Policy, so Vaadin cannot tell it from a page)
        browser.get("/", "Sec-Fetch-Mode", "same-origin", "Sec-Fetch-Dest", "empty");

        HttpResponse<String> wrong = browser.signIn(consultant.getEmail().value(), "not the password");
        assertThat(location(wrong)).contains("/login?error");
        browser.get("/login?error");

        HttpResponse<String> signIn = browser.signIn(consultant.getEmail().value(), PASSWORD);
        assertThat(signIn.statusCode()).isEqualTo(302);
        // Spring Security's request cache marks the way back with "continue"; the view ignores it
        assertThat(location(signIn)).contains("/candidates/2?tab=sessions");
    }

    @Test
    void aSignedInPersonsMistypedAddressIsAnsweredWithTheNotFoundPage() {
        UserAccount consultant = newConsultant();
        HttpBrowser browser = new HttpBrowser(port, "198.51.100.62");
        assertThat(location(browser.signIn(consultant.getEmail().value(), PASSWORD))).doesNotContain("/login");

        HttpResponse<String> mistyped = browser.get("/candidatez");

        // Vaadin's page, whose router shows NotFoundView (ErrorPagesIT in web-ui); it was an empty 403 before
        assertThat(mistyped.statusCode()).isIn(200, 404);
        assertThat(mistyped.body()).contains("<meta name=\"_csrf\"");

        HttpResponse<String> anonymous = new HttpBrowser(port, "198.51.100.63").get("/candidatez");
        assertThat(anonymous.statusCode()).as("signed out: still the login first").isEqualTo(302);
        assertThat(location(anonymous)).endsWith("/login");
    }
}
