package com.careerbridge.testsupport;

import java.io.ByteArrayInputStream;

import com.careerbridge.crm.documents.CandidateDocuments;
import com.careerbridge.crm.documents.DocumentKind;
import com.careerbridge.crm.documents.DocumentView;
import com.careerbridge.crm.documents.NewDocument;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import com.careerbridge.crm.account.ApiTokenService;
import com.careerbridge.crm.account.IssuedTokens;
import com.careerbridge.crm.account.LoginThrottle;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.calendar.CalendarFeedService;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateForm;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.candidate.CareerStage;
import com.careerbridge.crm.invitation.InvitationService;
import com.careerbridge.crm.notification.MailDispatcher;
import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.session.SessionOutcome;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.targetrole.TargetRoleForm;
import com.careerbridge.crm.targetrole.TargetRoleService;
import com.careerbridge.crm.targetrole.TargetRoleStatus;
import org.springframework.stereotype.Component;

/**
 * A candidate with data in every corner of the system, each piece mentioning their distinctive name, address or phone
 * where people would write it: staff notes, session agenda, private notes, shared summary, action items, the
 * assignment message, target companies, mail sent and mail still waiting, an invitation, a calendar feed, API
 * sign-ins, failed sign-ins. For the export and erasure tests; register with {@code @Import(PrivacyWorld.class)}.
 */
@Component
public class PrivacyWorld {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Fixtures fixtures;
    private final CandidateService candidates;
    private final TargetRoleService targetRoles;
    private final AssignmentService assignments;
    private final SessionService sessions;
    private final InvitationService invitations;
    private final CalendarFeedService feeds;
    private final ApiTokenService apiTokens;
    private final LoginThrottle throttle;
    private final MailDispatcher dispatcher;
    private final CandidateDocuments documents;
    private final com.careerbridge.crm.messaging.Conversations conversations;

    public PrivacyWorld(Fixtures fixtures, CandidateService candidates, TargetRoleService targetRoles,
                        AssignmentService assignments, SessionService sessions, InvitationService invitations,
                        CalendarFeedService feeds, ApiTokenService apiTokens, LoginThrottle throttle,
                        MailDispatcher dispatcher, CandidateDocuments documents,
                        com.careerbridge.crm.messaging.Conversations conversations) {
        this.conversations = conversations;
        this.fixtures = fixtures;
        this.candidates = candidates;
        this.targetRoles = targetRoles;
        this.assignments = assignments;
        this.sessions = sessions;
        this.invitations = invitations;
        this.feeds = feeds;
        this.apiTokens = apiTokens;
        this.throttle = throttle;
        this.dispatcher = dispatcher;
        this.documents = documents;
    }

    /** The person's identifying values and what was built for them. */
    public record Person(Candidate candidate, String name, String email, String phone, String phoneDigits,
                         String staffNote, String privateNote, String sharedSummary, IssuedTokens apiSignIn,
                         long sessionId, long upcomingSessionId) {

        public long id() {
            return candidate.getId();
        }

        public long userId() {
            return candidate.getUserId();
        }
    }

    /** A fresh invitation for the person: an e-mail waiting in the outbox, due now. */
    public void invite(UserAccount consultant, Person person) {
        fixtures.as(consultant, () -> invitations.invite(person.id()));
    }

    /** Letters only, so that no two runs (sharing a database) produce overlapping values. */
    public static String randomWord(int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String randomDigits(int length) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < length; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        return digits.toString();
    }

