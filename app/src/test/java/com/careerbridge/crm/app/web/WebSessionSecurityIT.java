package com.careerbridge.crm.app.web;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.SignInStanding;
import com.careerbridge.crm.account.SystemWork;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.shared.EmailAddress;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Web sessions as a browser meets them, over HTTP against the whole application: a new session id at sign-in, cookie
 * flags, sessions ended by a deactivation or a password change made elsewhere, logout, the idle timeout that Vaadin's
 * heartbeats must not defeat, and the sign-in throttle on the login form.
 */
@WebSecurityTest
class WebSessionSecurityIT {

    static final String PASSWORD = "session-password-123";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    ServletWebServerApplicationContext context;
    @Autowired
    SignInStanding standing;

    private static int sequence;

    private UserAccount newConsultant() {
        String email = "web-session-" + (++sequence) + "-" + System.nanoTime() % 100_000 + "@example.com";
        return SystemWork.call(() -> accounts.create(new EmailAddress(email), "Session Tester", Role.CONSULTANT,
                Locale.ENGLISH, PASSWORD));
    }

    private HttpBrowser browser(String clientAddress) {
        return new HttpBrowser(port, clientAddress);
    }

    private HttpBrowser signedIn(UserAccount account, String clientAddress) {
        HttpBrowser browser = browser(clientAddress);
        HttpResponse<String> signIn = browser.signIn(account.getEmail().value(), PASSWORD);
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(location(signIn)).doesNotContain("/login");
        assertThat(browser.get("/").statusCode()).as("signed in").isEqualTo(200);
        return browser;
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private static void assertSentToLogin(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).endsWith("/login");
    }

    private static List<String> sessionCookies(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
    }

