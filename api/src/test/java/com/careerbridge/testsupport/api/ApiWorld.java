package com.careerbridge.testsupport.api;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.session.SessionOutcome;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.crm.targetrole.TargetRoleForm;
import com.careerbridge.crm.targetrole.TargetRoleService;
import com.careerbridge.crm.targetrole.TargetRoleStatus;
import com.careerbridge.testsupport.Fixtures;
import org.springframework.stereotype.Component;

/**
 * A consultant with one candidate who has a login, a guide assigned (with a target role for it), an upcoming session
 * and a past one with an action item — built through the real services. Register with
 * {@code @Import({Fixtures.class, ApiWorld.class})}.
 */
@Component
public class ApiWorld {

    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    /** Everything one side owns, by id. */
    public record Side(UserAccount consultant, Candidate candidate, long guideId, long assignmentId, String itemKey,
                       long targetRoleId, long upcomingSessionId, long pastSessionId, long actionItemId) {

        public long candidateUserId() {
            return candidate.getUserId();
        }

        public String candidateEmail() {
            return candidate.getEmail().value();
        }
    }

    private final Fixtures fixtures;
    private final AssignmentService assignments;
    private final TargetRoleService targetRoles;
    private final SessionService sessions;
    private final Clock clock;

    public ApiWorld(Fixtures fixtures, AssignmentService assignments, TargetRoleService targetRoles,
                    SessionService sessions, Clock clock) {
        this.fixtures = fixtures;
        this.assignments = assignments;
        this.targetRoles = targetRoles;
        this.sessions = sessions;
        this.clock = clock;
    }

    public Side side(String name) {
        UserAccount consultant = fixtures.consultant("Consultant " + name);
        Candidate candidate = fixtures.candidateWithLogin(consultant, "Candidate " + name);
        long guideId = fixtures.guide("sales").guideId();
        return fixtures.as(consultant, () -> {
            long assignmentId = assignments.assign(guideId, List.of(candidate.getId()), null, "Read this first")
                    .created().getFirst().getId();
            String itemKey = assignments.get(assignmentId).checklist().getFirst().item().key();
            long targetRoleId = targetRoles.add(candidate.getId(), guideId,
                    new TargetRoleForm(1, List.of("Acme Korea"), TargetRoleStatus.PREPARING)).getId();
            LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), SEOUL).withSecond(0).withNano(0);
            long upcoming = sessions.schedule(candidate.getId(), Fixtures.plan(now.plusDays(2), 60)).getId();
            CoachingSession past = sessions.schedule(candidate.getId(), Fixtures.plan(now.minusHours(3), 60));
            CoachingSession completed = sessions.complete(past.getId(), past.getVersion(), new SessionOutcome(
                    "private: nervous about salary talk", "We practised the elevator pitch.",
                    List.of(new SessionOutcome.NewActionItem(null, "Rewrite the CV summary", null)), null, null));
            return new Side(consultant, candidate, guideId, assignmentId, itemKey, targetRoleId, upcoming,
                    completed.getId(), completed.getActionItems().getFirst().getId());
        });
    }

    /** Signs in through the API and returns the access token. */
    public static String signIn(ApiClient api, String email) {
        ApiClient.Response response = api.postJson("/api/v1/auth/token",
                "{\"email\":\"" + email + "\",\"password\":\"" + Fixtures.PASSWORD + "\"}");
        if (response.status() != 200) {
            throw new IllegalStateException("sign-in failed: " + response);
        }
        return response.json().get("accessToken").asString();
    }

    public static Duration hours(int hours) {
        return Duration.ofHours(hours);
    }
}
