package com.careerbridge.crm.documents;

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
 * Documents in an export: every document, version and comment as data; a file's content is named by its SHA-256 (the
 * person downloads the files themselves). On erasure everything goes — documents, versions with their large objects
 * (unlinked by the table's trigger) and comments: a CV is nothing but personal data.
 */
@Component
@Order(55)
class DocumentPersonalData implements PersonalDataSection {

    private final JdbcTemplate jdbc;
    private final DocumentStore store;

    DocumentPersonalData(JdbcTemplate jdbc, DocumentStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    @Override
    public List<DataTable> export(DataSubject subject, ExportScope scope) {
        DataTable documents = DataTables.query(jdbc, "documents", """
                select id, kind, title, target_role_id, assignment_id, item_key, created_by, created_at, updated_at
                from document where candidate_id = ? order by created_at, id""", subject.candidateId());
        DataTable versions = DataTables.query(jdbc, "documentVersions", """
                select v.id, v.document_id, v.number, v.file_name, v.content_type, v.size_bytes, v.sha256,
                       v.uploaded_by, v.uploaded_at
                from document_version v join document d on d.id = v.document_id
                where d.candidate_id = ? order by v.document_id, v.number""", subject.candidateId());
        DataTable comments = DataTables.query(jdbc, "documentComments", """
                select c.id, c.version_id, c.author_id, c.body, c.created_at
                from document_comment c join document_version v on v.id = c.version_id
                join document d on d.id = v.document_id
                where d.candidate_id = ? order by c.created_at, c.id""", subject.candidateId());
        return List.of(documents, versions, comments);
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CandidateErasing event) {
        store.deleteForCandidate(event.candidateId());
    }
}
