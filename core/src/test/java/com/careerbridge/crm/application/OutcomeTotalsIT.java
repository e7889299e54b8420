package com.careerbridge.crm.application;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.application.OutcomesReport.RoleOutcome;
import com.careerbridge.crm.candidate.Candidate;
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
import static org.assertj.core.api.Assertions.within;

/**
 * The outcome totals (V89) and the consultant kept on applications and interviews follow every change to what they
 * summarise — stage moves, a candidate's new consultant, an application's date, a deletion — so that the
 * administrator's report, which adds up daily totals for the whole days of a period, says what a count over the
 * applications would say.
 */
@CoreIntegrationTest
class OutcomeTotalsIT {

    /** Rows of the totals that a recount of the applications does not give, or the other way round. */
    private static final String TOTALS_DIFFER = """
            with recount as (
              select (a.applied_at at time zone 'UTC')::date as day, a.guide_id, count(*)::int as applied,
                     count(a.interviewed_at)::int as interviewed, count(a.offered_at)::int as offered,
                     count(a.accepted_at)::int as accepted,
                     coalesce(sum(a.applied_readiness) filter (where a.offered_at is not null), 0)::bigint as rs_o,
                     (count(a.applied_readiness) filter (where a.offered_at is not null))::int as rn_o,
                     coalesce(sum(a.applied_readiness) filter (where a.offered_at is null), 0)::bigint as rs_n,
                     (count(a.applied_readiness) filter (where a.offered_at is null))::int as rn_n
                from job_application a where a.applied_at is not null group by 1, 2
            ), kept as (
              select day, guide_id, applied, interviewed, offered, accepted, readiness_offered_sum,
                     readiness_offered_n, readiness_other_sum, readiness_other_n
                from application_outcome_day where applied <> 0
            ), consultant_recount as (
              select (a.applied_at at time zone 'UTC')::date as day, a.consultant_id, count(*)::int as applied,
                     count(a.offered_at)::int as offered, count(a.accepted_at)::int as accepted
                from job_application a where a.applied_at is not null group by 1, 2
            ), consultant_kept as (
              select day, consultant_id, applied, offered, accepted
                from application_outcome_consultant_day where applied <> 0
            )
            select ((select count(*) from ((table recount except table kept) union all (table kept except table recount)) d)
                  + (select count(*) from ((table consultant_recount except table consultant_kept)
                                union all (table consultant_kept except table consultant_recount)) d))::int""";

    @Autowired Fixtures fixtures;
    @Autowired JobApplications applications;
    @Autowired OutcomesReport outcomes;
    @Autowired TargetRoleService targetRoles;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theTotalsAndTheKeptConsultantFollowEveryChange() {
        UserAccount first = fixtures.consultant("Totals first");
        UserAccount second = fixtures.consultant("Totals second");
        long guideId = fixtures.guide("sales-training").guideId();
        List<JobApplication> sent = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Candidate candidate = fixtures.candidate(first, "Totals " + i);
            candidates.add(candidate);
            TargetRole role = fixtures.as(first, () -> targetRoles.add(candidate.getId(), guideId,
                    new TargetRoleForm(1, List.of(), TargetRoleStatus.APPLYING)));
            jdbc.update("update target_role set readiness = ? where id = ?", 30 + 10 * i, role.getId());
            sent.add(fixtures.as(first, () -> applications.create(candidate.getId(), role.getId(),
                    ApplicationStage.APPLIED, ApplicationStageTest.form(null))));
        }
        assertThat(jdbc.queryForObject(TOTALS_DIFFER, Integer.class)).as("after creating").isZero();
        assertThat(consultantOf(sent.get(0))).isEqualTo(first.getId());

        JobApplication moved = fixtures.as(first, () -> applications.move(sent.get(0).getId(), sent.get(0).getVersion(),
                ApplicationStage.INTERVIEWING));
        fixtures.as(first, () -> applications.move(moved.getId(), moved.getVersion(), ApplicationStage.OFFER));
        assertThat(jdbc.queryForObject(TOTALS_DIFFER, Integer.class)).as("after stage moves").isZero();

        // sent on another day, long ago; then the candidate changes consultant; then one application goes
        jdbc.update("update job_application set applied_at = applied_at - interval '40 days' where id = ?",
                sent.get(1).getId());
        jdbc.update("update candidate set consultant_id = ? where id = ?", second.getId(), candidates.get(1).getId());
        jdbc.update("delete from job_application where id = ?", sent.get(3).getId());

