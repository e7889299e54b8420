package com.careerbridge.crm.dashboard;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * The dashboard's read-only queries. Each list is one aggregate statement over the actor's scope (a consultant's own
 * caseload, everyone for an admin), so the screen costs six statements however large the caseload is.
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
        String scope = scope(actor, parameters);
        return new DashboardOverview(caseload(scope, parameters), upcoming(scope, parameters),
                overdueChecklists(scope, parameters), overdueActionItems(scope, parameters),
                stalled(scope, parameters), recentActivity(scope, parameters));
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

    private static String scope(Actor actor, MapSqlParameterSource parameters) {
        return " " + CandidateVisibility.sql(actor, "c", parameters::addValue) + " ";
    }

    private Map<PipelineStatus, Long> caseload(String scope, MapSqlParameterSource parameters) {
        Map<PipelineStatus, Long> counts = new EnumMap<>(PipelineStatus.class);
        for (PipelineStatus status : PipelineStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.query("select c.pipeline_status, count(*) from candidate c where" + scope + "group by c.pipeline_status",
                parameters, row -> {
                    counts.put(PipelineStatus.valueOf(row.getString(1)), row.getLong(2));
                });
        return counts;
    }

    private List<UpcomingSession> upcoming(String scope, MapSqlParameterSource parameters) {
        return jdbc.query("""
                select s.id, c.id, c.full_name, s.starts_at, s.ends_at, s.mode
                from coaching_session s join candidate c on c.id = s.candidate_id
                where""" + scope + """
                  and s.status = 'SCHEDULED' and s.starts_at >= :now and s.starts_at < :until
                order by s.starts_at, s.id
                limit :limit""", parameters, (row, i) -> new UpcomingSession(row.getLong(1), row.getLong(2),
                row.getString(3), row.getTimestamp(4).toInstant(), row.getTimestamp(5).toInstant(),
                SessionMode.valueOf(row.getString(6))));
    }

    private List<OverdueChecklist> overdueChecklists(String scope, MapSqlParameterSource parameters) {
        return jdbc.query("""
                select a.id, c.id, c.full_name, v.title_ko, v.title_en, a.due_date, count(i.id) as open_items
                from assignment a
                join candidate c on c.id = a.candidate_id
                join role_guide_version v on v.id = a.guide_version_id
                join assignment_item i on i.assignment_id = a.id and i.state = 'OPEN'
                where""" + scope + """
                  and a.due_date < :today
                group by a.id, c.id, c.full_name, v.title_ko, v.title_en, a.due_date
                order by a.due_date, a.id
                limit :limit""", parameters, (row, i) -> new OverdueChecklist(row.getLong(1), row.getLong(2),
                row.getString(3), row.getString(4), row.getString(5), row.getDate(6).toLocalDate(), row.getInt(7)));
    }

    private List<OverdueActionItem> overdueActionItems(String scope, MapSqlParameterSource parameters) {
        return jdbc.query("""
                select ai.id, s.id, c.id, c.full_name, ai.description, ai.due_date
                from session_action_item ai
                join coaching_session s on s.id = ai.session_id
                join candidate c on c.id = s.candidate_id
                where""" + scope + """
                  and ai.done_at is null and ai.due_date < :today
                order by ai.due_date, ai.id
                limit :limit""", parameters, (row, i) -> new OverdueActionItem(row.getLong(1), row.getLong(2),
                row.getLong(3), row.getString(4), row.getString(5), row.getDate(6).toLocalDate()));
    }

    /**
     * A candidate's readiness last moved at their newest snapshot; a role without snapshots counts from when it was
     * set. Only candidates still in progress are of interest.
     */
    private List<StalledCandidate> stalled(String scope, MapSqlParameterSource parameters) {
        return jdbc.query("""
                select c.id, c.full_name, c.pipeline_status, max(t.readiness) as best,
                       max(coalesce(r.last_at, t.created_at)) as last_moved
                from candidate c
                join target_role t on t.candidate_id = c.id
                left join lateral (select max(s.computed_at) as last_at from readiness_snapshot s
                                   where s.target_role_id = t.id) r on true
                where""" + scope + "and c.erased_at is null and c.pipeline_status in " + OPEN_STATUSES + """

                group by c.id, c.full_name, c.pipeline_status
                having max(coalesce(r.last_at, t.created_at)) < :stalledBefore
                order by last_moved, c.id
                limit :limit""", parameters, (row, i) -> new StalledCandidate(row.getLong(1), row.getString(2),
                PipelineStatus.valueOf(row.getString(3)), row.getInt(4), row.getTimestamp(5).toInstant()));
    }

    private List<RecentActivity> recentActivity(String scope, MapSqlParameterSource parameters) {
        return jdbc.query("""
                select a.id, c.id, c.full_name, u.display_name, a.action, a.occurred_at
                from activity a
                join candidate c on c.id = a.candidate_id
                left join user_account u on u.id = a.actor_id
                where""" + scope + """
                order by a.occurred_at desc, a.id desc
                limit :limit""", parameters, (row, i) -> new RecentActivity(row.getLong(1), row.getLong(2),
                row.getString(3), row.getString(4), row.getString(5), row.getTimestamp(6).toInstant()));
    }
}
