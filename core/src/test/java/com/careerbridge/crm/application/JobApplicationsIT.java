package com.careerbridge.crm.application;

import java.util.List;

import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.application.ApplicationEvents.OfferAccepted;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.NotFoundException;
import com.careerbridge.crm.targetrole.TargetRole;
import com.careerbridge.crm.targetrole.TargetRoleForm;
import com.careerbridge.crm.targetrole.TargetRoleService;
import com.careerbridge.crm.targetrole.TargetRoleStatus;
import com.careerbridge.crm.timeline.ActivityService;
import com.careerbridge.testsupport.CoreIntegrationTest;
import com.careerbridge.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static com.careerbridge.crm.application.ApplicationStage.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CoreIntegrationTest
@RecordApplicationEvents
class JobApplicationsIT {

    @Autowired Fixtures fixtures;
    @Autowired JobApplications applications;
    @Autowired TargetRoleService targetRoles;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents recorded;

    @Test
    void theCandidateTracksAnApplicationToAnOfferWithTheirReadinessAtEveryStage() {
        UserAccount consultant = fixtures.consultant("Apps");
        Candidate candidate = fixtures.candidateWithLogin(consultant, "Applicant");
        TargetRole role = fixtures.as(consultant, () -> targetRoles.add(candidate.getId(),
                fixtures.guide("account-manager").guideId(), new TargetRoleForm(1, List.of(), TargetRoleStatus.APPLYING)));
        jdbc.update("update target_role set readiness = 40 where id = ?", role.getId());

        JobApplication created = fixtures.as(candidate.getUserId(), () -> applications.create(candidate.getId(),
                role.getId(), APPLIED, ApplicationStageTest.form(null)));
        jdbc.update("update target_role set readiness = 75 where id = ?", role.getId());
        JobApplication interviewing = fixtures.as(consultant, () -> applications.move(created.getId(),
                created.getVersion(), INTERVIEWING));
        fixtures.as(candidate.getUserId(), () -> applications.move(created.getId(), interviewing.getVersion(), OFFER));

        var found = fixtures.as(consultant, () -> applications.ofCandidate(candidate.getId()));
        assertThat(found).singleElement().satisfies(item -> {
            assertThat(item.application().getStage()).isEqualTo(OFFER);
            assertThat(item.application().getGuideId()).isEqualTo(role.getGuideId());
            assertThat(item.application().getAppliedOn()).isNotNull();
            assertThat(item.history()).extracting(StageChange::getStage).containsExactly(APPLIED, INTERVIEWING, OFFER);
            assertThat(item.history()).extracting(StageChange::getReadiness).containsExactly(40, 75, 75);
            assertThat(item.history().getFirst().getMovedBy()).isEqualTo(candidate.getUserId());
            assertThat(item.history().get(1).getMovedBy()).isEqualTo(consultant.getId());
        });
        assertThat(jdbc.queryForList("select action from activity where candidate_id = ? and action like 'application-%'"
                + " order by id", String.class, candidate.getId()))
                .containsExactly("application-added", "application-moved", "application-moved");
    }

    @Test
    void aMoveTheFlowDoesNotAllowChangesNothing() {
        UserAccount consultant = fixtures.consultant("Flow");
        Candidate candidate = fixtures.candidate(consultant, "Flow Candidate");
        TargetRole role = role(consultant, candidate);
        JobApplication saved = fixtures.as(consultant, () -> applications.create(candidate.getId(), role.getId(), SAVED,
                ApplicationStageTest.form(null)));

        assertThatThrownBy(() -> fixtures.as(consultant, () -> applications.move(saved.getId(), saved.getVersion(), OFFER)))
                .isInstanceOfSatisfying(StageMoveRefusedException.class,
                        e -> assertThat(e.allowed()).containsExactlyInAnyOrder(APPLIED, REJECTED, WITHDRAWN));

        var after = fixtures.as(consultant, () -> applications.get(saved.getId()));
        assertThat(after.application().getStage()).isEqualTo(SAVED);
        assertThat(after.history()).extracting(StageChange::getStage).containsExactly(SAVED);
    }