    @Test
    void signingInIssuesANewSessionIdInAnHttpOnlyLaxCookie() {
        UserAccount account = newConsultant();
        HttpBrowser browser = browser("198.51.100.1");
        HttpResponse<String> loginPage = browser.get("/login");
        String anonymousSession = browser.sessionId().orElseThrow();
        assertThat(sessionCookies(loginPage)).singleElement().satisfies(cookie -> assertThat(cookie)
                .contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure"));

        HttpResponse<String> signIn = browser.signIn(account.getEmail().value(), PASSWORD);

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(sessionCookies(signIn)).singleElement().satisfies(cookie -> assertThat(cookie)
                .contains("HttpOnly").contains("SameSite=Lax"));
        String signedInSession = browser.sessionId().orElseThrow();
        assertThat(signedInSession).isNotEqualTo(anonymousSession);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        // whoever planted or learnt the pre-login id holds nothing
        HttpBrowser attacker = browser("198.51.100.2");
        attacker.useSession(anonymousSession);
        assertSentToLogin(attacker.get("/"));
    }

    @Test
    void overHttpsBehindAProxyTheCookieIsSecureAndHstsIsSent() {
        HttpResponse<String> overHttps = browser("198.51.100.3").get("/login", "X-Forwarded-Proto", "https");
        assertThat(sessionCookies(overHttps)).singleElement().satisfies(cookie -> assertThat(cookie).contains("Secure"));
        assertThat(overHttps.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age="));

        HttpResponse<String> overHttp = browser("198.51.100.3").get("/login");
        assertThat(overHttp.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void deactivatingAnAccountEndsItsSessionAtTheNextRequest() {
        UserAccount account = newConsultant();
        UserAccount colleague = newConsultant();
        HttpBrowser browser = signedIn(account, "198.51.100.4");
        HttpBrowser colleagues = signedIn(colleague, "198.51.100.4");

        accounts.deactivate(account.getId());

        assertSentToLogin(browser.get("/"));
        assertThat(colleagues.get("/").statusCode()).as("other accounts keep their sessions").isEqualTo(200);
        // the session is gone, not merely refused while the account is off
        accounts.reactivate(account.getId());
        assertSentToLogin(browser.get("/"));
    }

    @Test
    void aPasswordChangeMadeElsewhereEndsEveryOlderSession() {
        UserAccount account = newConsultant();
        HttpBrowser office = signedIn(account, "198.51.100.5");
        HttpBrowser phone = signedIn(account, "198.51.100.6");

        accounts.changePassword(account.getId(), PASSWORD, "changed-password-456");

        assertSentToLogin(office.get("/"));
        assertSentToLogin(phone.get("/"));
        HttpBrowser again = browser("198.51.100.5");
        HttpResponse<String> signIn = again.signIn(account.getEmail().value(), "changed-password-456");
        assertThat(location(signIn)).doesNotContain("/login");
        assertThat(again.get("/").statusCode()).as("a sign-in after the change stands").isEqualTo(200);
    }

    @Test
    void logoutEndsTheSessionAndTellsTheBrowserToDropTheCookie() {
        HttpBrowser browser = signedIn(newConsultant(), "198.51.100.7");
        String session = browser.sessionId().orElseThrow();

        HttpResponse<String> logout = browser.signOut();

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(location(logout)).endsWith("/login?logout");
        assertThat(sessionCookies(logout)).singleElement().satisfies(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=;").contains("Expires=Thu, 01 Jan 1970"));
        browser.useSession(session);
        assertSentToLogin(browser.get("/"));
    }

    @Test
    void theIdleTimeoutIsThirtyMinutesAndVaadinHeartbeatsDoNotExtendIt() throws Exception {
        HttpBrowser browser = signedIn(newConsultant(), "198.51.100.8");
        Session session = tomcatSession(browser.sessionId().orElseThrow());
        assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60);

        // An open tab sends heartbeats and nothing else. Shorten this one session's timeout to a few seconds:
        // the heartbeats keep the HTTP session alive, but must not keep the sign-in alive.
        session.setMaxInactiveInterval(6);
        long until = System.currentTimeMillis() + 9_000;
        while (System.currentTimeMillis() < until) {
            browser.post("/?v-r=heartbeat&v-uiId=0");
            Thread.sleep(1_000);
        }

        assertSentToLogin(browser.get("/"));
    }

    private Session tomcatSession(String id) throws Exception {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        Context webapp = (Context) server.getTomcat().getHost().findChildren()[0];
        Session session = webapp.getManager().findSession(id);
        assertThat(session).as("Tomcat session " + id).isNotNull();
        return session;
    }

    @Test
    void repeatedFailuresThrottleTheLoginFormForKnownAndUnknownEmailsAlike() {
        UserAccount account = newConsultant();
        HttpBrowser guesser = browser("203.0.113.50");
        HttpBrowser stranger = browser("203.0.113.51");
        String unknown = "nobody-" + System.nanoTime() + "@example.com";

        // three free failures, then a delay that doubles from one minute (WebSecurityTest)
        for (int attempt = 1; attempt <= 4; attempt++) {
            HttpResponse<String> wrongPassword = guesser.signIn(account.getEmail().value(), "wrong-password-" + attempt);
            HttpResponse<String> unknownEmail = stranger.signIn(unknown, "wrong-password-" + attempt);
            assertThat(location(wrongPassword)).endsWith("/login?error");
            assertThat(location(unknownEmail)).as("same answer for an unknown e-mail").isEqualTo(location(wrongPassword));
        }

        HttpResponse<String> rightPassword = guesser.signIn(account.getEmail().value(), PASSWORD);
        HttpResponse<String> unknownAgain = stranger.signIn(unknown, PASSWORD);
        assertThat(location(rightPassword)).endsWith("/login?throttled=1");
        assertThat(location(unknownAgain)).endsWith("/login?throttled=1");
        assertSentToLogin(guesser.get("/"));

        // the owner elsewhere is not locked out by someone guessing from another address
        HttpBrowser owner = signedIn(account, "203.0.113.52");
        assertThat(owner.sessionId()).isPresent();
    }

    @Test
    void aDeactivatedAccountIsAnsweredLikeAWrongPassword() {
        UserAccount account = newConsultant();
        accounts.deactivate(account.getId());

        HttpResponse<String> signIn = browser("203.0.113.60").signIn(account.getEmail().value(), PASSWORD);

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(location(signIn)).endsWith("/login?error");
    }

    @Test
    void theGuardsPerRequestQueryIsCheap() {
        UserAccount account = newConsultant();
        Instant now = Instant.now();
        for (int i = 0; i < 200; i++) {
            standing.stillStands(account.getId(), now);
        }
        int calls = 1_000;
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            assertThat(standing.stillStands(account.getId(), now)).isTrue();
        }
        double micros = (System.nanoTime() - start) / 1_000.0 / calls;
        System.out.printf("session guard query: %.0f µs per request (%d calls)%n", micros, calls);
        assertThat(micros).as("one primary-key lookup per request").isLessThan(5_000);
        assertThat(standing.stillStands(account.getId(), now.minusSeconds(3600))).as("changed since").isFalse();
    }
}
