package com.careerbridge.crm.application;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.dashboard.DashboardOverview;
import com.careerbridge.crm.dashboard.DashboardService;
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

import static com.careerbridge.crm.application.ApplicationStage.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What needs attention across a caseload: the coming week's interviews, offers waiting for an answer, applications
 * that have not moved for two weeks — listed for the applications view and counted on the dashboard, each consultant
 * seeing only their own candidates.
 */
@CoreIntegrationTest
class CaseloadApplicationsIT {

    @Autowired Fixtures fixtures;
    @Autowired JobApplications applications;
    @Autowired JobInterviews interviews;
    @Autowired CaseloadApplications caseload;
    @Autowired DashboardService dashboard;
    @Autowired TargetRoleService targetRoles;
    @Autowired JdbcTemplate jdbc;

    @Test
    void interviewsOffersAndStandstillsOfTheCaseloadAreListedAndCounted() {
        UserAccount consultant = fixtures.consultant("Caseload");
        UserAccount other = fixtures.consultant("Elsewhere");
        Candidate candidate = fixtures.candidate(consultant, "Busy Applicant");
        TargetRole role = fixtures.as(consultant, () -> targetRoles.add(candidate.getId(),
                fixtures.guide("sales").guideId(), new TargetRoleForm(1, List.of(), TargetRoleStatus.APPLYING)));
        JobApplication interviewing = create(consultant, candidate, role, "Interviewing Co");
        LocalDateTime inThreeDays = LocalDateTime.now(ZoneId.of("Asia/Seoul")).plusDays(3).withNano(0);
        JobInterview upcoming = fixtures.as(consultant, () -> interviews.schedule(interviewing.getId(),
                new InterviewPlan(inThreeDays, "Asia/Seoul", null, InterviewFormat.VIDEO, null, null)));
        fixtures.as(consultant, () -> interviews.schedule(interviewing.getId(), new InterviewPlan(
                inThreeDays.plusDays(20), "Asia/Seoul", null, InterviewFormat.ON_SITE, null, null)));
        JobApplication offered = create(consultant, candidate, role, "Offer Co");
        JobApplication moved = fixtures.as(consultant, () -> applications.move(offered.getId(),
                offered.getVersion(), INTERVIEWING));
        fixtures.as(consultant, () -> applications.move(offered.getId(), moved.getVersion(), OFFER));
        JobApplication quiet = create(consultant, candidate, role, "Quiet Co");
        jdbc.update("update job_application set stage_changed_at = now() - interval '20 days' where id = ?",
                quiet.getId());
        JobApplication saved = fixtures.as(consultant, () -> applications.create(candidate.getId(), role.getId(), SAVED,
                ApplicationStageTest.form(null)));
        jdbc.update("update job_application set stage_changed_at = now() - interval '90 days' where id = ?",
                saved.getId());

        var seen = fixtures.as(consultant, () -> caseload.attention());
        assertThat(seen.interviews()).extracting(CaseloadApplications.UpcomingInterview::interviewId)
                .as("only the coming week's").containsExactly(upcoming.getId());
        assertThat(seen.interviews().getFirst().candidateName()).isEqualTo("Busy Applicant");
        assertThat(seen.offers()).extracting(CaseloadApplications.WaitingApplication::applicationId)
                .containsExactly(offered.getId());
        assertThat(seen.stale()).extracting(CaseloadApplications.WaitingApplication::applicationId)
                .as("a saved posting is not waiting on anyone").containsExactly(quiet.getId());

        DashboardOverview.ApplicationCounts counts = fixtures.as(consultant,
                () -> dashboard.overview(ZoneId.of("Asia/Seoul"))).applications();
        assertThat(counts).isEqualTo(new DashboardOverview.ApplicationCounts(1, 1, 1));

        var elsewhere = fixtures.as(other, () -> caseload.attention());
        assertThat(elsewhere.interviews()).extracting(CaseloadApplications.UpcomingInterview::candidateId)
                .doesNotContain(candidate.getId());
        assertThat(elsewhere.offers()).extracting(CaseloadApplications.WaitingApplication::candidateId)
                .doesNotContain(candidate.getId());
        assertThat(fixtures.as(other, () -> dashboard.overview(ZoneId.of("Asia/Seoul"))).applications())
                .isEqualTo(new DashboardOverview.ApplicationCounts(0, 0, 0));
        assertThat(fixtures.as(fixtures.admin(), () -> caseload.attention()).offers())
                .extracting(CaseloadApplications.WaitingApplication::applicationId).contains(offered.getId());
        Candidate self = fixtures.candidateWithLogin(consultant, "Not staff");
        assertThatThrownBy(() -> fixtures.as(self.getUserId(), () -> caseload.attention()))
                .isInstanceOf(ForbiddenException.class);
    }

    private JobApplication create(UserAccount consultant, Candidate candidate, TargetRole role, String company) {
        return fixtures.as(consultant, () -> applications.create(candidate.getId(), role.getId(), APPLIED,
                new ApplicationForm(company, "Account Manager", null, null, ApplicationSource.JOB_BOARD, null, null,
                        null, null)));
    }
}
