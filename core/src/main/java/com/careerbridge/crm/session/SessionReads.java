package com.careerbridge.crm.session;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.careerbridge.crm.candidate.OwnList;
import com.careerbridge.crm.session.CandidateSessionView.ActionItemView;
import com.careerbridge.crm.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static com.careerbridge.crm.shared.SqlColumns.elements;
import static com.careerbridge.crm.shared.SqlColumns.instant;
import static com.careerbridge.crm.shared.SqlColumns.nullableInt;
import static com.careerbridge.crm.shared.SqlColumns.nullableLong;

/**
 * Sessions as the candidate reads them, straight into records: the signed-in candidate's list is one statement that
 * finds the candidate by their login, reads their language and their sessions with the action items in order, and
 * never the consultant's private notes (#19: the app's session list without loading the candidate and the session
 * entities). The candidate table is only read here.
 */
@Repository
class SessionReads {

    private final JdbcClient jdbc;

    SessionReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The sessions of the candidate signed in as {@code userId}, latest start first; empty when the login is not (or no
     * longer) a candidate's.
     */
    Optional<OwnList<CandidateSessionView>> mine(long userId) {
        return OwnList.fromRows(jdbc.sql("""
                        select c.id, c.preferred_locale,
                               s.id, s.version, s.starts_at, s.ends_at, s.time_zone, s.mode, s.location, s.agenda,
                               s.status, s.shared_summary, s.mock_rating, s.updated_at, s.session_type_id,
                               s.booked_by_candidate, s.late_cancellation,
                               items.ids, items.descriptions, items.due_dates, items.done
                        from candidate c
                        left join coaching_session s on s.candidate_id = c.id
                        left join lateral (
                            select array_agg(i.id order by i.position, i.id) as ids,
                                   array_agg(i.description order by i.position, i.id) as descriptions,
                                   array_agg(i.due_date order by i.position, i.id) as due_dates,
                                   array_agg(i.done_at order by i.position, i.id) as done
                            from session_action_item i where i.session_id = s.id) items on true
                        where c.user_id = :userId and c.erased_at is null
                        order by s.starts_at desc, s.id desc""")
                .param("userId", userId)
                .query((rs, n) -> new OwnList.Row<>(rs.getLong(1), Language.fromCode(rs.getString(2)), session(rs)))
                .list());
    }

    /** The session on this row, or {@code null} on the row of a candidate without sessions. */
    private static CandidateSessionView session(ResultSet rs) throws SQLException {
        long id = rs.getLong(3);
        if (rs.wasNull()) {
            return null;
        }
        return new CandidateSessionView(id, rs.getLong(4), instant(rs, 5), instant(rs, 6), ZoneId.of(rs.getString(7)),
                SessionMode.valueOf(rs.getString(8)), rs.getString(9), rs.getString(10),
                SessionStatus.valueOf(rs.getString(11)), rs.getString(12), nullableInt(rs, 13),
                actionItems(rs), instant(rs, 14), nullableLong(rs, 15), rs.getBoolean(16), rs.getBoolean(17));
    }

    private static List<ActionItemView> actionItems(ResultSet rs) throws SQLException {
        Object[] ids = elements(rs.getArray(18));
        Object[] descriptions = elements(rs.getArray(19));
        Object[] dueDates = elements(rs.getArray(20));
        Object[] done = elements(rs.getArray(21));
        List<ActionItemView> items = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            LocalDate dueDate = dueDates[i] == null ? null : ((Date) dueDates[i]).toLocalDate();
            Instant doneAt = instant(done[i]);
            items.add(new ActionItemView(((Number) ids[i]).longValue(), (String) descriptions[i], dueDate, doneAt));
        }
        return items;
    }
}
