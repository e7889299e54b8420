package com.careerbridge.crm.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.application.OutcomesReport.RoleOutcome;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.targetrole.TargetRole;
import com.careerbridge.crm.targetrole.TargetRoleForm;
import com.careerbridge.crm.targetrole.TargetRoleService;
import com.careerbridge.crm.targetrole.TargetRoleStatus;
import com.careerbridge.testsupport.CoreIntegrationTest;
import com.careerbridge.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

@CoreIntegrationTest
class OutcomesReportIT {

    @Autowired Fixtures fixtures;
    @Autowired JobApplications applications;
    @Autowired OutcomesReport outcomes;
    @Autowired TargetRoleService targetRoles;
    @Autowired JdbcTemplate jdbc;

    @Test
    void readinessAtApplicationIsComparedForOffersAndTheRestPerRole() {
        UserAccount consultant = fixtures.consultant("Outcomes");
        long guideId = fixtures.guide("sales-analyst").guideId();
        for (int i = 0; i < 10; i++) {
            boolean ready = i < 5;
            Candidate candidate = fixtures.candidate(consultant, "Outcome " + i);
            TargetRole role = fixtures.as(consultant, () -> targetRoles.add(candidate.getId(), guideId,
                    new TargetRoleForm(1, List.of(), TargetRoleStatus.APPLYING)));
            jdbc.update("update target_role set readiness = ? where id = ?", ready ? 80 : 40, role.getId());
            JobApplication sent = fixtures.as(consultant, () -> applications.create(candidate.getId(), role.getId(),
                    ApplicationStage.APPLIED, ApplicationStageTest.form(null)));
            if (ready) {
                JobApplication interviewing = fixtures.as(consultant, () -> applications.move(sent.getId(),
                        sent.getVersion(), ApplicationStage.INTERVIEWING));
                fixtures.as(consultant, () -> applications.move(sent.getId(), interviewing.getVersion(),
                        ApplicationStage.OFFER));
            }
        }
        UserAccount other = fixtures.consultant("Elsewhere");
        Candidate theirs = fixtures.candidate(other, "Not counted");
        TargetRole theirRole = fixtures.as(other, () -> targetRoles.add(theirs.getId(), guideId,
                new TargetRoleForm(1, List.of(), TargetRoleStatus.APPLYING)));
        fixtures.as(other, () -> applications.create(theirs.getId(), theirRole.getId(), ApplicationStage.APPLIED,
                ApplicationStageTest.form(null)));

        Instant now = Instant.now();
        List<RoleOutcome> mine = fixtures.as(consultant, () -> outcomes.report(now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofHours(1))));

        assertThat(mine).singleElement().satisfies(role -> {
            assertThat(role.guideId()).isEqualTo(guideId);
            assertThat(role.applied()).isEqualTo(10);
            assertThat(role.interviewed()).isEqualTo(5);
            assertThat(role.offered()).isEqualTo(5);
            assertThat(role.accepted()).isZero();
            assertThat(role.offerRate()).isEqualTo(0.5);
            assertThat(role.acceptanceRate()).isEqualTo(0.0);
            assertThat(role.readinessWhenOffered()).isEqualTo(80.0);
            assertThat(role.readinessWhenNotOffered()).isEqualTo(40.0);
            assertThat(role.medianDaysToOffer()).isCloseTo(0.0, within(0.01));
        });
        List<RoleOutcome> theirsSeen = fixtures.as(other, () -> outcomes.report(now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofHours(1))));
        assertThat(theirsSeen).singleElement().satisfies(role -> {
            assertThat(role.applied()).isEqualTo(1);
            assertThat(role.offerRate()).as("one application is no rate").isNull();
            assertThat(role.readinessWhenNotOffered()).isNull();
        });
        assertThat(fixtures.as(consultant, () -> outcomes.report(now.plus(Duration.ofHours(1)),
                now.plus(Duration.ofHours(2))))).as("nothing sent in that period").isEmpty();

        // offers per consultant: a consultant sees their own row, the administrator both
        assertThat(fixtures.as(consultant, () -> outcomes.byConsultant(now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofHours(1))))).singleElement().satisfies(row -> {
                    assertThat(row.consultantId()).isEqualTo(consultant.getId());
                    assertThat(row.applied()).isEqualTo(10);
                    assertThat(row.offered()).isEqualTo(5);
                    assertThat(row.offerRate()).isEqualTo(0.5);
                });
        assertThat(fixtures.as(fixtures.admin(), () -> outcomes.byConsultant(now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofHours(1))))).filteredOn(row -> consultant.getId().equals(row.consultantId())
                        || other.getId().equals(row.consultantId()))
                .extracting(OutcomesReport.ConsultantOutcome::applied, OutcomesReport.ConsultantOutcome::offerRate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(10, 0.5),
                        org.assertj.core.groups.Tuple.tuple(1, null));
    }

    @Test
    void candidatesDoNotSeeTheReport() {
        UserAccount consultant = fixtures.consultant("Report");
        Candidate candidate = fixtures.candidateWithLogin(consultant, "Curious");
        assertThatThrownBy(() -> fixtures.as(candidate.getUserId(), () -> outcomes.report(Instant.EPOCH, Instant.now())))
                .isInstanceOf(ForbiddenException.class);
    }
}
