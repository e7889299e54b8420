package com.careerbridge.crm.timeline;

import java.util.List;
import java.util.Objects;

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
 * The candidate's timeline in an export. On erasure who-did-what-when stays (it is statistics: how many sessions,
 * how fast guides are read), the details go: they are meant to hold codes only, but a detail that ever held free
 * text must not outlive the person — for this candidate and wherever else one of their identifiers appears.
 */
@Component
@Order(60)
class ActivityPersonalData implements PersonalDataSection {

    private final JdbcTemplate jdbc;

    ActivityPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DataTable> export(DataSubject subject, ExportScope scope) {
        return List.of(DataTables.query(jdbc, "activity", """
                select occurred_at, action, actor_id, subject_id, details::text as details
                from activity where candidate_id = ? order by occurred_at, id""", subject.candidateId()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CandidateErasing event) {
        jdbc.update("update activity set details = '{}'::jsonb where candidate_id = ? and details <> '{}'::jsonb",
                event.candidateId());
        for (String identifier : List.of(Objects.toString(event.fullName(), ""), Objects.toString(event.email(), ""),
                Objects.toString(event.phone(), ""))) {
            if (!identifier.isBlank()) {
                jdbc.update("update activity set details = '{}'::jsonb where strpos(lower(details::text), lower(?)) > 0",
                        identifier);
            }
        }
    }
}
