package com.careerbridge.crm.application;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

    /*
     * What a period adds up to, per role guide. An administrator's year is ~500,000 applications at scale: the whole UTC
     * days inside the period come from the daily totals (V89, kept by a trigger), and only the hours at its two ends
     * from the applications themselves. A consultant's caseload is small: their applications are read directly, through
     * the consultant kept on each application. Either way the counts equal a count over the applications.
     */
    private static final String TOTALS_BY_DAY = """
            select d.guide_id, d.applied, d.interviewed, d.offered, d.accepted,
                   d.readiness_offered_sum as rs_o, d.readiness_offered_n as rn_o,
                   d.readiness_other_sum as rs_n, d.readiness_other_n as rn_n
              from application_outcome_day d
             where d.day >= :firstDay and d.day < :endDay
            union all
            """;

    private static final String SQL = """
            with counts as (
              select t.guide_id, sum(t.applied) as applied, sum(t.interviewed) as interviewed,
                     sum(t.offered) as offered, sum(t.accepted) as accepted,
                     sum(t.rs_o)::float8 / nullif(sum(t.rn_o), 0) as readiness_offered,
                     sum(t.rs_n)::float8 / nullif(sum(t.rn_n), 0) as readiness_not_offered
              from (/*days*/
                    select a.guide_id, 1 as applied, (a.interviewed_at is not null)::int as interviewed,
                           (a.offered_at is not null)::int as offered, (a.accepted_at is not null)::int as accepted,
                           case when a.offered_at is not null then coalesce(a.applied_readiness, 0) else 0 end as rs_o,
                           case when a.offered_at is not null and a.applied_readiness is not null then 1 else 0 end as rn_o,
                           case when a.offered_at is null then coalesce(a.applied_readiness, 0) else 0 end as rs_n,
                           case when a.offered_at is null and a.applied_readiness is not null then 1 else 0 end as rn_n
                      from job_application a
                     where /*scope*/ and a.applied_at is not null
                       and (a.applied_at >= :from and a.applied_at < :headEnd
                            or a.applied_at >= :tailStart and a.applied_at < :to)) t
              group by t.guide_id
            ), medians as (
              -- an ordered-set aggregate sorts its rows: only the offers, not every application of the period
              select a.guide_id,
                     percentile_cont(0.5) within group (order by extract(epoch from a.offered_at - a.applied_at) / 86400.0)
                       as median_days_to_offer
              from job_application a
              where /*scope*/ and a.applied_at >= :from and a.applied_at < :to and a.offered_at is not null
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
            where k.applied > 0
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
        return jdbc.query(scoped(SQL, TOTALS_BY_DAY, parameters), parameters, (row, n) -> {
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

    /**
     * An administrator's report adds the daily totals of the whole UTC days in the period to the applications of its
     * two partial days; a consultant's reads their own applications for the whole period (no totals; both ends meet).
     */
    private static String scoped(String sql, String totalsByDay, MapSqlParameterSource parameters) {
        boolean everyone = parameters.getValue("consultant") == null;
        return sql.replace("/*days*/", everyone ? totalsByDay : "")
                .replace("/*scope*/", everyone ? "1 = 1" : "a.consultant_id = :consultant");
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
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("consultant", actor.isAdmin() ? null : actor.userId())
                .addValue("from", Timestamp.from(from))
                .addValue("to", Timestamp.from(to));
        WholeDays days = WholeDays.within(from, to);
        if (actor.isAdmin() && days.any()) {
            return parameters.addValue("firstDay", Date.valueOf(days.first()))
                    .addValue("endDay", Date.valueOf(days.end()))
                    .addValue("headEnd", Timestamp.from(days.startOfFirst()))
                    .addValue("tailStart", Timestamp.from(days.startOfEnd()));
        }
        // no whole day in the period, or a caseload: the applications of the whole period, read as one "head"
        Date none = Date.valueOf(LocalDate.EPOCH);
        return parameters.addValue("firstDay", none).addValue("endDay", none)
                .addValue("headEnd", Timestamp.from(to)).addValue("tailStart", Timestamp.from(to));
    }

    /**
     * The whole UTC days inside {@code [from, to)}: from the first midnight at or after {@code from} to the last
     * midnight at or before {@code to} ({@code end} exclusive); {@link #any()} when there is at least one.
     */
    record WholeDays(LocalDate first, LocalDate end) {

        static WholeDays within(Instant from, Instant to) {
            LocalDate first = LocalDate.ofInstant(from, ZoneOffset.UTC);
            if (first.atStartOfDay(ZoneOffset.UTC).toInstant().isBefore(from)) {
                first = first.plusDays(1);
            }
            return new WholeDays(first, LocalDate.ofInstant(to, ZoneOffset.UTC));
        }

        boolean any() {
            return first.isBefore(end);
        }

        Instant startOfFirst() {
            return first.atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        Instant startOfEnd() {
            return end.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    }


    /** One consultant's applications sent in the period and how many reached an offer (rate: as for roles). */
    public record ConsultantOutcome(Long consultantId, String consultantName, int applied, int offered, int accepted,
                                    Double offerRate) {
    }

    private static final String CONSULTANT_TOTALS_BY_DAY = """
            select d.consultant_id, d.applied, d.offered, d.accepted
              from application_outcome_consultant_day d
             where d.day >= :firstDay and d.day < :endDay
            union all
            """;

    private static final String BY_CONSULTANT = """
            select t.consultant_id, u.display_name, sum(t.applied) as applied, sum(t.offered) as offered,
                   sum(t.accepted) as accepted
            from (/*days*/
                  select a.consultant_id, 1 as applied, (a.offered_at is not null)::int as offered,
                         (a.accepted_at is not null)::int as accepted
                    from job_application a
                   where /*scope*/ and a.applied_at is not null
                     and (a.applied_at >= :from and a.applied_at < :headEnd
                          or a.applied_at >= :tailStart and a.applied_at < :to)) t
            left join user_account u on u.id = t.consultant_id
            group by t.consultant_id, u.display_name
            having sum(t.applied) > 0
            order by sum(t.applied) desc, u.display_name""";

    /**
     * Offers per consultant for applications sent in the period (the consultant of the candidate today; candidates
     * without one form their own row). Administrators see every consultant, a consultant only their own row.
     */
    public List<ConsultantOutcome> byConsultant(Instant from, Instant to) {
        MapSqlParameterSource parameters = parameters(from, to);
        return jdbc.query(scoped(BY_CONSULTANT, CONSULTANT_TOTALS_BY_DAY, parameters), parameters, (row, n) -> {
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
