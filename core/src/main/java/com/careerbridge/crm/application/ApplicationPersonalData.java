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
 * Applications, their stages and interviews in an export. On erasure what describes the person's job search goes
 * (company, position, posting, place, salary, who interviewed them, their notes and the questions they wrote down);
 * role, source, stages, interview rounds, dates and readiness stay for the outcome statistics.
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
                        where a.candidate_id = ? order by s.application_id, s.moved_at, s.id""", subject.candidateId()),
                DataTables.query(jdbc, "jobInterviews", """
                        select i.id, i.application_id, i.round, i.starts_at, i.time_zone, i.format, i.interviewers,
                               i.notes, i.created_at, i.updated_at
                        from job_interview i join job_application a on a.id = i.application_id
                        where a.candidate_id = ? order by i.application_id, i.starts_at, i.id""", subject.candidateId()),
                DataTables.query(jdbc, "jobInterviewQuestions", """
                        select q.interview_id, q.asked, q.guide_version_id, q.guide_question, q.proposal, q.created_at
                        from job_interview_question q join job_interview i on i.id = q.interview_id
                             join job_application a on a.id = i.application_id
                        where a.candidate_id = ? order by q.interview_id, q.id""", subject.candidateId()));
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CandidateErasing event) {
        jdbc.update("""
                update job_application set company = '', position_title = '', posting_url = null, location = null,
                                           salary_min = null, salary_max = null, salary_currency = null
                where candidate_id = ?""", event.candidateId());
        // the questions are the candidate's own words (an accepted one lives on in the guide, reworded by staff)
        jdbc.update("""
                delete from job_interview_question q using job_interview i, job_application a
                where i.id = q.interview_id and a.id = i.application_id and a.candidate_id = ?""", event.candidateId());
        jdbc.update("""
                update job_interview i set interviewers = null, notes = null
                from job_application a where a.id = i.application_id and a.candidate_id = ?""", event.candidateId());
    }
}
