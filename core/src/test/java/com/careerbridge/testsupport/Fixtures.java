package com.careerbridge.testsupport;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.ActingAs;
import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.SystemWork;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateForm;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.candidate.CareerStage;
import com.careerbridge.crm.roleguide.GuideSummary;
import com.careerbridge.crm.roleguide.RoleGuideService;
import com.careerbridge.crm.session.SessionMode;
import com.careerbridge.crm.session.SessionPlan;
import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.crm.shared.Language;
import org.springframework.stereotype.Component;

/**
 * Builds test data through the real services, with unique e-mails so tests sharing a database never collide.
 * Register it with {@code @Import(Fixtures.class)}.
 */
@Component
public class Fixtures {

    public static final String PASSWORD = "correct horse battery staple";
    /** What staff give a new login: it must be replaced before the holder may do anything else. */
    public static final String ONE_TIME_PASSWORD = "one-time " + PASSWORD;

    private final AccountService accounts;
    private final CandidateService candidates;
    private final RoleGuideService guides;
    private final ActingAs actingAs;

    public Fixtures(AccountService accounts, CandidateService candidates, RoleGuideService guides, ActingAs actingAs) {
        this.accounts = accounts;
        this.candidates = candidates;
        this.guides = guides;
        this.actingAs = actingAs;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public UserAccount admin() {
        return accounts.create(new EmailAddress(unique("admin") + "@test.example"), "Admin", Role.ADMIN, Locale.ENGLISH, PASSWORD);
    }

    public UserAccount consultant(String name) {
        return accounts.create(new EmailAddress(unique("consultant") + "@test.example"), name, Role.CONSULTANT,
                Locale.KOREAN, PASSWORD);
    }

    public static CandidateForm form(String name) {
        return new CandidateForm(name, unique("cand") + "@test.example", "+82 10-1234-5678", Language.KO, "Asia/Seoul",
                CareerStage.NEW_GRADUATE, "Acme", "Associate", List.of("test"));
    }

    /** A candidate in the consultant's caseload. */
    public Candidate candidate(UserAccount consultant, String name) {
        return actingAs.call(consultant.getId(), () -> candidates.create(form(name), null));
    }

    /**
     * A candidate in the consultant's caseload with a portal login whose password ({@link #PASSWORD}) they chose
     * themselves — as after accepting the invitation; a login made by staff holds a one-time password until then.
     * Returns the candidate; the login is its user id.
     */
    public Candidate candidateWithLogin(UserAccount consultant, String name) {
        Candidate withLogin = actingAs.call(consultant.getId(), () -> {
            Candidate candidate = candidates.create(form(name), null);
            candidates.createLogin(candidate.getId(), ONE_TIME_PASSWORD);
            return candidates.get(candidate.getId());
        });
        chooseOwnPassword(withLogin.getUserId());
        return withLogin;
    }

    /** The holder of a login made with {@link #ONE_TIME_PASSWORD} replaces it with {@link #PASSWORD}. */
    public void chooseOwnPassword(long userId) {
        SystemWork.run(() -> accounts.changePassword(userId, ONE_TIME_PASSWORD, PASSWORD));
    }

    /** A built-in guide by slug (sales, sales-management, account-manager, sales-analyst, sales-training). */
    public GuideSummary guide(String slug) {
        return SystemWork.call(() -> guides.library().stream().filter(g -> g.slug().equals(slug)).findFirst().orElseThrow());
    }

    public <T> T as(UserAccount user, java.util.function.Supplier<T> work) {
        return actingAs.call(user.getId(), work);
    }

    public <T> T as(long userId, java.util.function.Supplier<T> work) {
        return actingAs.call(userId, work);
    }

    public void as(UserAccount user, Runnable work) {
        actingAs.run(user.getId(), work);
    }

    public void as(long userId, Runnable work) {
        actingAs.run(userId, work);
    }

    public static SessionPlan plan(LocalDateTime start, int minutes) {
        return new SessionPlan(start, start.plusMinutes(minutes), "Asia/Seoul", SessionMode.ONLINE, "https://meet.example/x", "agenda");
    }
}
