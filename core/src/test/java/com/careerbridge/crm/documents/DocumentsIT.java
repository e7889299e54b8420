package com.careerbridge.crm.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import javax.imageio.ImageIO;

import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.shared.ChangeNotice;
import com.careerbridge.crm.shared.ConflictException;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.NotFoundException;
import com.careerbridge.testsupport.CoreIntegrationTest;
import com.careerbridge.testsupport.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Documents against the real database: versions with their hashes and sizes, the type decided from the content, the
 * size limits with nothing half-written, previews, comments, handing in for a checklist item, who may see what, the
 * download audit, and that a 10 MB upload streams instead of sitting in the heap.
 */
@CoreIntegrationTest
@RecordApplicationEvents
class DocumentsIT {

    private static final long TEN_MB = 10L * 1024 * 1024;

    @Autowired Fixtures fixtures;
    @Autowired CandidateDocuments documents;
    @Autowired AssignmentService assignments;
    @Autowired com.careerbridge.crm.targetrole.TargetRoleService targetRoles;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;

    private UserAccount consultant;
    private Candidate candidate;

    @BeforeEach
    void world() {
        consultant = fixtures.consultant("Document Consultant");
        candidate = fixtures.candidateWithLogin(consultant, "Document Candidate");
    }

    private <T> T asCandidate(java.util.function.Supplier<T> work) {
        return fixtures.as(candidate.getUserId(), work);
    }

    private static InputStream bytes(byte[] content) {
        return new ByteArrayInputStream(content);
    }

    private static NewDocument cv(String title) {
        return new NewDocument(DocumentKind.CV, title, null);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] downloaded(DocumentDownload download) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            download.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void theCandidateUploadsV1TheConsultantReturnsV2TheCandidateUploadsV3() {
        byte[] v1 = DocumentSamples.pdf();
        byte[] v2 = DocumentSamples.docx();
        byte[] v3 = "My CV, third take\nwith changes\n".getBytes();
        events.clear();

        DocumentView first = asCandidate(() -> documents.uploadMine(cv("  My CV "), "C:\\Users\\me\\cv<1>.pdf", bytes(v1)));
        assertThat(first.title()).isEqualTo("My CV");
        assertThat(first.versions()).singleElement().satisfies(v -> {
            assertThat(v.number()).isEqualTo(1);
            assertThat(v.fileName()).isEqualTo("cv_1_.pdf");
            assertThat(v.contentType()).isEqualTo("application/pdf");
            assertThat(v.size()).isEqualTo(v1.length);
            assertThat(v.sha256()).isEqualTo(sha256(v1));
            assertThat(v.byCandidate()).isTrue();
            assertThat(v.hasPreview()).as("a PDF gets a first-page preview").isTrue();
        });

        DocumentView second = fixtures.as(consultant, () -> documents.uploadVersion(first.id(), first.version(),
                "cv-edited.docx", bytes(v2)));
        assertThat(second.version()).isEqualTo(first.version() + 1);
        DocumentView third = asCandidate(() -> documents.uploadVersion(first.id(), second.version(), "cv3.txt",
                bytes(v3)));

        assertThat(third.versions()).extracting(DocumentVersionView::number).containsExactly(1, 2, 3);
        assertThat(third.versions()).extracting(DocumentVersionView::contentType).containsExactly(
                "application/pdf", FileTypes.DOCX, "text/plain");
        assertThat(third.versions()).extracting(DocumentVersionView::byCandidate).containsExactly(true, false, true);
        assertThat(third.versions()).extracting(DocumentVersionView::sha256)
                .containsExactly(sha256(v1), sha256(v2), sha256(v3));
        assertThat(third.versions()).extracting(DocumentVersionView::size)
                .containsExactly((long) v1.length, (long) v2.length, (long) v3.length);
        assertThat(third.versions().get(1).hasPreview()).isFalse();

        // Both sides see the same list; the content comes back byte for byte.
        assertThat(fixtures.as(consultant, () -> documents.list(candidate.getId()))).containsExactly(third);
        assertThat(asCandidate(documents::mine)).containsExactly(third);
        DocumentDownload download = asCandidate(() -> documents.download(third.versions().get(1).id()));
        assertThat(download.contentType()).isEqualTo(FileTypes.DOCX);
        assertThat(download.sha256()).isEqualTo(sha256(v2));
        assertThat(downloaded(download)).isEqualTo(v2);

        // A stale version is refused, and changes nothing.
        assertThatThrownBy(() -> asCandidate(() -> documents.uploadVersion(first.id(), first.version(), "x.txt",
                bytes("late".getBytes())))).isInstanceOf(ConflictException.class);
        assertThat(asCandidate(() -> documents.get(first.id())).versions()).hasSize(3);

        assertThat(events.stream(ChangeNotice.class)).as("a change notice for every change").hasSize(3)
                .allSatisfy(n -> assertThat(n).isEqualTo(new ChangeNotice(candidate.getId(), "documents")));
        assertThat(jdbc.queryForList("select action from activity where candidate_id = ? order by id", String.class,
                candidate.getId())).containsSubsequence("document-uploaded", "document-version-added",
                "document-version-added");
    }