    /**
     * Builds the person in {@code consultant}'s caseload. Sessions start {@code dayOffset} days apart from other
     * people's so that two people of one consultant never double-book.
     */
    public Person person(UserAccount consultant, int dayOffset) {
        String first = randomWord(7);
        String last = randomWord(9);
        String name = first + " " + last;
        String email = first.toLowerCase() + "." + last.toLowerCase() + "@privacy.example";
        String local = randomDigits(4) + "-" + randomDigits(4);
        String phone = "+82 10-" + local;
        String phoneDigits = "10" + local.replace("-", "");
        CandidateForm form = new CandidateForm(name, email, phone, Language.KO, "Asia/Seoul", CareerStage.EXPERIENCED,
                last + " Holdings", "Analyst", List.of("vip"));
        Candidate candidate = fixtures.as(consultant, () -> candidates.create(form, null));
        long id = candidate.getId();
        String staffNote = "Staff only: " + name + " asked about salary, call " + phone;
        String privateNote = "Private: " + name + " was nervous (" + email + ")";
        String sharedSummary = "Summary for " + name + ": practise the pitch";
        long guideId = fixtures.guide("sales").guideId();
        LocalDateTime base = LocalDateTime.now().withNano(0).withSecond(0).minusDays(20 + dayOffset);

        long[] sessionIds = fixtures.as(consultant, () -> {
            candidates.createLogin(id, Fixtures.ONE_TIME_PASSWORD);
            candidates.replaceStaffNotes(id, candidates.get(id).getVersion(), staffNote);
            targetRoles.add(id, guideId, new TargetRoleForm(1, List.of(last + " Corp"), TargetRoleStatus.PREPARING));
            assignments.assign(guideId, List.of(id), LocalDate.now().plusDays(30), "Dear " + name + ", read this first");
            CoachingSession past = sessions.schedule(id, Fixtures.plan(base, 60));
            sessions.complete(past.getId(), past.getVersion(), new SessionOutcome(privateNote, sharedSummary,
                    List.of(new SessionOutcome.NewActionItem(null, name + " sends CV to " + email, null)), 4, guideId));
            // Starts within a day: its reminder is due at once and goes out below (sent mail in the outbox).
            sessions.schedule(id, Fixtures.plan(LocalDateTime.now().withNano(0).withSecond(0).plusHours(3 + dayOffset), 30));
            CoachingSession upcoming = sessions.schedule(id,
                    Fixtures.plan(LocalDateTime.now().withNano(0).withSecond(0).plusDays(10 + dayOffset), 60));
            return new long[] {past.getId(), upcoming.getId()};
        });
        fixtures.chooseOwnPassword(fixtures.as(consultant, () -> candidates.get(id)).getUserId());
        dispatcher.dispatchDue();
        Candidate withLogin = fixtures.as(consultant, () -> candidates.get(id));
        fixtures.as(withLogin.getUserId(), () -> {
            long assignmentId = assignments.mine().items().getFirst().assignmentId();
            String itemKey = assignments.open(assignmentId).checklist().getFirst().item().key();
            assignments.markItem(assignmentId, itemKey, true);
            feeds.rotate();
            // Documents (#16): the title, the file name and a comment carry the person's name.
            DocumentView cv = documents.uploadMine(new NewDocument(DocumentKind.CV, "CV of " + name, null),
                    name + " CV.txt", new ByteArrayInputStream(("CV of " + name + ", " + email).getBytes()));
            documents.comment(cv.latest().id(), name + " asks for a second look");
            // messages (#16): the erasure must leave no word of the conversation
            conversations.sendMine("This is " + name + ", my new number is " + phone, null);
        });
        fixtures.as(consultant, () -> documents.comment(
                documents.list(id).getFirst().latest().id(), "Dear " + name + ", shorten the intro"));
        fixtures.as(consultant, () -> conversations.send(id, "Thanks " + name + ", noted (" + email + ")", null));
        // Invited after the dispatch: this mail is still waiting (the erasure must withdraw it).
        fixtures.as(consultant, () -> invitations.invite(id));
        IssuedTokens signIn = apiTokens.login(email, Fixtures.PASSWORD, "203.0.113.7");
        throttle.recordFailure(email, "203.0.113.8");
        Candidate current = fixtures.as(consultant, () -> candidates.get(id));
        return new Person(current, name, email, phone, phoneDigits, staffNote, privateNote, sharedSummary, signIn,
                sessionIds[0], sessionIds[1]);
    }
}
