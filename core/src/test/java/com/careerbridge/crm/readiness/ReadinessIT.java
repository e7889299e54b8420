package com.careerbridge.crm.readiness;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.assignment.AssignmentDetails;
import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.session.SessionOutcome;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.crm.targetrole.TargetRole;
import com.careerbridge.crm.targetrole.TargetRoleForm;
import com.careerbridge.crm.targetrole.TargetRoleService;
import com.careerbridge.crm.targetrole.TargetRoleStatus;
import com.careerbridge.testsupport.CoreIntegrationTest;
import com.careerbridge.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@CoreIntegrationTest
class ReadinessIT {

    @Autowired Fixtures fixtures;
    @Autowired TargetRoleService targetRoles;
    @Autowired AssignmentService assignments;
    @Autowired SessionService sessions;
    @Autowired ReadinessService readiness;

    @Test
    void evidenceMovesTheScoreAndEveryChangeLeavesASnapshot() {
        UserAccount consultant = fixtures.consultant("Coach");
        Candidate candidate = fixtures.candidateWithLogin(consultant, "Learner");
        long guideId = fixtures.guide("sales-analyst").guideId();
        TargetRole role = fixtures.as(consultant, () -> targetRoles.add(candidate.getId(), guideId,
                new TargetRoleForm(1, List.of("Google Korea"), TargetRoleStatus.PREPARING)));
        long assignmentId = fixtures.as(consultant, () -> assignments.assign(guideId, List.of(candidate.getId()), null, null))
                .created().getFirst().getId();

        AssignmentDetails opened = fixtures.as(candidate.getUserId(), () -> assignments.open(assignmentId));
        int items = opened.checklist().size();
        String first = opened.checklist().get(0).item().key();
        String second = opened.checklist().get(1).item().key();
        fixtures.as(candidate.getUserId(), () -> assignments.markItem(assignmentId, first, true));
        fixtures.as(candidate.getUserId(), () -> assignments.markItem(assignmentId, first, true)); // idempotent
        fixtures.as(candidate.getUserId(), () -> assignments.markItem(assignmentId, second, true));
        long version = fixtures.as(consultant, () -> assignments.get(assignmentId)).overview().version();
        fixtures.as(consultant, () -> assignments.verifyItem(assignmentId, version, first, true));
        CoachingSession mock = fixtures.as(consultant, () -> sessions.schedule(candidate.getId(),
                Fixtures.plan(LocalDateTime.now().minusDays(1), 60)));
        fixtures.as(consultant, () -> sessions.complete(mock.getId(), mock.getVersion(),
                new SessionOutcome(null, "Good mock", List.of(), 4, guideId)));

        int expected = new ReadinessEvidence(items, 1, 1, true, 4).score();
        assertThat(fixtures.as(consultant, () -> targetRoles.get(role.getId())).getReadiness()).isEqualTo(expected);

        Map<Long, List<ReadinessSnapshot>> history = fixtures.as(candidate.getUserId(), () -> readiness.history(candidate.getId()));
        assertThat(history.get(role.getId())).extracting(ReadinessSnapshot::getScore)
                .as("0 when added, then assignment (0, unchanged: no snapshot), opened, two ticks, verification, mock")
                .containsExactly(0,
                        new ReadinessEvidence(items, 0, 0, true, null).score(),
                        new ReadinessEvidence(items, 1, 0, true, null).score(),
                        new ReadinessEvidence(items, 2, 0, true, null).score(),
                        new ReadinessEvidence(items, 1, 1, true, null).score(),
                        expected);
    }
}
