package com.careerbridge.testsupport.ui;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.SystemWork;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateForm;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.candidate.CareerStage;
import com.careerbridge.crm.roleguide.GuideSummary;
import com.careerbridge.crm.roleguide.RoleGuideService;
import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.testsupport.PostgresTestInitializer;
import com.careerbridge.webtest.WebUiTestApplication;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ContextConfiguration;

/**
 * Browserless view tests on the real services and a real PostgreSQL. Every test makes its own people (unique e-mail
 * addresses), so tests sharing the cached context never see each other's data through the services' access rules.
 */
@SpringBootTest(classes = WebUiTestApplication.class)
@ContextConfiguration(initializers = PostgresTestInitializer.class)
@ViewPackages(packages = "com.careerbridge.crm.ui")
public abstract class GuideUiTestSupport extends SpringBrowserlessTest {

    protected static final String PASSWORD = "a-long-test-password";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    protected AccountService accounts;
    @Autowired
    protected UserDetailsService userDetails;
    @Autowired
    protected CandidateService candidates;
    @Autowired
    protected RoleGuideService guides;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    protected static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    protected UserAccount newStaff(Role role, String name) {
        return SystemWork.call(() -> accounts.create(new EmailAddress(unique(role.name().toLowerCase(Locale.ROOT)) + "@example.com"),
                name, role, Locale.ENGLISH, PASSWORD));
    }

    /** Signs in as the account, the way the login form would (same principal). */
    protected void signIn(String email) {
        UserDetails user = userDetails.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    protected void signIn(UserAccount account) {
        signIn(account.getEmail().value());
    }

    /** A candidate in the signed-in consultant's caseload. */
    protected Candidate newCandidate(String name) {
        return candidates.create(new CandidateForm(name, unique("cand") + "@example.com", "", Language.EN, "Asia/Seoul",
                CareerStage.EXPERIENCED, "", "", List.of()), null);
    }

    /** Gives the candidate a portal login with a password of their own (no forced change at sign-in). */
    protected String giveLogin(Candidate candidate) {
        String temporary = "temporary-password-1";
        UserAccount login = candidates.createLogin(candidate.getId(), temporary);
        SystemWork.run(() -> accounts.changePassword(login.getId(), temporary, PASSWORD));
        return login.getEmail().value();
    }

    protected GuideSummary builtIn(String slug) {
        return guides.library().stream().filter(summary -> summary.slug().equals(slug)).findFirst().orElseThrow();
    }
}
