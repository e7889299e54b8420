package com.careerbridge.crm.dashboard;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.careerbridge.crm.account.Actor;
import com.careerbridge.crm.candidate.CandidateAccess;
import com.careerbridge.crm.candidate.CandidateVisibility;
import com.careerbridge.crm.candidate.PipelineStatus;
import com.careerbridge.crm.dashboard.DashboardOverview.OverdueActionItem;
import com.careerbridge.crm.dashboard.DashboardOverview.OverdueChecklist;
import com.careerbridge.crm.dashboard.DashboardOverview.RecentActivity;
import com.careerbridge.crm.dashboard.DashboardOverview.StalledCandidate;
import com.careerbridge.crm.dashboard.DashboardOverview.UpcomingSession;
import com.careerbridge.crm.session.SessionMode;
import com.careerbridge.crm.shared.ForbiddenException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's read-only queries. The overview is one statement over the actor's scope (a consultant's own
 * caseload, everyone for an admin) whatever the caseload's size: six aggregate parts joined by UNION ALL.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    /** How far ahead "upcoming" looks. */
    public static final Duration UPCOMING = Duration.ofDays(7);
    /** How long readiness may stand still before a candidate counts as stalled. */
    public static final Duration STALLED_AFTER = Duration.ofDays(14);
    /** The most entries any one list returns; the dashboard is a to-do list, not a report. */
    public static final int LIST_LIMIT = 20;

    private static final String OPEN_STATUSES = "('LEAD', 'ACTIVE', 'INTERVIEWING')";

    private final NamedParameterJdbcTemplate jdbc;
    private final CandidateAccess access;
    private final Clock clock;

    DashboardService(NamedParameterJdbcTemplate jdbc, CandidateAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The overview for the signed-in staff member.
     *
     * @param zone the zone in which "today" is decided for due dates
     */
    public DashboardOverview overview(ZoneId zone) {
        Actor actor = access.actor();
        if (!actor.isStaff()) {
            throw new ForbiddenException("staff-only");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("now", Timestamp.from(now))
                .addValue("until", Timestamp.from(now.plus(UPCOMING)))
                .addValue("stalledBefore", Timestamp.from(now.minus(STALLED_AFTER)))
                .addValue("today", Date.valueOf(today))
                .addValue("limit", LIST_LIMIT);
        return read(actor, parameters);
    }

    /** How many candidates each consultant holds (consultant id → count), for the admin's staff list. */
    public Map<Long, Long> caseloadsByConsultant() {
        if (!access.actor().isAdmin()) {
            throw new ForbiddenException("admin-only");
        }
        Map<Long, Long> counts = new java.util.HashMap<>();
        jdbc.query("select consultant_id, count(*) from candidate where consultant_id is not null group by consultant_id",
                new MapSqlParameterSource(), row -> {
                    counts.put(row.getLong(1), row.getLong(2));
                });
        return counts;
    }

    /**
     * The actor's scope in each branch: on the candidate, or (the applications' counts) on the consultant kept on each
     * application and interview (V89), which reaches a caseload's rows through one index.
     */
    private static String scoped(String sql, Actor actor, MapSqlParameterSource parameters) {
        return sql.replace("/*scope*/", " " + CandidateVisibility.sql(actor, "c", parameters::addValue) + " ")
                .replace("/*scope:a*/", " " + CandidateVisibility.sql(actor, "a", parameters::addValue) + " ")
                .replace("/*scope:i*/", " " + CandidateVisibility.sql(actor, "i", parameters::addValue) + " ");
    }

    /**
     * All six parts in one statement: each part is a branch of a UNION ALL that fills the columns it needs, tagged
     * with its kind and its place in its own order; the rows are then sorted into the parts here.
     */
    private DashboardOverview read(Actor actor, MapSqlParameterSource parameters) {
        Map<PipelineStatus, Long> caseload = new EnumMap<>(PipelineStatus.class);
        for (PipelineStatus status : PipelineStatus.values()) {
            caseload.put(status, 0L);
        }
        List<UpcomingSession> upcoming = new ArrayList<>();
        List<OverdueChecklist> checklists = new ArrayList<>();
        List<OverdueActionItem> actionItems = new ArrayList<>();
        List<StalledCandidate> stalled = new ArrayList<>();
        List<RecentActivity> activity = new ArrayList<>();
        long[] applications = new long[3];
        String sql = scoped(String.join("\nunion all\n", CASELOAD, UPCOMING_SESSIONS, OVERDUE_CHECKLISTS,
                OVERDUE_ACTION_ITEMS, STALLED, RECENT_ACTIVITY, APPLICATIONS), actor, parameters) + "\norder by kind, ord";
        jdbc.query(sql, parameters, row -> {
            switch (row.getString("kind")) {
                case "1-caseload" -> caseload.put(PipelineStatus.valueOf(row.getString("s1")), row.getLong("n"));
                case "2-upcoming" -> upcoming.add(new UpcomingSession(row.getLong("a"), row.getLong("b"),
                        row.getString("s1"), instant(row, "t1"), instant(row, "t2"),
                        SessionMode.valueOf(row.getString("s2"))));
                case "3-checklists" -> checklists.add(new OverdueChecklist(row.getLong("a"), row.getLong("b"),
                        row.getString("s1"), row.getString("s2"), row.getString("s3"),
                        row.getDate("d").toLocalDate(), row.getInt("n")));
                case "4-action-items" -> actionItems.add(new OverdueActionItem(row.getLong("a"), row.getLong("b"),
                        row.getLong("c"), row.getString("s1"), row.getString("s2"), row.getDate("d").toLocalDate()));
                case "5-stalled" -> stalled.add(new StalledCandidate(row.getLong("a"), row.getString("s1"),
                        PipelineStatus.valueOf(row.getString("s2")), row.getInt("n"), instant(row, "t1")));
                case "6-activity" -> activity.add(new RecentActivity(row.getLong("a"), row.getLong("b"),
                        row.getString("s1"), row.getString("s2"), row.getString("s3"), instant(row, "t1")));
                case "7-applications" -> applications[(int) row.getLong("ord")] = row.getLong("n");
                default -> throw new IllegalStateException("Unknown dashboard row " + row.getString("kind"));
            }
        });
        return new DashboardOverview(caseload, upcoming, checklists, actionItems, stalled, activity,
                new DashboardOverview.ApplicationCounts(applications[0], applications[1], applications[2]));
    }

    private static Instant instant(java.sql.ResultSet row, String column) throws java.sql.SQLException {
        return row.getTimestamp(column).toInstant();
    }

    // Columns of every branch: kind, ord, a, b, c (ids), s1, s2, s3 (texts), t1, t2 (instants), d (a date), n (a count).

    private static final String CASELOAD = """
            (select '1-caseload' as kind, cast(0 as bigint) as ord, cast(null as bigint) as a, cast(null as bigint) as b,
                    cast(null as bigint) as c, cast(c.pipeline_status as text) as s1, cast(null as text) as s2,
                    cast(null as text) as s3, cast(null as timestamptz) as t1, cast(null as timestamptz) as t2,
                    cast(null as date) as d, count(*) as n
             from candidate c where /*scope*/ group by c.pipeline_status)""";

    private static final String UPCOMING_SESSIONS = """
            (select '2-upcoming', row_number() over (order by s.starts_at, s.id), s.id, c.id, null, c.full_name,
                    cast(s.mode as text), null, s.starts_at, s.ends_at, null, null
             from coaching_session s join candidate c on c.id = s.candidate_id
             where /*scope*/ and s.status = 'SCHEDULED' and s.starts_at >= :now and s.starts_at < :until
             order by s.starts_at, s.id
             limit :limit)""";

    private static final String OVERDUE_CHECKLISTS = """
            (select '3-checklists', row_number() over (order by a.due_date, a.id), a.id, c.id, null, c.full_name,
                    v.title_ko, v.title_en, null, null, a.due_date, count(i.id)
             from assignment a
             join candidate c on c.id = a.candidate_id
             join role_guide_version v on v.id = a.guide_version_id
             join assignment_item i on i.assignment_id = a.id and i.state = 'OPEN'
             where /*scope*/ and a.due_date < :today
             group by a.id, c.id, c.full_name, v.title_ko, v.title_en, a.due_date
             order by a.due_date, a.id
             limit :limit)""";

    private static final String OVERDUE_ACTION_ITEMS = """
            (select '4-action-items', row_number() over (order by ai.due_date, ai.id), ai.id, s.id, c.id, c.full_name,
                    ai.description, null, null, null, ai.due_date, null
             from session_action_item ai
             join coaching_session s on s.id = ai.session_id
             join candidate c on c.id = s.candidate_id
             where /*scope*/ and ai.done_at is null and ai.due_date < :today
             order by ai.due_date, ai.id
             limit :limit)""";

    /**
     * A candidate's readiness last moved at their newest snapshot; a role without snapshots counts from when it was
     * set. Only candidates still in progress are of interest.
     */
    private static final String STALLED = """
            (select '5-stalled', row_number() over (order by max(coalesce(r.last_at, t.created_at)), c.id), c.id,
                    null, null, c.full_name, cast(c.pipeline_status as text), null,
                    max(coalesce(r.last_at, t.created_at)), null, null, max(t.readiness)
             from candidate c
             join target_role t on t.candidate_id = c.id
             left join lateral (select max(s.computed_at) as last_at from readiness_snapshot s
                                where s.target_role_id = t.id) r on true
             where /*scope*/ and c.erased_at is null and c.pipeline_status in """ + OPEN_STATUSES + """

             group by c.id, c.full_name, c.pipeline_status
             having max(coalesce(r.last_at, t.created_at)) < :stalledBefore
             order by max(coalesce(r.last_at, t.created_at)), c.id
             limit :limit)""";

    /**
     * Job applications that need attention (#17), counted: interviews in the coming week, offers waiting for an
     * answer, open applications without a move for {@link #STALLED_AFTER} (the applications view lists them).
     */
    private static final String APPLICATIONS = """
            (select '7-applications', 0, null, null, null, null, null, null, null, null, null, count(*)
             from job_interview i join job_application a on a.id = i.application_id
                  join candidate c on c.id = a.candidate_id
             where /*scope:i*/ and c.erased_at is null and i.starts_at >= :now and i.starts_at < :until)
            union all
            (select '7-applications', 1, null, null, null, null, null, null, null, null, null, count(*)
             from job_application a join candidate c on c.id = a.candidate_id
             where /*scope:a*/ and c.erased_at is null and a.stage = 'OFFER')
            union all
            (select '7-applications', 2, null, null, null, null, null, null, null, null, null, count(*)
             from job_application a join candidate c on c.id = a.candidate_id
             where /*scope:a*/ and c.erased_at is null and a.stage in ('APPLIED', 'SCREENING', 'INTERVIEWING', 'OFFER')
               and a.stage_changed_at < :stalledBefore)""";

    private static final String RECENT_ACTIVITY = """
            (select '6-activity', row_number() over (order by a.occurred_at desc, a.id desc), a.id, c.id, null,
                    c.full_name, u.display_name, a.action, a.occurred_at, null, null, null
             from activity a
             join candidate c on c.id = a.candidate_id
             left join user_account u on u.id = a.actor_id
             where /*scope*/
             order by a.occurred_at desc, a.id desc
             limit :limit)""";
}