        assertThat(jdbc.queryForObject(TOTALS_DIFFER, Integer.class)).as("after date, consultant, deletion").isZero();
        assertThat(consultantOf(sent.get(1))).isEqualTo(second.getId());
        assertThat(consultantOf(sent.get(0))).isEqualTo(first.getId());
    }

    @Test
    void anAdministratorsPeriodOfWholeAndPartialDaysSaysWhatACountOverTheApplicationsSays() {
        UserAccount consultant = fixtures.consultant("Period");
        long guideId = fixtures.guide("sales-analyst").guideId();
        Instant noon = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(10)).plus(Duration.ofHours(12));
        // spread over eleven days, at hours that put some in the period's partial first and last days
        for (int i = 0; i < 12; i++) {
            Candidate candidate = fixtures.candidate(consultant, "Period " + i);
            TargetRole role = fixtures.as(consultant, () -> targetRoles.add(candidate.getId(), guideId,
                    new TargetRoleForm(1, List.of(), TargetRoleStatus.APPLYING)));
            jdbc.update("update target_role set readiness = ? where id = ?", 20 + 5 * i, role.getId());
            JobApplication application = fixtures.as(consultant, () -> applications.create(candidate.getId(),
                    role.getId(), ApplicationStage.APPLIED, ApplicationStageTest.form(null)));
            if (i % 3 == 0) {
                JobApplication interviewing = fixtures.as(consultant, () -> applications.move(application.getId(),
                        application.getVersion(), ApplicationStage.INTERVIEWING));
                fixtures.as(consultant, () -> applications.move(application.getId(), interviewing.getVersion(),
                        ApplicationStage.OFFER));
            }
            Instant appliedAt = noon.plus(Duration.ofDays(i)).minus(Duration.ofHours(i % 2 == 0 ? 3 : -9));
            jdbc.update("update job_application set applied_at = ?, offered_at = case when offered_at is null then null"
                    + " else cast(? as timestamptz) end where id = ?", Timestamp.from(appliedAt),
                    Timestamp.from(appliedAt.plus(Duration.ofDays(2 + i))), application.getId());
        }
        // from a morning to an evening: both ends are partial days, nine whole days lie between them
        Instant from = noon.minus(Duration.ofHours(4));
        Instant to = noon.plus(Duration.ofDays(10)).plus(Duration.ofHours(5));

        RoleOutcome reported = fixtures.as(fixtures.admin(), () -> outcomes.report(from, to)).stream()
                .filter(role -> role.guideId() == guideId).findFirst().orElseThrow();
        Map<String, Object> counted = jdbc.queryForMap("""
                select count(*)::int as applied, count(interviewed_at)::int as interviewed,
                       count(offered_at)::int as offered, count(accepted_at)::int as accepted,
                       avg(applied_readiness) filter (where offered_at is not null)::float8 as offered_readiness,
                       avg(applied_readiness) filter (where offered_at is null)::float8 as other_readiness,
                       percentile_cont(0.5) within group (order by extract(epoch from offered_at - applied_at) / 86400.0)
                         filter (where offered_at is not null) as median_days
                  from job_application where guide_id = ? and applied_at >= ? and applied_at < ?""",
                guideId, Timestamp.from(from), Timestamp.from(to));

        assertThat(reported.applied()).isEqualTo(counted.get("applied")).isGreaterThan(0);
        assertThat(reported.interviewed()).isEqualTo(counted.get("interviewed"));
        assertThat(reported.offered()).isEqualTo(counted.get("offered"));
        assertThat(reported.accepted()).isEqualTo(counted.get("accepted"));
        if (reported.offered() >= OutcomesReport.MINIMUM_SAMPLE) {
            assertThat(reported.readinessWhenOffered()).isCloseTo((Double) counted.get("offered_readiness"), within(1e-9));
            assertThat(reported.medianDaysToOffer()).isCloseTo((Double) counted.get("median_days"), within(1e-9));
        }
        assertThat(reported.readinessWhenNotOffered()).isCloseTo((Double) counted.get("other_readiness"), within(1e-9));

        Integer consultantApplied = jdbc.queryForObject("select count(*)::int from job_application where consultant_id = ?"
                + " and applied_at >= ? and applied_at < ?", Integer.class, consultant.getId(), Timestamp.from(from),
                Timestamp.from(to));
        assertThat(fixtures.as(fixtures.admin(), () -> outcomes.byConsultant(from, to)))
                .filteredOn(row -> consultant.getId().equals(row.consultantId()))
                .singleElement().satisfies(row -> assertThat(row.applied()).isEqualTo(consultantApplied));
        assertThat(fixtures.as(consultant, () -> outcomes.report(from, to))).singleElement()
                .satisfies(role -> assertThat(role.applied()).as("the caseload's own reading")
                        .isEqualTo(consultantApplied));
    }

    private long consultantOf(JobApplication application) {
        return jdbc.queryForObject("select consultant_id from job_application where id = ?", Long.class,
                application.getId());
    }
}
