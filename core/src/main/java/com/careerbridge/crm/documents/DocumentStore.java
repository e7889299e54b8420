package com.careerbridge.crm.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.careerbridge.crm.candidate.CandidateOwnership;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import static com.careerbridge.crm.shared.SqlColumns.instant;
import static com.careerbridge.crm.shared.SqlColumns.nullableLong;

/** The documents' rows. Reads that serve a list fetch documents and versions in one statement. */
@Repository
class DocumentStore {

    /** A document row with what an access check needs. */
    record Row(long id, long candidateId, long version, DocumentKind kind, String title, Long targetRoleId,
               Long assignmentId, String itemKey, Instant createdAt, Instant updatedAt) {
    }

    /**
     * A version row with its document's candidate — with what the access check asks of them, so that it costs no
     * statement (#19) — and the content's large object.
     */
    record VersionRow(long id, long documentId, int number, String fileName, String contentType, long size,
                      String sha256, Long uploadedBy, long contentOid, CandidateOwnership candidate) {
    }

    record NewVersion(long documentId, int number, String fileName, String contentType, long size, String sha256,
                      Long uploadedBy, Instant at, long contentOid, byte[] preview) {
    }

    private final JdbcTemplate jdbc;

    DocumentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insertDocument(long candidateId, NewDocument document, Long createdBy, Instant at) {
        return jdbc.queryForObject("""
                insert into document (candidate_id, kind, title, target_role_id, assignment_id, item_key, created_by,
                                      created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class,
                candidateId, document.kind().name(), document.title(), document.links().targetRoleId(),
                document.links().assignmentId(), document.links().itemKey(), createdBy, utc(at), utc(at));
    }

    long insertVersion(NewVersion version) {
        return jdbc.queryForObject("""
                insert into document_version (document_id, number, file_name, content_type, size_bytes, sha256,
                                              uploaded_by, uploaded_at, content_oid, preview)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class,
                version.documentId(), version.number(), version.fileName(), version.contentType(), version.size(),
                version.sha256(), version.uploadedBy(), utc(version.at()), version.contentOid(), version.preview());
    }

    /** Moves the document's version on; false when someone else did first. */
    boolean touch(long documentId, long expectedVersion, Instant at) {
        return jdbc.update("update document set version = version + 1, updated_at = ? where id = ? and version = ?",
                utc(at), documentId, expectedVersion) == 1;
    }

    /** Sets the document's links and moves its version on; false when someone else changed it first. */
    boolean relink(long documentId, long expectedVersion, DocumentLinks links, Instant at) {
        return jdbc.update("""
                update document set target_role_id = ?, assignment_id = ?, item_key = ?, version = version + 1,
                                    updated_at = ?
                where id = ? and version = ?""", links.targetRoleId(), links.assignmentId(), links.itemKey(), utc(at),
                documentId, expectedVersion) == 1;
    }

    Optional<Row> document(long documentId) {
        return jdbc.query("""
                select id, candidate_id, version, kind, title, target_role_id, assignment_id, item_key, created_at,
                       updated_at
                from document where id = ?""", DocumentStore::row, documentId).stream().findFirst();
    }

    /** Locks the document for a new version. */
    Optional<Row> documentForChange(long documentId) {
        return jdbc.query("""
                select id, candidate_id, version, kind, title, target_role_id, assignment_id, item_key, created_at,
                       updated_at
                from document where id = ? for update""", DocumentStore::row, documentId).stream().findFirst();
    }

    Optional<VersionRow> version(long versionId) {
        return jdbc.query("""
                select v.id, v.document_id, d.candidate_id, v.number, v.file_name, v.content_type, v.size_bytes,
                       v.sha256, v.uploaded_by, v.content_oid, c.consultant_id, c.user_id, c.erased_at is not null
                from document_version v join document d on d.id = v.document_id
                join candidate c on c.id = d.candidate_id
                where v.id = ?""",
                (rs, n) -> new VersionRow(rs.getLong(1), rs.getLong(2), rs.getInt(4), rs.getString(5),
                        rs.getString(6), rs.getLong(7), rs.getString(8), nullableLong(rs, 9), rs.getLong(10),
                        new CandidateOwnership(rs.getLong(3), nullableLong(rs, 11), nullableLong(rs, 12),
                                rs.getBoolean(13))),
                versionId).stream().findFirst();
    }

    int lastNumber(long documentId) {
        Integer last = jdbc.queryForObject("select max(number) from document_version where document_id = ?",
                Integer.class, documentId);
        return last == null ? 0 : last;
    }

    /** Serialises uploads for one candidate, so that two at once cannot both squeeze under the quota. */
    void lockQuota(long candidateId) {
        jdbc.queryForObject("select pg_advisory_xact_lock(hashtext('document-quota'), ?::int)", Object.class,
                (int) (candidateId % Integer.MAX_VALUE));
    }

    long usedBytes(long candidateId) {
        Long used = jdbc.queryForObject("""
                select coalesce(sum(v.size_bytes), 0) from document_version v join document d on d.id = v.document_id
                where d.candidate_id = ?""", Long.class, candidateId);
        return used == null ? 0 : used;
    }

    Optional<byte[]> preview(long versionId) {
        return jdbc.query("select preview from document_version where id = ? and preview is not null",
                (rs, n) -> rs.getBytes(1), versionId).stream().findFirst();
    }

