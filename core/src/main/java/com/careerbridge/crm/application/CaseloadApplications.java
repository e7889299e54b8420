package com.careerbridge.crm.application;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.careerbridge.crm.account.Actor;
import com.careerbridge.crm.candidate.CandidateAccess;
import com.careerbridge.crm.candidate.CandidateVisibility;
import com.careerbridge.crm.shared.ForbiddenException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applications across a consultant's caseload (everyone's for an administrator) that need attention: interviews in
 * the coming week (to prepare the candidate), offers waiting for the candidate's answer, and applications that have not
 * moved for {@link #STALE_AFTER}. One statement, whatever the caseload's size; erased candidates are left out.
 */
@Service
@Transactional(readOnly = true)
public class CaseloadApplications {

    /** How far ahead "interviews this week" looks. */
    public static final Duration WEEK = Duration.ofDays(7);
    /** How long an open application may stand still before it is worth a question. */
    public static final Duration STALE_AFTER = Duration.ofDays(14);
    /** The most entries one list shows; the view is a to-do list. */
    public static final int LIST_LIMIT = 100;

    /** An interview coming up, with whom and for what. */
    public record UpcomingInterview(long interviewId, long applicationId, long candidateId, String candidateName,
                                    String company, String positionTitle, int round, Instant startsAt,
                                    ZoneId timeZone, InterviewFormat format) {
    }

    /** An application waiting on someone: an offer to answer, or no movement for a while. */
    public record WaitingApplication(long applicationId, long candidateId, String candidateName, String company,
                                     String positionTitle, ApplicationStage stage, Instant since) {
    }

    public record Attention(List<UpcomingInterview> interviews, List<WaitingApplication> offers,
                            List<WaitingApplication> stale) {
    }

    private static final String SQL = """
            (select 1 as part, i.starts_at as t, i.id as interview_id, a.id as application_id, c.id as candidate_id,
                    c.full_name, a.company, a.position_title, i.round, i.time_zone, i.format, a.stage
             from job_interview i
             join job_application a on a.id = i.application_id
             join candidate c on c.id = a.candidate_id
             where /*interviews*/ and c.erased_at is null and i.starts_at >= :now and i.starts_at < :until
             order by i.starts_at, i.id limit :limit)
            union all
            (select 2, a.stage_changed_at, null, a.id, c.id, c.full_name, a.company, a.position_title, null, null,
                    null, a.stage
             from job_application a join candidate c on c.id = a.candidate_id
             where /*applications*/ and c.erased_at is null and a.stage = 'OFFER'
             order by a.stage_changed_at, a.id limit :limit)
            union all
            (select 3, a.stage_changed_at, null, a.id, c.id, c.full_name, a.company, a.position_title, null, null,
                    null, a.stage
             from job_application a join candidate c on c.id = a.candidate_id
             where /*applications*/ and c.erased_at is null and a.stage in ('APPLIED', 'SCREENING', 'INTERVIEWING', 'OFFER')
               and a.stage_changed_at < :staleBefore
             order by a.stage_changed_at, a.id limit :limit)
            order by part, t""";

    private final NamedParameterJdbcTemplate jdbc;
    private final CandidateAccess access;
    private final Clock clock;

    CaseloadApplications(NamedParameterJdbcTemplate jdbc, CandidateAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    public Attention attention() {
        Actor actor = access.actor();
        if (!actor.isStaff()) {
            throw new ForbiddenException("staff-only");
        }
        Instant now = clock.instant();
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("now", Timestamp.from(now))
                .addValue("until", Timestamp.from(now.plus(WEEK)))
                .addValue("staleBefore", Timestamp.from(now.minus(STALE_AFTER)))
                .addValue("limit", LIST_LIMIT);
        // the consultant kept on each application and interview (V89): a caseload's rows are one index range away
        String sql = SQL.replace("/*interviews*/", CandidateVisibility.sql(actor, "i", parameters::addValue))
                .replace("/*applications*/", CandidateVisibility.sql(actor, "a", parameters::addValue));
        List<UpcomingInterview> interviews = new ArrayList<>();
        List<WaitingApplication> offers = new ArrayList<>();
        List<WaitingApplication> stale = new ArrayList<>();
        jdbc.query(sql, parameters, row -> {
            Instant at = row.getTimestamp("t").toInstant();
            int part = row.getInt("part");
            if (part == 1) {
                interviews.add(new UpcomingInterview(row.getLong("interview_id"), row.getLong("application_id"),
                        row.getLong("candidate_id"), row.getString("full_name"), row.getString("company"),
                        row.getString("position_title"), row.getInt("round"), at, ZoneId.of(row.getString("time_zone")),
                        InterviewFormat.valueOf(row.getString("format"))));
                return;
            }
            WaitingApplication waiting = new WaitingApplication(row.getLong("application_id"),
                    row.getLong("candidate_id"), row.getString("full_name"), row.getString("company"),
                    row.getString("position_title"), ApplicationStage.valueOf(row.getString("stage")), at);
            (part == 2 ? offers : stale).add(waiting);
        });
        return new Attention(List.copyOf(interviews), List.copyOf(offers), List.copyOf(stale));
    }
}
