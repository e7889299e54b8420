package com.careerbridge.crm.session;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import com.careerbridge.crm.privacy.CandidateErasing;
import com.careerbridge.crm.privacy.DataSubject;
import com.careerbridge.crm.privacy.DataTable;
import com.careerbridge.crm.privacy.DataTables;
import com.careerbridge.crm.privacy.ExportScope;
import com.careerbridge.crm.privacy.PersonalDataSection;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coaching sessions and their action items in an export; private notes only in the complete (admin) copy, exactly as
 * the candidate never sees them in the portal or the API. On erasure every free text goes (location, agenda, notes,
 * summary, cancellation reason, action items), times, status, ratings and item states stay for the statistics, and sessions still ahead
 * are cancelled quietly: the person is gone, nobody should be reminded of or turn up for them.
 */
@Component
@Order(50)
class SessionPersonalData implements PersonalDataSection {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SessionPersonalData(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<DataTable> export(DataSubject subject, ExportScope scope) {
        String staffOnly = scope.includesStaffOnly() ? ", private_notes" : "";
        DataTable sessions = DataTables.query(jdbc, "sessions", """
                select id, consultant_id, starts_at, ends_at, time_zone, mode, location, agenda, status, shared_summary,
                       cancellation_reason, mock_rating, mock_guide_id, session_type_id, booked_by_candidate,
                       late_cancellation, created_at, updated_at"""
                + staffOnly + " from coaching_session where candidate_id = ? order by starts_at, id",
                subject.candidateId());
        DataTable items = DataTables.query(jdbc, "actionItems", """
                select i.session_id, i.position, i.description, i.due_date, i.done_at
                from session_action_item i join coaching_session s on s.id = i.session_id
                where s.candidate_id = ? order by i.session_id, i.position""", subject.candidateId());
        return List.of(sessions, items);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CandidateErasing event) {
        jdbc.update("""
                update coaching_session set status = 'CANCELLED', version = version + 1, updated_at = ?
                where candidate_id = ? and status = 'SCHEDULED' and starts_at > ?""",
                clock.instant().atOffset(ZoneOffset.UTC), event.candidateId(), clock.instant().atOffset(ZoneOffset.UTC));
        jdbc.update("""
                update coaching_session set location = null, agenda = null, private_notes = null, shared_summary = null,
                       cancellation_reason = null
                where candidate_id = ?""", event.candidateId());
        jdbc.update("""
                update session_action_item set description = ''
                where session_id in (select id from coaching_session where candidate_id = ?)""", event.candidateId());
    }
}
