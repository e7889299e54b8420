package com.careerbridge.crm.messaging;

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
 * The candidate's conversation in an export (every message, both ways, and the read marks); on erasure the messages,
 * the read marks and the conversation's summary are deleted — private talk has no statistical value to keep.
 */
@Component
@Order(55)
class MessagePersonalData implements PersonalDataSection {

    private final JdbcTemplate jdbc;

    MessagePersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<DataTable> export(DataSubject subject, ExportScope scope) {
        DataTable messages = DataTables.query(jdbc, "messages", """
                select id, from_candidate, author_user_id, body, reference_kind, reference_id, reference_item_key,
                       created_at
                from message where candidate_id = ? order by id""", subject.candidateId());
        DataTable reads = DataTables.query(jdbc, "messageReadMarks", """
                select user_id, last_read_message_id, updated_at
                from message_read where candidate_id = ? order by user_id""", subject.candidateId());
        return List.of(messages, reads);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CandidateErasing event) {
        jdbc.update("delete from message_read where candidate_id = ?", event.candidateId());
        jdbc.update("delete from conversation where candidate_id = ?", event.candidateId());
        jdbc.update("delete from message where candidate_id = ?", event.candidateId());
    }
}
