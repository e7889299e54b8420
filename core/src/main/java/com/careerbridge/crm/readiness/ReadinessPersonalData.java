package com.careerbridge.crm.readiness;

import java.util.List;

import com.careerbridge.crm.privacy.DataSubject;
import com.careerbridge.crm.privacy.DataTable;
import com.careerbridge.crm.privacy.DataTables;
import com.careerbridge.crm.privacy.ExportScope;
import com.careerbridge.crm.privacy.PersonalDataSection;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Readiness history in an export. Nothing to erase: snapshots are numbers about a target role, which is exactly what
 * the statistics keep once the person is gone.
 */
@Component
@Order(30)
class ReadinessPersonalData implements PersonalDataSection {

    private final JdbcTemplate jdbc;

    ReadinessPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DataTable> export(DataSubject subject, ExportScope scope) {
        return List.of(DataTables.query(jdbc, "readinessHistory", """
                select s.target_role_id, s.score, s.items_total, s.items_done, s.items_verified, s.guide_opened,
                       s.mock_rating, s.computed_at
                from readiness_snapshot s join target_role r on r.id = s.target_role_id
                where r.candidate_id = ? order by s.target_role_id, s.computed_at, s.id""", subject.candidateId()));
    }
}
