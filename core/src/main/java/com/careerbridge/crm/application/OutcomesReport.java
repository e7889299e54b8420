package com.careerbridge.crm.application;

import java.time.Instant;
import java.util.List;

import com.careerbridge.crm.account.Actor;
import com.careerbridge.crm.candidate.CandidateAccess;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.Language;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What became of the applications sent in a period, per target role (its role guide): how many reached an interview,
 * an offer and an acceptance, how long an offer took, and how ready the candidates were when they applied — for those
 * who got an offer and those who did not. Administrators see the whole consultancy, consultants their own caseload
 * (erased candidates count: the outcome is statistics). A rate or average that rests on fewer than
 * {@link #MINIMUM_SAMPLE} applications is not given: it would say more about chance than about preparation.
 */
@Service
@Transactional(readOnly = true)
public class OutcomesReport {

    public static final int MINIMUM_SAMPLE = 5;

    /**
     * One target role's outcomes. Counts are always given; a rate or average is null when its base is below
     * {@link #MINIMUM_SAMPLE}.
     *
     * @param applied                    applications sent in the period (their APPLIED stage falls in it)
     * @param readinessWhenOffered       average readiness at application of those that reached an offer
     * @param readinessWhenNotOffered    average readiness at application of those that did not (yet)
     */
    public record RoleOutcome(long guideId, String titleKo, String titleEn, int applied, int interviewed, int offered,
                              int accepted, Double interviewRate, Double offerRate, Double acceptanceRate,
                              Double medianDaysToOffer, Double readinessWhenOffered, Double readinessWhenNotOffered) {

        public String title(Language language) {
            return language == Language.EN ? titleEn : titleKo;
        }

        public int notOffered() {
            return applied - offered;
        }
    }

    // From the application's outcome summary (V87, kept by a trigger from the stage history): one range scan over the
    // applications sent in the period; the candidate is joined only to keep a consultant to their caseload.
    private static final String SQL = """
            with counts as (
              select a.guide_id, count(*) as applied, count(a.interviewed_at) as interviewed,
                     count(a.offered_at) as offered, count(a.accepted_at) as accepted,
                     avg(a.applied_readiness) filter (where a.offered_at is not null) as readiness_offered,
                     avg(a.applied_readiness) filter (where a.offered_at is null) as readiness_not_offered
              from job_application a
              /*scope*/
              where a.applied_at >= :from and a.applied_at < :to
              group by a.guide_id
            ), medians as (
              -- an ordered-set aggregate sorts its rows: only the offers, not every application of the period
              select a.guide_id,
                     percentile_cont(0.5) within group (order by extract(epoch from a.offered_at - a.applied_at) / 86400.0)
                       as median_days_to_offer
              from job_application a
              /*scope*/
              where a.applied_at >= :from and a.applied_at < :to and a.offered_at is not null
              group by a.guide_id
            )
            select g.id as guide_id,
                   coalesce(pv.title_ko, dv.title_ko, g.slug) as title_ko, coalesce(pv.title_en, dv.title_en, g.slug) as title_en,
                   k.applied, k.interviewed, k.offered, k.accepted, m.median_days_to_offer,
                   k.readiness_offered, k.readiness_not_offered
            from counts k
            join role_guide g on g.id = k.guide_id
            left join medians m on m.guide_id = k.guide_id
            left join role_guide_version pv on pv.guide_id = g.id and pv.number = g.latest_published
            left join role_guide_version dv on dv.guide_id = g.id and dv.status = 'DRAFT'
            order by k.applied desc, g.id""";



    private final NamedParameterJdbcTemplate jdbc;
    private final CandidateAccess access;

    OutcomesReport(NamedParameterJdbcTemplate jdbc, CandidateAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** Applications sent from {@code from} (inclusive) to {@code to} (exclusive). */
    public List<RoleOutcome> report(Instant from, Instant to) {
        MapSqlParameterSource parameters = parameters(from, to);
        // everyone: no join at all; a consultant: their candidates' applications only
        String sql = SQL.replace("/*scope*/", parameters.getValue("consultant") == null ? ""
                : "join candidate c on c.id = a.candidate_id and c.consultant_id = :consultant");
        return jdbc.query(sql, parameters, (row, n) -> {
            int applied = row.getInt("applied");
            int interviewed = row.getInt("interviewed");
            int offered = row.getInt("offered");
            int accepted = row.getInt("accepted");
            return new RoleOutcome(row.getLong("guide_id"), row.getString("title_ko"), row.getString("title_en"),
                    applied, interviewed, offered, accepted,
                    rate(interviewed, applied), rate(offered, applied), rate(accepted, offered),
                    enough(offered, (Double) row.getObject("median_days_to_offer", Double.class)),
                    enough(offered, number(row.getObject("readiness_offered"))),
                    enough(applied - offered, number(row.getObject("readiness_not_offered"))));
        });
    }

    /** Staff only; the scope (everyone for an administrator, the caseload for a consultant) and the period. */
    private MapSqlParameterSource parameters(Instant from, Instant to) {
        Actor actor = access.actor();
        if (!actor.isStaff()) {
            throw new ForbiddenException("staff-only");
        }
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidValueException("to", "out-of-range");
        }
        return new MapSqlParameterSource()
                .addValue("consultant", actor.isAdmin() ? null : actor.userId())
                .addValue("from", java.sql.Timestamp.from(from))
                .addValue("to", java.sql.Timestamp.from(to));
    }

    /** One consultant's applications sent in the period and how many reached an offer (rate: as for roles). */
    public record ConsultantOutcome(Long consultantId, String consultantName, int applied, int offered, int accepted,
                                    Double offerRate) {
    }

    private static final String BY_CONSULTANT = """
            select c.consultant_id, u.display_name, count(*) as applied, count(a.offered_at) as offered,
                   count(a.accepted_at) as accepted
            from job_application a
            join candidate c on c.id = a.candidate_id
            left join user_account u on u.id = c.consultant_id
            where (cast(:consultant as bigint) is null or c.consultant_id = :consultant)
              and a.applied_at >= :from and a.applied_at < :to
            group by c.consultant_id, u.display_name
            order by count(*) desc, u.display_name""";


    /**
     * Offers per consultant for applications sent in the period (the consultant of the candidate today; candidates
     * without one form their own row). Administrators see every consultant, a consultant only their own row.
     */
    public List<ConsultantOutcome> byConsultant(Instant from, Instant to) {
        MapSqlParameterSource parameters = parameters(from, to);
        return jdbc.query(BY_CONSULTANT, parameters, (row, n) -> {
            int applied = row.getInt("applied");
            int offered = row.getInt("offered");
            return new ConsultantOutcome((Long) row.getObject("consultant_id", Long.class),
                    row.getString("display_name"), applied, offered, row.getInt("accepted"), rate(offered, applied));
        });
    }

    private static Double rate(int part, int base) {
        return base < MINIMUM_SAMPLE ? null : (double) part / base;
    }

    private static Double enough(int sample, Double value) {
        return sample < MINIMUM_SAMPLE ? null : value;
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
