package com.careerbridge.crm.candidate;

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
 * The candidate's record for an export: profile, consent to progress e-mails and its schedule, pipeline history.
 * The record itself is anonymised by {@link CandidateService#eraseIdentity}, called by the erasure after every other
 * feature has scrubbed its data; the status history holds no personal data and stays for the statistics.
 */
@Component
@Order(10)
class CandidatePersonalData implements PersonalDataSection {

    private final JdbcTemplate jdbc;

    CandidatePersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DataTable> export(DataSubject subject, ExportScope scope) {
        String staffOnly = scope.includesStaffOnly() ? ", staff_notes" : "";
        DataTable profile = DataTables.single(jdbc, "profile", """
                select id, full_name, email, phone, preferred_locale, time_zone, career_stage, current_company,
                       current_title, pipeline_status, consultant_id, tags, created_at, updated_at"""
                + staffOnly + " from candidate where id = ?",
                subject.candidateId());
        DataTable consent = DataTables.single(jdbc, "progressEmails", """
                select progress_emails_enabled as enabled, digest_day_of_week as day_of_week,
                       digest_local_time as local_time
                from candidate where id = ?""", subject.candidateId());
        DataTable pipeline = DataTables.query(jdbc, "pipelineHistory", """
                select from_status, to_status, changed_by, changed_at
                from candidate_status_change where candidate_id = ? order by changed_at, id""", subject.candidateId());
        return List.of(profile, consent, pipeline);
    }
}