    @Test
    void aPdfHasAPreviewImageOfItsFirstPage() throws IOException {
        DocumentView pdf = asCandidate(() -> documents.uploadMine(cv("CV"), "cv.pdf", bytes(DocumentSamples.pdf())));
        byte[] png = fixtures.as(consultant, () -> documents.preview(pdf.latest().id())).orElseThrow();
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(PdfPreview.WIDTH);
        assertThat(image.getHeight()).isGreaterThan(image.getWidth());

        DocumentView broken = asCandidate(() -> documents.uploadMine(cv("Broken"), "broken.pdf",
                bytes("%PDF-1.7\nthis is not really a PDF\n".getBytes())));
        assertThat(broken.latest().contentType()).isEqualTo("application/pdf");
        assertThat(broken.latest().hasPreview()).as("a PDF that cannot be rendered has no preview").isFalse();
    }

    @Test
    void theTypeIsDecidedByTheContentAndOnlyDocumentsAndImagesAreAccepted() {
        assertThat(asCandidate(() -> documents.uploadMine(cv("Photo"), "photo.jpg.exe", bytes(DocumentSamples.png())))
                .latest().contentType()).isEqualTo("image/png");
        assertThat(asCandidate(() -> documents.uploadMine(cv("Word"), "cv.zip", bytes(DocumentSamples.docx())))
                .latest().contentType()).isEqualTo(FileTypes.DOCX);
        assertThat(asCandidate(() -> documents.uploadMine(cv("Open"), "cv.pdf", bytes(DocumentSamples.odt())))
                .latest().contentType()).isEqualTo(FileTypes.ODT);
        assertThat(asCandidate(() -> documents.uploadMine(cv("Photo 2"), "me.png", bytes(DocumentSamples.jpeg())))
                .latest().contentType()).isEqualTo("image/jpeg");
        assertThat(asCandidate(() -> documents.uploadMine(cv("Text"), "notes.html",
                bytes("Notes for the interview\nwith <b>bold</b> words\n".getBytes()))).latest().contentType())
                .as("text that is not an HTML document is text").isEqualTo("text/plain");

        long documentsBefore = count("document");
        long objectsBefore = count("pg_largeobject_metadata");
        for (var hostile : List.of(
                new Object[] {"page.html", DocumentSamples.html()},
                new Object[] {"cv.pdf", DocumentSamples.html()},
                new Object[] {"logo.svg", DocumentSamples.svgWithScript()},
                new Object[] {"cv.pdf", DocumentSamples.exe()},
                new Object[] {"sheet.docx", DocumentSamples.xlsxLike()})) {
            assertThatThrownBy(() -> asCandidate(() -> documents.uploadMine(cv("Hostile"), (String) hostile[0],
                    bytes((byte[]) hostile[1]))))
                    .as((String) hostile[0])
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                            .containsExactly(new InvalidValueException.FieldViolation("file", "type-not-allowed")));
        }
        assertThat(count("document")).isEqualTo(documentsBefore);
        assertThat(count("pg_largeobject_metadata")).as("no content left behind").isEqualTo(objectsBefore);
    }

    @Test
    void aFileOverTheLimitIsRefusedAndNothingIsStored() {
        long documentsBefore = count("document");
        long objectsBefore = count("pg_largeobject_metadata");
        assertThatThrownBy(() -> asCandidate(() -> documents.uploadMine(cv("Huge"), "huge.txt",
                DocumentSamples.text(TEN_MB + 1))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .containsExactly(new InvalidValueException.FieldViolation("file", "too-large")));
        assertThat(count("document")).isEqualTo(documentsBefore);
        assertThat(count("pg_largeobject_metadata")).as("the large object rolled back").isEqualTo(objectsBefore);
    }

    @Test
    void aTenMegabyteUploadStreamsThroughWithoutSittingInTheHeap() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().threadId();
        // Warm up: classes, statements and buffers that the first upload allocates once.
        asCandidate(() -> documents.uploadMine(cv("Warm-up"), "w.txt", DocumentSamples.text(200_000)));
        long before = threads.getThreadAllocatedBytes(thread);
        DocumentView big = asCandidate(() -> documents.uploadMine(cv("Big"), "big.txt", DocumentSamples.text(TEN_MB)));
        long allocated = threads.getThreadAllocatedBytes(thread) - before;

        assertThat(big.latest().size()).isEqualTo(TEN_MB);
        assertThat(allocated).as("bytes allocated by the upload of a 10 MB file").isLessThan(3L * 1024 * 1024);

        // Reading back, the driver hands each 64 KB chunk over in a fresh array (short-lived garbage, one chunk at a
        // time), so what is allocated grows with the file; what matters is that it arrives in chunks and is never
        // copied whole.
        long beforeDownload = threads.getThreadAllocatedBytes(thread);
        long[] counted = {0, 0};
        DocumentDownload download = asCandidate(() -> documents.download(big.latest().id()));
        try {
            download.writeTo(new java.io.OutputStream() {
                @Override
                public void write(int b) {
                    counted[0]++;
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    counted[0] += len;
                    counted[1] = Math.max(counted[1], len);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(counted[0]).isEqualTo(TEN_MB);
        assertThat(counted[1]).as("the largest piece written at once").isLessThanOrEqualTo(64 * 1024);
        assertThat(threads.getThreadAllocatedBytes(thread) - beforeDownload)
                .as("bytes allocated by the download of a 10 MB file: one pass of chunks, no whole copy")
                .isLessThan(TEN_MB + 3L * 1024 * 1024);
    }

    @Test
    void aCandidatesDocumentsHaveATotalQuota() {
        // Fill the candidate's room up to 1 KB below the quota with a stored version (written directly).
        long documentId = asCandidate(() -> documents.uploadMine(cv("Existing"), "a.txt", bytes("abc".getBytes()))).id();
        jdbc.update("""
                insert into document_version (document_id, number, file_name, content_type, size_bytes, sha256,
                                              uploaded_by, uploaded_at, content_oid)
                values (?, 2, 'big.bin', 'text/plain', ?, repeat('b', 64), null, now(), lo_from_bytea(0, 'x'))""",
                documentId, 200L * 1024 * 1024 - 1024 - 3);
        long before = count("document_version");

        assertThatThrownBy(() -> asCandidate(() -> documents.uploadMine(cv("One more"), "b.txt",
                DocumentSamples.text(2048))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .containsExactly(new InvalidValueException.FieldViolation("file", "quota-exceeded")));
        assertThat(count("document_version")).isEqualTo(before);
        asCandidate(() -> documents.uploadMine(cv("Fits"), "c.txt", DocumentSamples.text(1000)));
    }

    @Test
    void commentsOnAVersionFromBothSides() {
        DocumentView doc = asCandidate(() -> documents.uploadMine(cv("CV"), "cv.txt", bytes("cv".getBytes())));
        long versionId = doc.latest().id();
        fixtures.as(consultant, () -> documents.comment(versionId, "Shorten the summary.\nAdd numbers."));
        asCandidate(() -> documents.comment(versionId, "Done in v2"));

        List<DocumentComment> comments = asCandidate(() -> documents.comments(versionId));
        assertThat(comments).extracting(DocumentComment::body)
                .containsExactly("Shorten the summary.\nAdd numbers.", "Done in v2");
        assertThat(comments).extracting(DocumentComment::byCandidate).containsExactly(false, true);
        assertThat(asCandidate(() -> documents.get(doc.id())).latest().comments()).isEqualTo(2);

        assertThatThrownBy(() -> asCandidate(() -> documents.comment(versionId, "x".repeat(2001))))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> asCandidate(() -> documents.comment(versionId, "   ")))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void handingInADocumentForAChecklistItemTicksItButAStaffUploadDoesNot() {
        long guideId = fixtures.guide("sales").guideId();
        long assignmentId = fixtures.as(consultant, () -> assignments.assign(guideId, List.of(candidate.getId()), null,
                null)).created().getFirst().getId();
        var checklist = fixtures.as(consultant, () -> assignments.get(assignmentId)).checklist();
        String first = checklist.get(0).item().key();
        String second = checklist.get(1).item().key();

        fixtures.as(consultant, () -> documents.upload(candidate.getId(), new NewDocument(DocumentKind.EXERCISE_ANSWER,
                "Staff copy", new DocumentLinks(null, assignmentId, second)), "a.txt", bytes("answer".getBytes())));
        asCandidate(() -> documents.uploadMine(new NewDocument(DocumentKind.EXERCISE_ANSWER, "My answer",
                new DocumentLinks(null, assignmentId, first)), "answer.txt", bytes("my answer".getBytes())));

        assertThat(itemState(assignmentId, first)).isEqualTo("DONE");
        assertThat(itemState(assignmentId, second)).as("a staff upload does not tick").isEqualTo("OPEN");

        assertThatThrownBy(() -> asCandidate(() -> documents.uploadMine(new NewDocument(DocumentKind.OTHER, "x",
                new DocumentLinks(null, assignmentId, "no-such-item")), "x.txt", bytes("x".getBytes()))))
                .isInstanceOf(InvalidValueException.class);
    }

    /**
     * A document's links change after the upload: the consultant sets a target role and an item (nothing is ticked for
     * staff), the candidate moves it to another item (handing it in ticks that one), clearing removes both; every
     * change is checked like an upload's links, expects the version last seen, and leaves a timeline event. The link
     * choices name the roles and items, and the items offered for a role are those of its guide.
     */
    @Test
    void theLinksOfADocumentAreChangedAndClearedAgainstItsVersion() {
        long guideId = fixtures.guide("sales").guideId();
        long roleId = fixtures.as(consultant, () -> targetRoles.add(candidate.getId(), guideId,
                new com.careerbridge.crm.targetrole.TargetRoleForm(1, List.of(),
                        com.careerbridge.crm.targetrole.TargetRoleStatus.PREPARING))).getId();
        long assignmentId = fixtures.as(consultant, () -> assignments.assign(guideId, List.of(candidate.getId()), null,
                null)).created().getFirst().getId();
        DocumentLinkChoices choices = asCandidate(() -> documents.myLinkChoices());
        DocumentLinkChoices.Role role = choices.role(roleId).orElseThrow();
        var items = choices.checklistFor(role).orElseThrow().items();
        assertThat(choices.checklistFor(role).orElseThrow().assignmentId()).isEqualTo(assignmentId);
        assertThat(items.get(1).number()).isEqualTo(2);
        assertThat(fixtures.as(consultant, () -> documents.linkChoices(candidate.getId()))).isEqualTo(choices);
        String first = items.get(0).key();
        String second = items.get(1).key();

        DocumentView doc = asCandidate(() -> documents.uploadMine(cv("CV"), "cv.txt", bytes("cv".getBytes())));
        events.clear();
        DocumentView linked = fixtures.as(consultant, () -> documents.relink(doc.id(), doc.version(),
                new DocumentLinks(roleId, assignmentId, first)));
        assertThat(linked.targetRoleId()).isEqualTo(roleId);
        assertThat(linked.itemKey()).isEqualTo(first);
        assertThat(linked.version()).isGreaterThan(doc.version());
        assertThat(itemState(assignmentId, first)).as("staff linking does not tick").isEqualTo("OPEN");
        assertThat(events.stream(DocumentEvents.DocumentLinksChanged.class)).hasSize(1);
        assertThat(events.stream(ChangeNotice.class)).contains(new ChangeNotice(candidate.getId(), "documents"));

        assertThatThrownBy(() -> asCandidate(() -> documents.relink(doc.id(), doc.version(), DocumentLinks.NONE)))
                .as("the version seen before the consultant's change").isInstanceOf(ConflictException.class);
        DocumentView moved = asCandidate(() -> documents.relink(doc.id(), linked.version(),
                new DocumentLinks(roleId, assignmentId, second)));
        assertThat(moved.itemKey()).isEqualTo(second);
        assertThat(itemState(assignmentId, second)).as("the candidate handing it in ticks it").isEqualTo("DONE");

        assertThatThrownBy(() -> asCandidate(() -> documents.relink(doc.id(), moved.version(),
                new DocumentLinks(null, assignmentId, "no-such-item"))))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations().getFirst().field())
                        .isEqualTo("itemKey"));
        assertThatThrownBy(() -> fixtures.as(fixtures.consultant("Stranger"), () -> documents.relink(doc.id(),
                moved.version(), DocumentLinks.NONE))).isInstanceOf(NotFoundException.class);

        DocumentView cleared = asCandidate(() -> documents.relink(doc.id(), moved.version(), DocumentLinks.NONE));
        assertThat(cleared.targetRoleId()).isNull();
        assertThat(cleared.assignmentId()).isNull();
        assertThat(cleared.itemKey()).isNull();
        events.clear();
        assertThat(asCandidate(() -> documents.relink(doc.id(), cleared.version(), null)).version())
                .as("unchanged links change nothing").isEqualTo(cleared.version());
        assertThat(events.stream(DocumentEvents.DocumentLinksChanged.class)).isEmpty();
    }

    /** Taking a guide away from the candidate leaves their documents, without the links to it (item included). */
    @Test
    void removingAnAssignmentClearsTheDocumentsLinksToItAndItsItem() {
        long guideId = fixtures.guide("sales").guideId();
        long assignmentId = fixtures.as(consultant, () -> assignments.assign(guideId, List.of(candidate.getId()), null,
                null)).created().getFirst().getId();
        var assigned = fixtures.as(consultant, () -> assignments.get(assignmentId));
        DocumentView doc = asCandidate(() -> documents.uploadMine(new NewDocument(DocumentKind.EXERCISE_ANSWER,
                "Answer", new DocumentLinks(null, assignmentId, assigned.checklist().getFirst().item().key())),
                "answer.txt", bytes("answer".getBytes())));

        fixtures.as(consultant, () -> assignments.remove(assignmentId,
                assignments.get(assignmentId).overview().version()));

        DocumentView kept = asCandidate(() -> documents.get(doc.id()));
        assertThat(kept.assignmentId()).isNull();
        assertThat(kept.itemKey()).isNull();
    }

    @Test
    void anotherConsultantFindsNothingAndReadingSomeoneElsesFileIsAudited() {
        UserAccount other = fixtures.consultant("Other Consultant");
        DocumentView doc = asCandidate(() -> documents.uploadMine(cv("CV"), "cv.txt", bytes("cv".getBytes())));
        long versionId = doc.latest().id();

        assertThatThrownBy(() -> fixtures.as(other, () -> documents.list(candidate.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(other, () -> documents.download(versionId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(other, () -> documents.comment(versionId, "hi")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(other, () -> documents.uploadVersion(doc.id(), doc.version(), "x.txt",
                bytes("x".getBytes())))).isInstanceOf(NotFoundException.class);

        asCandidate(() -> documents.download(versionId));
        assertThat(downloadAudits(versionId)).as("the uploader reading their own file").isZero();
        fixtures.as(consultant, () -> documents.download(versionId));
        assertThat(downloadAudits(versionId)).as("staff reading a candidate's file").isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select actor_id from security_audit where action = 'DOCUMENT_DOWNLOADED' and subject_id = ?""",
                Long.class, versionId)).isEqualTo(consultant.getId());
    }

    @Test
    void removingTheVersionsUnlinksTheirContent() {
        DocumentView doc = asCandidate(() -> documents.uploadMine(cv("CV"), "cv.txt", bytes("cv".getBytes())));
        long oid = jdbc.queryForObject("select content_oid from document_version where id = ?", Long.class,
                doc.latest().id());
        jdbc.update("delete from document where id = ?", doc.id());
        assertThat(jdbc.queryForObject("select count(*) from pg_largeobject_metadata where oid = ?::oid", Long.class,
                oid)).isZero();
    }

    private String itemState(long assignmentId, String itemKey) {
        return jdbc.queryForObject("select state from assignment_item where assignment_id = ? and item_key = ?",
                String.class, assignmentId, itemKey);
    }

    private long downloadAudits(long versionId) {
        return jdbc.queryForObject("""
                select count(*) from security_audit where action = 'DOCUMENT_DOWNLOADED' and subject_type =
                'DOCUMENT_VERSION' and subject_id = ?""", Long.class, versionId);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