    @Test
    void acceptingAnOfferProposesPlacedWithoutMovingThePipeline() {
        UserAccount consultant = fixtures.consultant("Offer");
        Candidate candidate = fixtures.candidate(consultant, "Offer Candidate");
        TargetRole role = role(consultant, candidate);
        JobApplication application = fixtures.as(consultant, () -> applications.create(candidate.getId(), role.getId(),
                APPLIED, ApplicationStageTest.form(null)));
        for (ApplicationStage next : List.of(SCREENING, INTERVIEWING, OFFER, ACCEPTED)) {
            long version = fixtures.as(consultant, () -> applications.get(application.getId())).application().getVersion();
            fixtures.as(consultant, () -> applications.move(application.getId(), version, next));
        }

        assertThat(recorded.stream(OfferAccepted.class)).extracting(OfferAccepted::applicationId)
                .containsExactly(application.getId());
        assertThat(jdbc.queryForObject("select pipeline_status from candidate where id = ?", String.class,
                candidate.getId())).isNotEqualTo("PLACED");
    }

    @Autowired com.careerbridge.crm.candidate.CandidateService candidateService;

    @Test
    void theConsultantConfirmsThePlacementOfAnAcceptedOfferOnce() {
        UserAccount consultant = fixtures.consultant("Placement");
        Candidate candidate = fixtures.candidateWithLogin(consultant, "Accepted One");
        fixtures.as(consultant, () -> candidateService.changeStatus(candidate.getId(),
                candidateService.get(candidate.getId()).getVersion(), com.careerbridge.crm.candidate.PipelineStatus.ACTIVE));
        TargetRole role = role(consultant, candidate);
        JobApplication application = fixtures.as(consultant, () -> applications.create(candidate.getId(), role.getId(),
                APPLIED, ApplicationStageTest.form(null)));
        assertThat(fixtures.as(consultant, () -> applications.placementToConfirm(candidate.getId()))).isEmpty();
        for (ApplicationStage next : List.of(INTERVIEWING, OFFER, ACCEPTED)) {
            long version = fixtures.as(consultant, () -> applications.get(application.getId())).application().getVersion();
            fixtures.as(consultant, () -> applications.move(application.getId(), version, next));
        }

        var proposal = fixtures.as(consultant, () -> applications.placementToConfirm(candidate.getId())).orElseThrow();
        assertThat(proposal.applicationId()).isEqualTo(application.getId());
        assertThatThrownBy(() -> fixtures.as(candidate.getUserId(),
                () -> applications.placementToConfirm(candidate.getId())))
                .isInstanceOf(com.careerbridge.crm.shared.ForbiddenException.class);

        fixtures.as(consultant, () -> applications.confirmPlacement(candidate.getId(), proposal.candidateVersion()));

        assertThat(jdbc.queryForList("select to_status from candidate_status_change where candidate_id = ? order by id",
                String.class, candidate.getId())).as("active → interviewing → placed, as the pipeline allows")
                .endsWith("INTERVIEWING", "PLACED");
        assertThat(fixtures.as(consultant, () -> applications.placementToConfirm(candidate.getId()))).isEmpty();
        assertThatThrownBy(() -> fixtures.as(consultant, () -> applications.confirmPlacement(candidate.getId(),
                proposal.candidateVersion()))).isInstanceOf(com.careerbridge.crm.shared.ConflictException.class)
                .hasMessage("conflict.no-placement-to-confirm");
    }

