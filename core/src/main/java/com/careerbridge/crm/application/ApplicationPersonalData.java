package com.careerbridge.crm.application;

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
 * Applications and their stages in an export. On erasure what describes the person's job search goes (company,
 * position, posting, place, salary); role, source, stages, dates and readiness stay for the outcome statistics.
 */
@Component
@Order(25)
class ApplicationPersonalData implements PersonalDataSection {

    private final JdbcTemplate jdbc;

    ApplicationPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DataTable> export(DataSubject subject, ExportScope scope) {
        return List.of(
                DataTables.query(jdbc, "jobApplications", """
                        select id, target_role_id, guide_id, company, position_title, posting_url, location, source,
                               applied_on, salary_min, salary_max, salary_currency, stage, stage_changed_at, created_at,
                               updated_at
                        from job_application where candidate_id = ? order by created_at, id""", subject.candidateId()),
                DataTables.query(jdbc, "jobApplicationStages", """
                        select s.application_id, s.stage, s.moved_at, s.readiness
                        from job_application_stage s join job_application a on a.id = s.application_id
                        where a.candidate_id = ? order by s.application_id, s.moved_at, s.id""", subject.candidateId()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CandidateErasing event) {
        jdbc.update("""
                update job_application set company = '', position_title = '', posting_url = null, location = null,
                                           salary_min = null, salary_max = null, salary_currency = null
                where candidate_id = ?""", event.candidateId());
    }
}
