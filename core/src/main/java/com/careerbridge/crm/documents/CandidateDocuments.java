package com.careerbridge.crm.documents;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.careerbridge.crm.account.Actor;
import com.careerbridge.crm.assignment.Assignment;
import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.auditlog.AuditAction;
import com.careerbridge.crm.auditlog.AuditDetails;
import com.careerbridge.crm.auditlog.AuditSubject;
import com.careerbridge.crm.auditlog.SecurityAudit;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateAccess;
import com.careerbridge.crm.candidate.CandidateOwnership;
import com.careerbridge.crm.shared.ChangeNotice;
import com.careerbridge.crm.shared.ConflictException;
import com.careerbridge.crm.shared.DomainException;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.LocalizedText;
import com.careerbridge.crm.shared.NotFoundException;
import com.careerbridge.crm.targetrole.TargetRoleService;
import org.postgresql.largeobject.LargeObject;
import org.postgresql.largeobject.LargeObjectManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The door to a candidate's documents, for the candidate themselves ({@code mine}) and the staff who may see them
 * (an admin, their consultant). Someone else's document answers "not found", exactly like a missing one.
 * <p>
 * <b>Streaming.</b> An upload is first received into a private temporary file (no database connection is held while
 * the sender sends), then waits its turn at the {@link TransferGate} and is read once, in 64 KB chunks, through a
 * {@link BufferedInputStream} whose first bytes decide the type ({@link FileTypes}); each chunk is hashed (SHA-256),
 * counted and written to a PostgreSQL large object on the transaction's own connection. Past the per-file limit or the
 * candidate's quota the upload stops and fails: the transaction rolls back, and with it the large object — nothing
 * half-written stays. A download streams the large object out in spans, each read in a short read transaction of its
 * own, so a slow client never holds a connection ({@link DocumentDownload#writeTo}).
 * <p>
 * Every change publishes a {@link ChangeNotice} ("documents") for live front ends and a timeline event.
 */
@Service
@Transactional
public class CandidateDocuments {

    static final String NOTICE = "documents";
    private static final int CHUNK = 64 * 1024;
    private static final int SPAN = 4 * CHUNK;
    private static final java.nio.file.attribute.FileAttribute<?> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    private static final Logger log = LoggerFactory.getLogger(CandidateDocuments.class);

    private final CandidateAccess access;
    private final DocumentStore store;
    private final LargeObjects largeObjects;
    private final AssignmentService assignments;
    private final TargetRoleService targetRoles;
    private final SecurityAudit audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;
    private final TransferGate gate;
    private final long maxFileSize;
    private final long maxPerCandidate;

    CandidateDocuments(CandidateAccess access, DocumentStore store, LargeObjects largeObjects,
                       AssignmentService assignments, TargetRoleService targetRoles, SecurityAudit audit,
                       ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions,
                       TransferGate gate,
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
        this.writing = new TransactionTemplate(transactions);
        this.gate = gate;
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

    /** What a candidate's documents can be linked to (and the names of the links they have), for staff or the candidate. */
    @Transactional(readOnly = true)
    public DocumentLinkChoices linkChoices(long candidateId) {
        return linkChoicesOf(access.visible(candidateId));
    }

    /** What the signed-in candidate's documents can be linked to. */
    @Transactional(readOnly = true)
    public DocumentLinkChoices myLinkChoices() {
        return linkChoicesOf(access.self());
    }

    private DocumentLinkChoices linkChoicesOf(Candidate candidate) {
        List<DocumentLinkChoices.Role> roles = targetRoles.forCandidateWithTitles(candidate.getId()).stream()
                .map(titled -> new DocumentLinkChoices.Role(titled.role().getId(), titled.role().getGuideId(),
                        titled.guideTitle() == null ? LocalizedText.of("", "") : titled.guideTitle()))
                .toList();
        return new DocumentLinkChoices(roles, assignments.checklistsForCandidate(candidate.getId()));
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

    /**
     * The comments on one version, oldest first: the version with its candidate's ownership in one statement (the
     * access check reads nothing more, #19), the comments in another.
     */
    @Transactional(readOnly = true)
    public List<DocumentComment> comments(long versionId) {
        DocumentStore.VersionRow version = store.version(versionId).orElseThrow(CandidateDocuments::notFound);
        visible(version.candidate());
        return store.comments(versionId, version.candidate().userId());
    }

    /**
     * The PNG of a PDF version's first page; empty for other types and for a PDF that could not be rendered. The
     * version with its candidate's ownership in one statement, the picture — after the check — in another.
     */
    @Transactional(readOnly = true)
    public Optional<byte[]> preview(long versionId) {
        DocumentStore.VersionRow version = store.version(versionId).orElseThrow(CandidateDocuments::notFound);
        visible(version.candidate());
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
        visible(version.candidate());
        Actor actor = access.actor();
        if (version.uploadedBy() == null || version.uploadedBy() != actor.userId()) {
            audit.record(AuditAction.DOCUMENT_DOWNLOADED, AuditSubject.DOCUMENT_VERSION, version.id(),
                    AuditDetails.of(AuditDetails.Key.ROLE, actor.role()));
        }
        long oid = version.contentOid();
        return new DocumentDownload(version.fileName(), version.contentType(), version.size(), version.sha256(),
                out -> stream(oid, version.size(), out));
    }

    // --- changing ---

    /** A new document (its version 1) on a candidate's record, by staff who may see them or the candidate. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public DocumentView upload(long candidateId, NewDocument document, String fileName, InputStream content) {
        if (inCallersTransaction()) {
            return create(visible(candidateId), document, fileName, content);
        }
        reading.executeWithoutResult(status -> visible(candidateId)); // a stranger is refused before the file is read
        return spooled(content, file -> create(visible(candidateId), document, fileName, file));
    }

    /** A new document (its version 1) on the signed-in candidate's own record. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public DocumentView uploadMine(NewDocument document, String fileName, InputStream content) {
        if (inCallersTransaction()) {
            return create(access.self(), document, fileName, content);
        }
        reading.executeWithoutResult(status -> access.self());
        return spooled(content, file -> create(access.self(), document, fileName, file));
    }

    /** The next version of a document: staff return an edited one, the candidate uploads a revision. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public DocumentView uploadVersion(long documentId, long expectedVersion, String fileName, InputStream content) {
        if (inCallersTransaction()) {
            return nextVersion(documentId, expectedVersion, fileName, content);
        }
        reading.executeWithoutResult(status -> visible(
                store.document(documentId).orElseThrow(CandidateDocuments::notFound).candidateId()));
        return spooled(content, file -> nextVersion(documentId, expectedVersion, fileName, file));
    }

    /**
     * Whether the caller runs the upload in a transaction of its own (the demo loader, a test building a world): then
     * it is stored in that transaction, straight from the stream, and the caller owns the connection's time.
     */
    private static boolean inCallersTransaction() {
        return TransactionSynchronizationManager.isActualTransactionActive();
    }

    /**
     * Receives the upload into a private temporary file first (refusing it as soon as it passes the per-file limit),
     * then waits for the {@link TransferGate} and stores it from the file in a transaction of its own: a slow sender
     * never holds a database connection, and the pool never runs dry however many upload at once.
     */
    private DocumentView spooled(InputStream content, Function<InputStream, DocumentView> work) {
        if (content == null) {
            throw new InvalidValueException("file", "required");
        }
        Path file = spool(content);
        try (InputStream spooled = Files.newInputStream(file)) {
            return gate.through(() -> writing.execute(status -> work.apply(spooled)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete the spooled upload {}: {}", file, e.getMessage());
            }
        }
    }

    private Path spool(InputStream content) {
        Path file;
        try {
            file = Files.createTempFile("careerbridge-upload-", ".part", OWNER_ONLY);
        } catch (UnsupportedOperationException notPosix) {
            try {
                file = Files.createTempFile("careerbridge-upload-", ".part");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[CHUNK];
            long size = 0;
            int n;
            while ((n = content.read(buffer)) > 0) {
                size += n;
                if (size > maxFileSize) {
                    throw new InvalidValueException("file", "too-large");
                }
                out.write(buffer, 0, n);
            }
            return file;
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the temporary directory's own clean-up gets it
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    private DocumentView nextVersion(long documentId, long expectedVersion, String fileName, InputStream content) {
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

    /**
     * Sets, changes or clears a document's target role and checklist item, by anyone who may see it (staff, the
     * candidate for their own) and against the version they saw. The candidate linking their document to an item
     * hands it in for that item, which ticks it — as an upload for the item would. Unchanged links change nothing.
     */
    public DocumentView relink(long documentId, long expectedVersion, DocumentLinks links) {
        DocumentStore.Row row = store.document(documentId).orElseThrow(CandidateDocuments::notFound);
        Candidate candidate = visible(row.candidateId());
        DocumentLinks wanted = links == null ? DocumentLinks.NONE : links;
        checkLinks(candidate, wanted);
        row = store.documentForChange(documentId).orElseThrow(CandidateDocuments::notFound);
        if (row.version() != expectedVersion) {
            throw ConflictException.stale();
        }
        if (wanted.equals(new DocumentLinks(row.targetRoleId(), row.assignmentId(), row.itemKey()))) {
            return store.view(documentId, candidate.getUserId());
        }
        Actor actor = access.actor();
        if (!store.relink(documentId, expectedVersion, wanted, clock.instant())) {
            throw ConflictException.stale();
        }
        handIn(wanted.assignmentId(), wanted.itemKey(), actor);
        events.publishEvent(new DocumentEvents.DocumentLinksChanged(candidate.getId(), actor.authorId(), documentId,
                row.kind()));
        events.publishEvent(new ChangeNotice(candidate.getId(), NOTICE));
        return store.view(documentId, candidate.getUserId());
    }

    /** A comment on one version, by anyone who may see the document. */
    public DocumentComment comment(long versionId, String text) {
        DocumentStore.VersionRow version = store.version(versionId).orElseThrow(CandidateDocuments::notFound);
        Candidate candidate = visible(version.candidate().candidateId());
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

    /**
     * Sends a large object in spans of {@link #SPAN} bytes, each read in a short read transaction of its own (through
     * the {@link TransferGate}, like the uploads' writes) and then written to the client in chunks of at most 64 KB:
     * however slow the client, it never holds a database connection while it reads, and fifty downloads at once share
     * the gate's connections instead of taking the whole pool. The content of a version never changes, so the spans
     * fit together.
     */
    private void stream(long oid, long size, OutputStream out) throws IOException {
        byte[] span = new byte[(int) Math.min(SPAN, Math.max(size, 1))];
        long offset = 0;
        while (offset < size) {
            long from = offset;
            int n = gate.through(() -> reading.execute(status -> readSpan(oid, from, span)));
            if (n <= 0) {
                throw new IOException("document content ended at " + offset + " of " + size + " bytes");
            }
            for (int i = 0; i < n; i += CHUNK) {
                out.write(span, i, Math.min(CHUNK, n - i));
            }
            offset += n;
        }
    }

    private int readSpan(long oid, long offset, byte[] span) {
        try {
            return largeObjects.inTransaction(manager -> {
                try (LargeObject source = manager.open(oid, LargeObjectManager.READ)) {
                    source.seek64(offset, LargeObject.SEEK_SET);
                    int total = 0;
                    while (total < span.length) {
                        int n = source.read(span, total, Math.min(CHUNK, span.length - total));
                        if (n <= 0) {
                            break;
                        }
                        total += n;
                    }
                    return total;
                }
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("reading a document failed", e);
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
        checkLinks(candidate, document.links());
        return new NewDocument(document.kind(), title, document.links());
    }

    /** Links must point at the candidate's own target role, assigned guide and one of its items. */
    private void checkLinks(Candidate candidate, DocumentLinks links) {
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

    /** Like {@link #visible(long)} on a candidate's ownership read along with a version: the same rule and answers. */
    private void visible(CandidateOwnership candidate) {
        try {
            access.visible(candidate);
        } catch (NotFoundException e) {
            throw notFound();
        }
    }

    static NotFoundException notFound() {
        return new NotFoundException("document");
    }
}