    @Test
    void theConsultantHearsOfAnOfferTheCandidateRecordedOnceAndNotOfTheirOwnMoves() {
        UserAccount consultant = fixtures.consultant("Offer News");
        Candidate candidate = fixtures.candidateWithLogin(consultant, "Lucky One");
        TargetRole role = role(consultant, candidate);
        JobApplication mine = fixtures.as(candidate.getUserId(), () -> applications.create(candidate.getId(),
                role.getId(), APPLIED, ApplicationStageTest.form(null)));
        JobApplication theirs = fixtures.as(consultant, () -> applications.create(candidate.getId(), role.getId(),
                APPLIED, ApplicationStageTest.form(null)));
        for (ApplicationStage next : List.of(INTERVIEWING, OFFER, ACCEPTED)) {
            long version = fixtures.as(consultant, () -> applications.get(mine.getId())).application().getVersion();
            fixtures.as(candidate.getUserId(), () -> applications.move(mine.getId(), version, next));
            long other = fixtures.as(consultant, () -> applications.get(theirs.getId())).application().getVersion();
            fixtures.as(consultant, () -> applications.move(theirs.getId(), other, next));
        }

        assertThat(jdbc.queryForList("""
                select message_key || ' ' || recipient_kind || ' ' || recipient_id || ' ' || template
                from mail_outbox where message_key like 'offer:%' and recipient_id = ? order by id""", String.class,
                consultant.getId())).containsExactly(
                "offer:" + mine.getId() + ":OFFER USER " + consultant.getId() + " offer-news",
                "offer:" + mine.getId() + ":ACCEPTED USER " + consultant.getId() + " offer-news");
        assertThat(jdbc.queryForObject("select model ->> 'accepted' from mail_outbox where message_key = ?",
                String.class, "offer:" + mine.getId() + ":ACCEPTED")).isEqualTo("true");
    }

    @Test
    void othersFindNothingAndAnotherCandidatesRoleIsRefused() {
        UserAccount consultant = fixtures.consultant("Mine");
        UserAccount other = fixtures.consultant("Not mine");
        Candidate candidate = fixtures.candidate(consultant, "Private Applicant");
        Candidate someoneElse = fixtures.candidate(consultant, "Someone Else");
        TargetRole role = role(consultant, candidate);
        TargetRole foreignRole = role(consultant, someoneElse);
        JobApplication application = fixtures.as(consultant, () -> applications.create(candidate.getId(), role.getId(),
                SAVED, ApplicationStageTest.form(null)));

        assertThatThrownBy(() -> fixtures.as(other, () -> applications.get(application.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(other, () -> applications.ofCandidate(candidate.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(other, () -> applications.move(application.getId(),
                application.getVersion(), APPLIED))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(consultant, () -> applications.create(candidate.getId(),
                foreignRole.getId(), SAVED, ApplicationStageTest.form(null))))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.violations().getFirst().field()).isEqualTo("targetRoleId"));
    }

    @Autowired com.careerbridge.crm.datarights.CandidateErasure erasure;

    @Test
    void erasureForgetsWhereTheyAppliedButKeepsTheOutcome() {
        UserAccount consultant = fixtures.consultant("Erase");
        Candidate candidate = fixtures.candidate(consultant, "Erased Applicant");
        TargetRole role = role(consultant, candidate);
        fixtures.as(consultant, () -> applications.create(candidate.getId(), role.getId(), APPLIED,
                new ApplicationForm("Very Particular Co", "Head of Sales", "https://jobs.example/p/1", "Busan",
                        ApplicationSource.REFERRAL, null, 1, 2, "KRW")));

        fixtures.as(fixtures.admin(), () -> erasure.erase(candidate.getId()));

        assertThat(jdbc.queryForList("""
                select concat_ws('|', company, position_title, posting_url, location, salary_min, salary_max,
                                 salary_currency, stage, source)
                from job_application where candidate_id = ?""", String.class, candidate.getId()))
                .containsExactly("||APPLIED|REFERRAL");
    }

    private TargetRole role(UserAccount consultant, Candidate candidate) {
        return fixtures.as(consultant, () -> targetRoles.add(candidate.getId(), fixtures.guide("sales-analyst").guideId(),
                new TargetRoleForm(1, List.of(), TargetRoleStatus.PREPARING)));
    }
}
