package com.careerbridge.webtest;

import com.careerbridge.crm.ui.common.WorkIndicator;

import java.util.List;
import java.util.Locale;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateForm;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.candidate.CareerStage;
import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.testsupport.PostgresTestInitializer;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;

/**
 * A browserless view test against the real services and a real PostgreSQL. Signs people in the way the login form
 * would leave them: their {@code AuthenticatedUser} principal in the security context. Each test makes its own people
 * and candidates (the context and its database are shared between test classes), named with {@link #run}.
 */
@SpringBootTest(classes = WebUiTestApplication.class)
@ContextConfiguration(initializers = PostgresTestInitializer.class)
public abstract class BrowserlessUiTest extends SpringBrowserlessTest {

    protected static final String PASSWORD = "a long enough password";

    @Autowired protected AccountService accounts;
    @Autowired protected CandidateService candidateService;
    @Autowired protected UserDetailsService userDetails;

    protected String run;

    @BeforeEach
    void newRun() {
        run = Long.toString(System.nanoTime(), 36);
        // The assertions read English texts; the people created here prefer English too.
        VaadinSession.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    protected UserAccount staff(String name, Role role) {
        return accounts.create(new EmailAddress(name.toLowerCase(Locale.ROOT) + "." + run + "@example.com"), name + " " + run,
                role, Locale.ENGLISH, PASSWORD);
    }

    protected void signIn(UserAccount account) {
        UserDetails user = userDetails.loadUserByUsername(account.getEmail().value());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** A candidate in the signed-in consultant's caseload. */
    protected Candidate candidate(String name) {
        return candidateService.create(new CandidateForm(name + " " + run, name.toLowerCase(Locale.ROOT).replace(' ', '.')
                + "." + run + "@example.com", "", Language.EN, "Asia/Seoul", CareerStage.EXPERIENCED, "", "", List.of()), null);
    }

    /**
     * Lets long work started behind a {@link WorkIndicator} finish and deliver its result, as the browser's polling
     * would; fails when it has not after ten seconds.
     */
    protected void awaitWork(WorkIndicator indicator) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (indicator.isWorking()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the work behind " + indicator + " did not finish in 10 s");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            com.vaadin.browserless.internal.MockVaadin.clientRoundtrip();
        }
    }

    protected List<String> notificationTexts() {
        return $(Notification.class).all().stream().map(n -> test(n).getText()).toList();
    }
}
