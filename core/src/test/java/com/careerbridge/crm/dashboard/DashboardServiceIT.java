package com.careerbridge.crm.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.SystemWork;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateForm;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.candidate.CareerStage;
import com.careerbridge.crm.candidate.PipelineStatus;
import com.careerbridge.crm.dashboard.DashboardOverview.RecentActivity;
import com.careerbridge.crm.roleguide.GuideSummary;
import com.careerbridge.crm.roleguide.RoleGuideService;
import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.session.SessionMode;
import com.careerbridge.crm.session.SessionOutcome;
import com.careerbridge.crm.session.SessionPlan;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.targetrole.TargetRoleForm;
import com.careerbridge.crm.targetrole.TargetRoleService;
import com.careerbridge.crm.targetrole.TargetRoleStatus;
import com.careerbridge.testsupport.CoreIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CoreIntegrationTest
class DashboardServiceIT {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Autowired DashboardService dashboard;
    @Autowired AccountService accounts;
    @Autowired CandidateService candidates;
    @Autowired SessionService sessions;
    @Autowired AssignmentService assignments;
    @Autowired TargetRoleService targetRoles;
    @Autowired RoleGuideService guides;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired com.careerbridge.crm.candidate.CandidateAccess access;

    UserAccount mina;
    UserAccount joon;
    Candidate lead;
    Candidate active;
    Candidate othersCandidate;

    @BeforeEach
    void caseloads() {
        String run = Long.toString(System.nanoTime());
        mina = accounts.create(new EmailAddress("mina" + run + "@example.com"), "Mina", Role.CONSULTANT, Locale.KOREAN,
                "a long enough password");
        joon = accounts.create(new EmailAddress("joon" + run + "@example.com"), "Joon", Role.CONSULTANT, Locale.KOREAN,
                "a long enough password");
        SystemWork.run(() -> {
            lead = candidates.create(form("Lead " + run, "lead" + run + "@example.com"), mina.getId());
            active = candidates.create(form("Active " + run, "active" + run + "@example.com"), mina.getId());
            candidates.changeStatus(active.getId(), active.getVersion(), PipelineStatus.ACTIVE);
            othersCandidate = candidates.create(form("Other " + run, "other" + run + "@example.com"), joon.getId());

            LocalDateTime tomorrow = LocalDateTime.now(clock.withZone(SEOUL)).plusDays(1).withHour(15).withMinute(0);
            sessions.schedule(lead.getId(), plan(tomorrow));
            sessions.schedule(othersCandidate.getId(), plan(tomorrow.plusHours(2)));

            CoachingSession past = sessions.schedule(active.getId(), plan(tomorrow.minusDays(10)));
            LocalDate today = LocalDate.now(clock.withZone(SEOUL));
            sessions.complete(past.getId(), past.getVersion(), new SessionOutcome("notes", "summary",
                    List.of(new SessionOutcome.NewActionItem(null, "Rewrite the CV", today.minusDays(3)),
                            new SessionOutcome.NewActionItem(null, "Later task", today.plusDays(3))), null, null));

            GuideSummary guide = guides.library().getFirst();
            assignments.assign(guide.guideId(), List.of(lead.getId()), today.minusDays(1), null);

            targetRoles.add(active.getId(), guide.guideId(), new TargetRoleForm(1, List.of(), TargetRoleStatus.PREPARING));
            targetRoles.add(lead.getId(), guide.guideId(), new TargetRoleForm(1, List.of(), TargetRoleStatus.PREPARING));
        });
        // The active candidate's readiness last moved three weeks ago; the lead's just now.
        jdbc.update("update target_role set created_at = now() - interval '21 days' where candidate_id = ?", active.getId());
        jdbc.update("""
                update readiness_snapshot set computed_at = now() - interval '21 days'
                where target_role_id in (select id from target_role where candidate_id = ?)""", active.getId());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theOverviewIsOneStatementWhateverTheCaseload() {
        java.util.concurrent.atomic.AtomicInteger statements = new java.util.concurrent.atomic.AtomicInteger();
        JdbcTemplate counting = new JdbcTemplate(jdbc.getDataSource()) {
            @Override // every query of NamedParameterJdbcTemplate ends here (row mappers and row handlers alike)
            public <T> T query(org.springframework.jdbc.core.PreparedStatementCreator creator,
                               org.springframework.jdbc.core.ResultSetExtractor<T> extractor) {
                statements.incrementAndGet();
                return super.query(creator, extractor);
            }
        };
        DashboardService measured = new DashboardService(
                new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(counting), access, clock);
        signIn(mina);
        DashboardOverview overview = measured.overview(SEOUL);
        assertThat(statements).as("statements for the whole dashboard").hasValue(1);
        assertThat(overview).isEqualTo(dashboard.overview(SEOUL));
    }

    @Test
    void aConsultantSeesOnlyTheirOwnCaseload() {
        signIn(mina);

        DashboardOverview overview = dashboard.overview(SEOUL);

        assertThat(overview.caseload()).containsEntry(PipelineStatus.LEAD, 1L).containsEntry(PipelineStatus.ACTIVE, 1L)
                .containsEntry(PipelineStatus.CLOSED, 0L);
        assertThat(overview.caseloadTotal()).isEqualTo(2);
        assertThat(overview.upcomingSessions()).extracting(s -> s.candidateId()).containsExactly(lead.getId());
        assertThat(overview.overdueChecklists()).singleElement().satisfies(entry -> {
            assertThat(entry.candidateId()).isEqualTo(lead.getId());
            assertThat(entry.openItems()).isPositive();
            assertThat(entry.guideTitleEn()).isNotBlank();
        });
        assertThat(overview.overdueActionItems()).singleElement().satisfies(entry -> {
            assertThat(entry.candidateId()).isEqualTo(active.getId());
            assertThat(entry.description()).isEqualTo("Rewrite the CV");
        });
        assertThat(overview.stalledCandidates()).extracting(s -> s.candidateId()).containsExactly(active.getId());
        assertThat(overview.recentActivity()).extracting(RecentActivity::candidateId)
                .isNotEmpty()
                .allMatch(id -> Set.of(lead.getId(), active.getId()).contains(id));
        assertThat(overview.recentActivity()).extracting(RecentActivity::action).contains("candidate-created");
    }

    @Test
    void anAdminSeesEveryone() {
        SecurityContextHolder.clearContext();
        DashboardOverview overview = SystemWork.call(() -> dashboard.overview(SEOUL));

        assertThat(overview.caseloadTotal()).isGreaterThanOrEqualTo(3);
        assertThat(overview.upcomingSessions()).extracting(s -> s.candidateId())
                .contains(lead.getId(), othersCandidate.getId());
        assertThat(SystemWork.call(() -> dashboard.caseloadsByConsultant()))
                .containsEntry(mina.getId(), 2L).containsEntry(joon.getId(), 1L);
    }

    @Test
    void consultantsCannotSeeEveryonesCaseloadCounts() {
        signIn(mina);
        assertThatThrownBy(() -> dashboard.caseloadsByConsultant()).isInstanceOf(ForbiddenException.class);
    }

    private void signIn(UserAccount account) {
        UserDetails user = userDetails.loadUserByUsername(account.getEmail().value());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static CandidateForm form(String name, String email) {
        return new CandidateForm(name, email, "", Language.KO, "Asia/Seoul", CareerStage.EXPERIENCED, "", "", List.of());
    }

    private static SessionPlan plan(LocalDateTime start) {
        return new SessionPlan(start, start.plusHours(1), "Asia/Seoul", SessionMode.ONLINE, "", "");
    }
}
