package com.careerbridge.crm.documents;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.careerbridge.crm.account.Actor;
import com.careerbridge.crm.assignment.Assignment;
import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.auditlog.AuditAction;
import com.careerbridge.crm.auditlog.AuditDetails;
import com.careerbridge.crm.auditlog.AuditSubject;
import com.careerbridge.crm.auditlog.SecurityAudit;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateAccess;
import com.careerbridge.crm.shared.ChangeNotice;
import com.careerbridge.crm.shared.ConflictException;
import com.careerbridge.crm.shared.DomainException;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.NotFoundException;
import com.careerbridge.crm.targetrole.TargetRoleService;
import org.postgresql.largeobject.LargeObject;
import org.postgresql.largeobject.LargeObjectManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The door to a candidate's documents, for the candidate themselves ({@code mine}) and the staff who may see them
 * (an admin, their consultant). Someone else's document answers "not found", exactly like a missing one.
 * <p>
 * <b>Streaming.</b> An upload is read once, in 64 KB chunks, through a {@link BufferedInputStream} whose first bytes
 * decide the type ({@link FileTypes}); each chunk is hashed (SHA-256), counted and written to a PostgreSQL large object
 * on the transaction's own connection. Past the per-file limit or the candidate's quota the upload stops and fails:
 * the transaction rolls back, and with it the large object — nothing half-written stays. A download streams the large
 * object out the same way, in a read transaction of its own ({@link DocumentDownload#writeTo}).
 * <p>
 * Every change publishes a {@link ChangeNotice} ("documents") for live front ends and a timeline event.
 */
@Service
@Transactional
public class CandidateDocuments {

    static final String NOTICE = "documents";
    private static final int CHUNK = 64 * 1024;

    private final CandidateAccess access;
    private final DocumentStore store;
    private final LargeObjects largeObjects;
    private final AssignmentService assignments;
    private final TargetRoleService targetRoles;
    private final SecurityAudit audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate reading;
    private final long maxFileSize;
    private final long maxPerCandidate;

    CandidateDocuments(CandidateAccess access, DocumentStore store, LargeObjects largeObjects,
                       AssignmentService assignments, TargetRoleService targetRoles, SecurityAudit audit,
                       ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions,
                       @Value("${careerbridge.documents.max-file-size:10MB}") DataSize maxFileSize,
                       @Value("${careerbridge.documents.max-per-candidate:200MB}") DataSize maxPerCandidate) {
        this.access = access;
        this.store = store;
        this.largeObjects = largeObjects;
        this.assignments = assignments;
        this.targetRoles = targetRoles;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.maxFileSize = maxFileSize.toBytes();
        this.maxPerCandidate = maxPerCandidate.toBytes();
    }

    /** The largest file one upload may carry, in bytes. */
    public long maxFileSize() {
        return maxFileSize;
    }

    // --- reading ---

    /** A candidate's documents with their versions, most recently changed first. */
    @Transactional(readOnly = true)
    public List<DocumentView> list(long candidateId) {
        Candidate candidate = access.visible(candidateId);
        return store.forCandidate(candidate.getId(), candidate.getUserId());
    }

    /** The signed-in candidate's own documents. */
    @Transactional(readOnly = true)
    public List<DocumentView> mine() {
        Candidate me = access.self();
        return store.forCandidate(me.getId(), me.getUserId());
    }

    /**
     * One document with its versions: the document and its versions in one statement, then the access check on its
     * candidate (nothing read leaves before the check decides).
     */
    @Transactional(readOnly = true)
    public DocumentView get(long documentId) {
        DocumentStore.Loaded loaded = store.load(documentId).orElseThrow(CandidateDocuments::notFound);
        Candidate candidate = visible(loaded.row().candidateId());
        return loaded.view(candidate.getUserId());
    }

    /** The comments on one version, oldest first. */
    @Transactional(readOnly = true)
    public List<DocumentComment> comments(long versionId) {
        DocumentStore.VersionRow version = store.version(versionId).orElseThrow(CandidateDocuments::notFound);
        Candidate candidate = visible(version.candidateId());
        return store.comments(versionId, candidate.getUserId());
    }

    /** The PNG of a PDF version's first page; empty for other types and for a PDF that could not be rendered. */
    @Transactional(readOnly = true)
    public Optional<byte[]> preview(long versionId) {
        DocumentStore.VersionRow version = store.version(versionId).orElseThrow(CandidateDocuments::notFound);
        visible(version.candidateId());
        return store.preview(versionId);
    }

    /**
     * A version's content, to be streamed with {@link DocumentDownload#writeTo}. Anyone but the person who uploaded
     * it reading it — staff reading a candidate's file, the candidate reading what staff returned — is written to
     * the security audit log.
     */
    @Transactional(readOnly = true)
    public DocumentDownload download(long versionId) {
        DocumentStore.VersionRow version = store.version(versionId).orElseThrow(CandidateDocuments::notFound);
        visible(version.candidateId());
        Actor actor = access.actor();
        if (version.uploadedBy() == null || version.uploadedBy() != actor.userId()) {
            audit.record(AuditAction.DOCUMENT_DOWNLOADED, AuditSubject.DOCUMENT_VERSION, version.id(),
                    AuditDetails.of(AuditDetails.Key.ROLE, actor.role()));
        }
        long oid = version.contentOid();
        return new DocumentDownload(version.fileName(), version.contentType(), version.size(), version.sha256(),
                out -> stream(oid, out));
    }

    // --- changing ---

    /** A new document (its version 1) on a candidate's record, by staff who may see them or the candidate. */
    public DocumentView upload(long candidateId, NewDocument document, String fileName, InputStream content) {
        return create(visible(candidateId), document, fileName, content);
    }

    /** A new document (its version 1) on the signed-in candidate's own record. */
    public DocumentView uploadMine(NewDocument document, String fileName, InputStream content) {
        return create(access.self(), document, fileName, content);
    }

    /** The next version of a document: staff return an edited one, the candidate uploads a revision. */
    public DocumentView uploadVersion(long documentId, long expectedVersion, String fileName, InputStream content) {
        DocumentStore.Row row = store.document(documentId).orElseThrow(CandidateDocuments::notFound);
        Candidate candidate = visible(row.candidateId());
        row = store.documentForChange(documentId).orElseThrow(CandidateDocuments::notFound);
        if (row.version() != expectedVersion) {
            throw ConflictException.stale();
        }
        Actor actor = access.actor();
        Instant now = clock.instant();
        int number = store.lastNumber(documentId) + 1;
        addVersion(candidate, documentId, number, fileName, content, actor, now);
        if (!store.touch(documentId, expectedVersion, now)) {
            throw ConflictException.stale();
        }
        handIn(row.assignmentId(), row.itemKey(), actor);
        events.publishEvent(new DocumentEvents.DocumentVersionAdded(candidate.getId(), actor.authorId(), documentId,
                row.kind(), number));
        events.publishEvent(new ChangeNotice(candidate.getId(), NOTICE));
        return store.view(documentId, candidate.getUserId());
    }

    /** A comment on one version, by anyone who may see the document. */
    public DocumentComment comment(long versionId, String text) {
        DocumentStore.VersionRow version = store.version(versionId).orElseThrow(CandidateDocuments::notFound);
        Candidate candidate = visible(version.candidateId());
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new InvalidValueException("text", "required");
        }
        if (body.length() > DocumentComment.BODY_MAX) {
            throw new InvalidValueException("text", "too-long");
        }
        if (hasControlCharacters(body)) {
            throw new InvalidValueException("text", "control-characters");
        }
        Actor actor = access.actor();
        Instant now = clock.instant();
        long id = store.insertComment(versionId, actor.authorId(), body, now);
        events.publishEvent(new DocumentEvents.DocumentCommented(candidate.getId(), actor.authorId(),
                version.documentId(), versionId, version.number()));
        events.publishEvent(new ChangeNotice(candidate.getId(), NOTICE));
        Long authorId = actor.authorId();
        return new DocumentComment(id, versionId, authorId, authorId != null && authorId.equals(candidate.getUserId()),
                body, now);
    }

    private DocumentView create(Candidate candidate, NewDocument document, String fileName, InputStream content) {
        NewDocument checked = checked(candidate, document);
        Actor actor = access.actor();
        Instant now = clock.instant();
        long documentId = store.insertDocument(candidate.getId(), checked, actor.authorId(), now);
        addVersion(candidate, documentId, 1, fileName, content, actor, now);
        handIn(checked.links().assignmentId(), checked.links().itemKey(), actor);
        events.publishEvent(new DocumentEvents.DocumentUploaded(candidate.getId(), actor.authorId(), documentId,
                checked.kind()));
        events.publishEvent(new ChangeNotice(candidate.getId(), NOTICE));
        return store.view(documentId, candidate.getUserId());
    }

    /** Handing in a document for a checklist item ticks it — when the candidate hands it in, not staff. */
    private void handIn(Long assignmentId, String itemKey, Actor actor) {
        if (assignmentId != null && itemKey != null && actor.isCandidate()) {
            assignments.markItem(assignmentId, itemKey, true);
        }
    }

    private void addVersion(Candidate candidate, long documentId, int number, String fileName, InputStream content,
                            Actor actor, Instant now) {
        if (content == null) {
            throw new InvalidValueException("file", "required");
        }
        store.lockQuota(candidate.getId());
        long room = maxPerCandidate - store.usedBytes(candidate.getId());
        Stored stored = storeContent(content, room);
        store.insertVersion(new DocumentStore.NewVersion(documentId, number, FileNames.safe(fileName),
                stored.contentType(), stored.size(), stored.sha256(), actor.authorId(), now, stored.oid(),
                stored.preview()));
    }

    private record Stored(long oid, String contentType, long size, String sha256, byte[] preview) {
    }

    private Stored storeContent(InputStream raw, long room) {
        try {
            return largeObjects.inTransaction(manager -> {
                MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                BufferedInputStream in = new BufferedInputStream(raw, CHUNK);
                FileTypes.Detected detected = FileTypes.detect(in);
                long oid = manager.createLO(LargeObjectManager.READWRITE);
                long size = 0;
                try (LargeObject target = manager.open(oid, LargeObjectManager.WRITE)) {
                    byte[] buffer = new byte[CHUNK];
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        size += n;
                        if (size > maxFileSize) {
                            throw new InvalidValueException("file", "too-large");
                        }
                        if (size > room) {
                            throw new InvalidValueException("file", "quota-exceeded");
                        }
                        sha256.update(buffer, 0, n);
                        target.write(buffer, 0, n);
                    }
                }
                if (size == 0) {
                    throw new InvalidValueException("file", "empty");
                }
                if (detected.container() != FileTypes.Container.NONE) {
                    try (LargeObject source = manager.open(oid, LargeObjectManager.READ)) {
                        FileTypes.requireWord(detected.container(), source.getInputStream(CHUNK, Long.MAX_VALUE));
                    }
                }
                byte[] preview = null;
                if (FileTypes.PDF.equals(detected.contentType())) {
                    try (LargeObject source = manager.open(oid, LargeObjectManager.READ)) {
                        preview = PdfPreview.firstPage(source.getInputStream(CHUNK, Long.MAX_VALUE));
                    }
                }
                return new Stored(oid, detected.contentType(), size, HexFormat.of().formatHex(sha256.digest()),
                        preview);
            });
        } catch (DomainException refused) {
            throw refused;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw e;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("storing a document failed", e);
        }
    }

    private void stream(long oid, OutputStream out) throws IOException {
        try {
            reading.executeWithoutResult(status -> {
                try {
                    largeObjects.inTransaction(manager -> {
                        try (LargeObject source = manager.open(oid, LargeObjectManager.READ)) {
                            byte[] buffer = new byte[CHUNK];
                            int n;
                            while ((n = source.read(buffer, 0, buffer.length)) > 0) {
                                out.write(buffer, 0, n);
                            }
                        }
                        return null;
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException("reading a document failed", e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private NewDocument checked(Candidate candidate, NewDocument document) {
        if (document == null || document.kind() == null) {
            throw new InvalidValueException("kind", "required");
        }
        String title = document.title() == null ? "" : document.title().strip();
        if (title.isEmpty()) {
            throw new InvalidValueException("title", "required");
        }
        if (title.length() > NewDocument.TITLE_MAX) {
            throw new InvalidValueException("title", "too-long");
        }
        if (hasControlCharacters(title) || title.contains("\n")) {
            throw new InvalidValueException("title", "control-characters");
        }
        DocumentLinks links = document.links();
        if (links.targetRoleId() != null && targetRoles.forCandidate(candidate.getId()).stream()
                .noneMatch(role -> role.getId().equals(links.targetRoleId()))) {
            throw new InvalidValueException("targetRoleId", "not-found");
        }
        if (links.itemKey() != null && links.assignmentId() == null) {
            throw new InvalidValueException("assignmentId", "required");
        }
        if (links.assignmentId() != null) {
            Assignment assignment = assignments.withItemsForCandidates(List.of(candidate.getId())).stream()
                    .filter(a -> a.getId().equals(links.assignmentId())).findFirst()
                    .orElseThrow(() -> new InvalidValueException("assignmentId", "not-found"));
            if (links.itemKey() != null && assignment.getItems().stream()
                    .noneMatch(item -> item.getItemKey().equals(links.itemKey()))) {
                throw new InvalidValueException("itemKey", "not-found");
            }
        }
        return new NewDocument(document.kind(), title, links);
    }

    private static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }

    private Candidate visible(long candidateId) {
        try {
            return access.visible(candidateId);
        } catch (NotFoundException e) {
            throw notFound();
        }
    }

    static NotFoundException notFound() {
        return new NotFoundException("document");
    }
}
