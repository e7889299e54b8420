package com.careerbridge.crm.calendar;

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
 * Whether the candidate has a calendar feed, and since when (the secret itself is only a hash and of no use in an
 * export). On erasure the feed is revoked: its address would otherwise keep publishing the sessions.
 */
@Component
@Order(90)
class CalendarFeedPersonalData implements PersonalDataSection {

    private final JdbcTemplate jdbc;

    CalendarFeedPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DataTable> export(DataSubject subject, ExportScope scope) {
        return List.of(DataTables.query(jdbc, "calendarFeed",
                "select created_at from calendar_feed where candidate_id = ?", subject.candidateId()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CandidateErasing event) {
        jdbc.update("delete from calendar_feed where candidate_id = ?", event.candidateId());
    }
}