    /** The candidate's documents with their versions, most recently changed first; one statement. */
    List<DocumentView> forCandidate(long candidateId, Long candidateUserId) {
        Map<Long, Row> documents = new LinkedHashMap<>();
        Map<Long, List<DocumentVersionView>> versions = new LinkedHashMap<>();
        jdbc.query("""
                select d.id, d.candidate_id, d.version, d.kind, d.title, d.target_role_id, d.assignment_id, d.item_key,
                       d.created_at, d.updated_at,
                       v.id, v.number, v.file_name, v.content_type, v.size_bytes, v.sha256, v.uploaded_by,
                       v.uploaded_at, v.preview is not null,
                       (select count(*) from document_comment c where c.version_id = v.id)
                from document d join document_version v on v.document_id = d.id
                where d.candidate_id = ?
                order by d.updated_at desc, d.id desc, v.number""", (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
            Row row = row(rs, 0);
            documents.putIfAbsent(row.id(), row);
            versions.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(versionView(rs, row.id(), candidateUserId));
        }, candidateId);
        return documents.values().stream().map(row -> view(row, versions.get(row.id()))).toList();
    }

    /**
     * A document with its versions as stored, in one statement, before anyone is asked who the candidate is: a read
     * that needs the access check can load first and decide after, without reading the document twice.
     */
    record Loaded(Row row, List<DocumentVersionView> versions) {

        /** The view, with the versions the candidate uploaded themselves told apart from staff's. */
        DocumentView view(Long candidateUserId) {
            return DocumentStore.view(row, versions.stream().map(v -> new DocumentVersionView(v.id(), v.documentId(),
                    v.number(), v.fileName(), v.contentType(), v.size(), v.sha256(), v.uploadedBy(),
                    v.uploadedBy() != null && v.uploadedBy().equals(candidateUserId), v.uploadedAt(), v.hasPreview(),
                    v.comments())).toList());
        }
    }

    Optional<Loaded> load(long documentId) {
        Loaded[] loaded = new Loaded[1];
        jdbc.query("""
                select d.id, d.candidate_id, d.version, d.kind, d.title, d.target_role_id, d.assignment_id, d.item_key,
                       d.created_at, d.updated_at,
                       v.id, v.number, v.file_name, v.content_type, v.size_bytes, v.sha256, v.uploaded_by,
                       v.uploaded_at, v.preview is not null,
                       (select count(*) from document_comment c where c.version_id = v.id)
                from document d left join document_version v on v.document_id = d.id
                where d.id = ?
                order by v.number""", (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
            if (loaded[0] == null) {
                loaded[0] = new Loaded(row(rs, 0), new ArrayList<>());
            }
            if (rs.getObject(11) != null) { // a document always has a version; the outer join keeps it exact
                loaded[0].versions().add(versionView(rs, documentId, null));
            }
        }, documentId);
        return Optional.ofNullable(loaded[0]);
    }

    DocumentView view(long documentId, Long candidateUserId) {
        return load(documentId).orElseThrow().view(candidateUserId);
    }

    long insertComment(long versionId, Long authorId, String body, Instant at) {
        return jdbc.queryForObject("""
                insert into document_comment (version_id, author_id, body, created_at) values (?, ?, ?, ?)
                returning id""", Long.class, versionId, authorId, body, utc(at));
    }

    List<DocumentComment> comments(long versionId, Long candidateUserId) {
        return jdbc.query("""
                select id, version_id, author_id, body, created_at from document_comment where version_id = ?
                order by created_at, id""", (rs, n) -> {
            Long author = nullableLong(rs, 3);
            return new DocumentComment(rs.getLong(1), rs.getLong(2), author,
                    author != null && author.equals(candidateUserId), rs.getString(4), instant(rs, 5));
        }, versionId);
    }

    int deleteForCandidate(long candidateId) {
        // The trigger on document_version unlinks each version's large object.
        return jdbc.update("delete from document where candidate_id = ?", candidateId);
    }

    private static DocumentView view(Row row, List<DocumentVersionView> versions) {
        return new DocumentView(row.id(), row.candidateId(), row.version(), row.kind(), row.title(), row.targetRoleId(),
                row.assignmentId(), row.itemKey(), row.createdAt(), row.updatedAt(), versions);
    }

    private static DocumentVersionView versionView(ResultSet rs, long documentId, Long candidateUserId)
            throws SQLException {
        return versionView(rs, documentId, candidateUserId, 10);
    }

    private static DocumentVersionView versionView(ResultSet rs, long documentId, Long candidateUserId, int offset)
            throws SQLException {
        Long uploadedBy = nullableLong(rs, offset + 7);
        return new DocumentVersionView(rs.getLong(offset + 1), documentId, rs.getInt(offset + 2),
                rs.getString(offset + 3), rs.getString(offset + 4), rs.getLong(offset + 5), rs.getString(offset + 6),
                uploadedBy, uploadedBy != null && uploadedBy.equals(candidateUserId), instant(rs, offset + 8),
                rs.getBoolean(offset + 9), rs.getInt(offset + 10));
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), DocumentKind.valueOf(rs.getString(4)),
                rs.getString(5), nullableLong(rs, 6), nullableLong(rs, 7), rs.getString(8), instant(rs, 9),
                instant(rs, 10));
    }

    private static java.time.OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
