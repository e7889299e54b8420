package com.careerbridge.crm.assignment;

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
 * Assigned guides and their checklist items in an export. On erasure the consultant's message goes (free text, often
 * addressing the person by name); the items' states and dates stay, they are what readiness statistics are made of.
 */
@Component
@Order(40)
class AssignmentPersonalData implements PersonalDataSection {

    private final JdbcTemplate jdbc;

    AssignmentPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DataTable> export(DataSubject subject, ExportScope scope) {
        DataTable assignments = DataTables.query(jdbc, "assignments", """
                select id, guide_id, guide_version_id, assigned_by, assigned_at, due_date, message, first_opened_at,
                       last_read_at, updated_at
                from assignment where candidate_id = ? order by assigned_at, id""", subject.candidateId());
        DataTable items = DataTables.query(jdbc, "checklistItems", """
                select i.assignment_id, i.item_key, i.kind, i.position, i.state, i.done_at, i.verified_at, i.verified_by
                from assignment_item i join assignment a on a.id = i.assignment_id
                where a.candidate_id = ? order by i.assignment_id, i.position""", subject.candidateId());
        return List.of(assignments, items);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CandidateErasing event) {
        jdbc.update("update assignment set message = null where candidate_id = ?", event.candidateId());
    }
}
