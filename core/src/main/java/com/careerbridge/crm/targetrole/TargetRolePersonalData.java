package com.careerbridge.crm.targetrole;

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
 * Target roles in an export; on erasure the companies a candidate aims at go (they describe the person's job search),
 * while role, status, priority and readiness stay for the statistics.
 */
@Component
@Order(20)
class TargetRolePersonalData implements PersonalDataSection {

    private final JdbcTemplate jdbc;

    TargetRolePersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DataTable> export(DataSubject subject, ExportScope scope) {
        return List.of(DataTables.query(jdbc, "targetRoles", """
                select id, guide_id, priority, target_companies, status, readiness, created_at, updated_at
                from target_role where candidate_id = ? order by priority, id""", subject.candidateId()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CandidateErasing event) {
        jdbc.update("update target_role set target_companies = '{}' where candidate_id = ?", event.candidateId());
    }
}
