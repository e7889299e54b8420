package com.careerbridge.crm.messaging;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.documents.CandidateDocuments;
import com.careerbridge.crm.documents.DocumentKind;
import com.careerbridge.crm.documents.NewDocument;
import com.careerbridge.crm.shared.ChangeNotice;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.NotFoundException;
import com.careerbridge.testsupport.CoreIntegrationTest;
import com.careerbridge.testsupport.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The conversation between a candidate and their staff against the real database: both ways, read marks and unread
 * counts, the inbox's order and filter, who may see what, and what a refusal looks like.
 */
@CoreIntegrationTest
@Import(MessagesIT.Notices.class)
class MessagesIT {

    /** Collects the change notices published for the live front ends. Not a @TestConfiguration (component scan). */
    static class Notices {
        final List<ChangeNotice> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

        @EventListener
        void on(ChangeNotice notice) {
            seen.add(notice);
        }
    }

    @Autowired Fixtures fixtures;
    @Autowired Conversations conversations;
    @Autowired CandidateService candidates;
    @Autowired AssignmentService assignments;
    @Autowired CandidateDocuments documents;
    @Autowired Notices notices;
    @Autowired JdbcTemplate jdbc;
    @Autowired jakarta.persistence.EntityManagerFactory entityManagerFactory;

    private UserAccount admin;
    private UserAccount consultant;
    private UserAccount otherConsultant;
    private Candidate candidate;

    @BeforeEach
    void world() {
        admin = fixtures.admin();
        consultant = fixtures.consultant("Messaging Consultant");
        otherConsultant = fixtures.consultant("Other Consultant");
        candidate = fixtures.candidateWithLogin(consultant, "Messaging Candidate");
    }

    @Test
    void aCandidateAndTheirConsultantWriteBothWaysAndReadMarksCountUnread() {
        notices.seen.clear();
        ConversationMessage question = fixtures.as(candidate.getUserId(),
                () -> conversations.sendMine("Could you look at my CV?\nThe second page especially.", null));
        assertThat(question.fromCandidate()).isTrue();
        assertThat(question.text()).isEqualTo("Could you look at my CV?\nThe second page especially.");
        assertThat(notices.seen).contains(new ChangeNotice(candidate.getId(), "messages"));

        assertThat(fixtures.as(consultant, () -> conversations.page(candidate.getId(), null, 1).unread()))
                .isEqualTo(1);
        assertThat(fixtures.as(consultant, () -> conversations.unreadTotal())).isEqualTo(1);
        // The writer has nothing unread in their own message.
        assertThat(fixtures.as(candidate.getUserId(), () -> conversations.myUnread())).isZero();

        ConversationMessage answer = fixtures.as(consultant,
                () -> conversations.send(candidate.getId(), "Yes — tomorrow morning.", null));
        // Answering means having read the question.
        assertThat(fixtures.as(consultant, () -> conversations.unreadTotal())).isZero();
        assertThat(fixtures.as(candidate.getUserId(), () -> conversations.myUnread())).isEqualTo(1);

        ConversationPage mine = fixtures.as(candidate.getUserId(), () -> conversations.mine(null, 10));
        assertThat(mine.messages()).extracting(ConversationMessage::id).containsExactly(answer.id(), question.id());
        assertThat(mine.messages().getFirst().authorName()).isEqualTo("Messaging Consultant");
        assertThat(mine.messages().getFirst().mine()).isFalse();
        assertThat(mine.messages().getLast().mine()).isTrue();
        assertThat(mine.more()).isFalse();

        notices.seen.clear();
        assertThat(fixtures.as(candidate.getUserId(), () -> conversations.markMineRead(answer.id()))).isZero();
        assertThat(notices.seen).contains(new ChangeNotice(candidate.getId(), "messages"));
        // A mark never goes back, and never past the conversation's last message.
        fixtures.as(candidate.getUserId(), () -> conversations.markMineRead(question.id()));
        fixtures.as(candidate.getUserId(), () -> conversations.markMineRead(Long.MAX_VALUE));
        assertThat(jdbc.queryForObject("select last_read_message_id from message_read where candidate_id = ? and user_id = ?",
                Long.class, candidate.getId(), candidate.getUserId())).isEqualTo(answer.id());

        // An admin is a participant of their own: everything is unread for them until they read it.
        assertThat(fixtures.as(admin, () -> conversations.page(candidate.getId(), null, 1).unread())).isEqualTo(2);
        // The messages stay off the activity timeline.
        assertThat(jdbc.queryForList("select action from activity where candidate_id = ?", String.class, candidate.getId()))
                .noneMatch(action -> action.contains("message"));
    }

    @Test
    void pagesGoBackwardsFromTheNewestAndTheCandidateSyncsWhatIsNew() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            ids.add(fixtures.as(consultant, () -> conversations.send(candidate.getId(), "Note " + n, null)).id());
        }
        ConversationPage first = fixtures.as(consultant, () -> conversations.page(candidate.getId(), null, 2));
        assertThat(first.messages()).extracting(ConversationMessage::id).containsExactly(ids.get(4), ids.get(3));
        assertThat(first.more()).isTrue();
        ConversationPage last = fixtures.as(consultant, () -> conversations.page(candidate.getId(), ids.get(1), 2));
        assertThat(last.messages()).extracting(ConversationMessage::id).containsExactly(ids.getFirst());
        assertThat(last.more()).isFalse();

        MessageChanges all = fixtures.as(candidate.getUserId(), () -> conversations.changes(null));
        assertThat(all.messages()).extracting(ConversationMessage::id).containsExactlyElementsOf(ids);
        assertThat(all.unread()).isEqualTo(5);
        Instant asOf = all.asOf();
        MessageChanges none = fixtures.as(candidate.getUserId(), () -> conversations.changes(asOf.plusMillis(1)));
        assertThat(none.messages()).isEmpty();

        assertThatThrownBy(() -> fixtures.as(consultant, () -> conversations.page(candidate.getId(), null, 101)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theInboxPutsUnreadFirstThenWaitingThenNewestAndFiltersWaitingForMe() {
        UserAccount inboxOwner = fixtures.consultant("Inbox Owner");
        Candidate answered = fixtures.candidateWithLogin(inboxOwner, "Answered");
        Candidate waitingRead = fixtures.candidateWithLogin(inboxOwner, "Waiting, read");
        Candidate unread = fixtures.candidateWithLogin(inboxOwner, "Unread");
        Candidate silent = fixtures.candidateWithLogin(inboxOwner, "Silent");

        fixtures.as(answered.getUserId(), () -> conversations.sendMine("Hello", null));
        fixtures.as(inboxOwner, () -> conversations.send(answered.getId(), "Hi there", null));
        ConversationMessage waiting = fixtures.as(waitingRead.getUserId(), () -> conversations.sendMine("A question", null));
        fixtures.as(inboxOwner, () -> conversations.markRead(waitingRead.getId(), waiting.id()));
        fixtures.as(unread.getUserId(), () -> conversations.sendMine("First", null));
        fixtures.as(unread.getUserId(), () -> conversations.sendMine("Second", null));

        InboxPage inbox = fixtures.as(inboxOwner, () -> conversations.inbox(InboxFilter.ALL, 0, 20));
        assertThat(inbox.rows()).extracting(InboxRow::candidateName)
                .containsExactly("Unread", "Waiting, read", "Answered");
        assertThat(inbox.rows().getFirst().unread()).isEqualTo(2);
        assertThat(inbox.rows().getFirst().waitingForStaff()).isTrue();
        assertThat(inbox.rows().get(2).waitingForStaff()).isFalse();
        assertThat(inbox.rows()).extracting(InboxRow::candidateId).doesNotContain(silent.getId());

        assertThat(fixtures.as(inboxOwner, () -> conversations.inbox(InboxFilter.WAITING_FOR_ME, 0, 20)).rows())
                .extracting(InboxRow::candidateName).containsExactly("Unread", "Waiting, read");
        InboxPage paged = fixtures.as(inboxOwner, () -> conversations.inbox(InboxFilter.ALL, 0, 2));
        assertThat(paged.rows()).hasSize(2);
        assertThat(paged.more()).isTrue();
        InboxPage second = fixtures.as(inboxOwner, () -> conversations.inbox(InboxFilter.ALL, 1, 2));
        assertThat(second.rows()).extracting(InboxRow::candidateName).containsExactly("Answered");
        assertThat(second.more()).isFalse();

        // Another consultant's inbox holds none of these; an admin's holds all of them.
        assertThat(fixtures.as(otherConsultant, () -> conversations.inbox(InboxFilter.ALL, 0, 100)).rows())
                .extracting(InboxRow::candidateId).doesNotContain(answered.getId(), waitingRead.getId(), unread.getId());
        assertThat(fixtures.as(admin, () -> conversations.inbox(InboxFilter.ALL, 0, 100)).rows())
                .extracting(InboxRow::candidateId).contains(unread.getId());
        // An administrator sees every conversation but reads only those they take part in: the unread ones of a
        // conversation they have not opened count neither in their total nor first in their inbox ...
        long adminsBefore = fixtures.as(admin, () -> conversations.unreadTotal());
        assertThat(fixtures.as(admin, () -> conversations.inbox(InboxFilter.ALL, 0, 100)).rows())
                .filteredOn(row -> row.candidateId() == unread.getId()).singleElement()
                .satisfies(row -> assertThat(row.unread()).isZero());
        // ... once they have written in it, what the candidate writes next is theirs to read too.
        fixtures.as(admin, () -> conversations.send(unread.getId(), "The director here", null));
        fixtures.as(unread.getUserId(), () -> conversations.sendMine("Thank you!", null));
        assertThat(fixtures.as(admin, () -> conversations.unreadTotal())).isEqualTo(adminsBefore + 1);
        InboxRow first = fixtures.as(admin, () -> conversations.inbox(InboxFilter.ALL, 0, 100)).rows().getFirst();
        assertThat(first.candidateId()).isEqualTo(unread.getId());
        assertThat(first.unread()).isEqualTo(1);
        // A candidate has no inbox.
        assertThatThrownBy(() -> fixtures.as(unread.getUserId(), () -> conversations.inbox(InboxFilter.ALL, 0, 20)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anotherConsultantsCandidateIsNotFoundAndANewConsultantSeesTheHistory() {
        fixtures.as(candidate.getUserId(), () -> conversations.sendMine("Before the change", null));
        assertThatThrownBy(() -> fixtures.as(otherConsultant, () -> conversations.page(candidate.getId(), null, 10)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(otherConsultant, () -> conversations.send(candidate.getId(), "Hi", null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(otherConsultant, () -> conversations.markRead(candidate.getId(), 1)))
                .isInstanceOf(NotFoundException.class);

        fixtures.as(admin, () -> candidates.reassign(candidate.getId(),
                candidates.get(candidate.getId()).getVersion(), otherConsultant.getId()));

        assertThat(fixtures.as(otherConsultant, () -> conversations.page(candidate.getId(), null, 10)).messages())
                .extracting(ConversationMessage::text).containsExactly("Before the change");
        assertThat(fixtures.as(otherConsultant, () -> conversations.page(candidate.getId(), null, 1).unread()))
                .isEqualTo(1);
        assertThatThrownBy(() -> fixtures.as(consultant, () -> conversations.page(candidate.getId(), null, 10)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void textAndReferencesAreChecked() {
        String longest = "가".repeat(MessageText.MAX_LENGTH);
        assertThat(fixtures.as(candidate.getUserId(), () -> conversations.sendMine(longest, null)).text()).hasSize(4000);
        assertThatThrownBy(() -> fixtures.as(candidate.getUserId(), () -> conversations.sendMine(longest + "가", null)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations().getFirst())
                        .isEqualTo(new InvalidValueException.FieldViolation("text", "too-long")));
        assertThatThrownBy(() -> fixtures.as(candidate.getUserId(), () -> conversations.sendMine("bell \u0007", null)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations().getFirst())
                        .isEqualTo(new InvalidValueException.FieldViolation("text", "invalid")));
        assertThatThrownBy(() -> fixtures.as(candidate.getUserId(), () -> conversations.sendMine("  \n ", null)))
                .isInstanceOf(InvalidValueException.class);
        assertThat(fixtures.as(candidate.getUserId(), () -> conversations.sendMine("a\r\nb", null)).text()).isEqualTo("a\nb");

        long guideId = fixtures.guide("sales-analyst").guideId();
        long assignmentId = fixtures.as(consultant, () -> assignments.assign(guideId, List.of(candidate.getId()), null, null))
                .created().getFirst().getId();
        String itemKey = fixtures.as(consultant, () -> assignments.get(assignmentId)).checklist().getFirst().item().key();
        ConversationMessage about = fixtures.as(candidate.getUserId(), () -> conversations.sendMine("About this item",
                MessageReference.checklistItem(assignmentId, itemKey)));
        assertThat(fixtures.as(consultant, () -> conversations.page(candidate.getId(), null, 1)).messages().getFirst()
                .reference()).isEqualTo(new MessageReference(MessageReference.Kind.CHECKLIST_ITEM, assignmentId, itemKey));
        assertThat(about.reference().kind()).isEqualTo(MessageReference.Kind.CHECKLIST_ITEM);
        fixtures.as(consultant, () -> conversations.send(candidate.getId(), "About the guide",
                MessageReference.assignment(assignmentId)));
        long cv = fixtures.as(consultant, () -> documents.upload(candidate.getId(),
                new NewDocument(DocumentKind.CV, "CV", null), "cv.txt",
                new ByteArrayInputStream("My CV".getBytes(StandardCharsets.UTF_8)))).id();
        assertThat(fixtures.as(candidate.getUserId(), () -> conversations.sendMine("About my CV",
                MessageReference.document(cv))).reference()).isEqualTo(MessageReference.document(cv));
        fixtures.as(consultant, () -> conversations.send(candidate.getId(), "About your CV", MessageReference.document(cv)));

        // Someone else's assignment, an item the guide does not have: refused at the reference.
        Candidate other = fixtures.candidate(otherConsultant, "Other's Candidate");
        long othersAssignment = fixtures.as(otherConsultant, () -> assignments.assign(guideId, List.of(other.getId()), null, null))
                .created().getFirst().getId();
        assertThatThrownBy(() -> fixtures.as(consultant, () -> conversations.send(candidate.getId(), "x",
                MessageReference.assignment(othersAssignment)))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> fixtures.as(consultant, () -> conversations.send(candidate.getId(), "x",
                MessageReference.checklistItem(assignmentId, "no-such-item")))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> MessageReference.document(0)).isInstanceOf(InvalidValueException.class);

        // A document that does not exist, and another candidate's (seen by its own consultant or not): refused.
        long othersCv = fixtures.as(otherConsultant, () -> documents.upload(other.getId(),
                new NewDocument(DocumentKind.CV, "Other CV", null), "cv.txt",
                new ByteArrayInputStream("Other CV".getBytes(StandardCharsets.UTF_8)))).id();
        assertThatThrownBy(() -> fixtures.as(consultant, () -> conversations.send(candidate.getId(), "x",
                MessageReference.document(othersCv + 1000)))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> fixtures.as(candidate.getUserId(), () -> conversations.sendMine("x",
                MessageReference.document(othersCv)))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> fixtures.as(admin, () -> conversations.send(candidate.getId(), "x",
                MessageReference.document(othersCv)))).isInstanceOf(InvalidValueException.class);
    }

    /**
     * The "About…" choices and the labels of a page's references come from one read: the candidate's documents, each
     * assigned guide with its numbered items. What is gone or someone else's is not among them (the front ends show
     * "no longer available"), and the read costs as many statements for three guides as for one — never one per
     * reference.
     */
    @Test
    void topicsNameTheCandidatesDocumentsGuidesAndItemsAndCostTheSameForMoreGuides() {
        long salesId = fixtures.guide("sales").guideId();
        long salesAssignment = fixtures.as(consultant, () -> assignments.assign(salesId, List.of(candidate.getId()),
                null, null)).created().getFirst().getId();
        var checklist = fixtures.as(consultant, () -> assignments.get(salesAssignment)).checklist();
        String thirdKey = checklist.get(2).item().key();
        long cv = fixtures.as(candidate.getUserId(), () -> documents.uploadMine(new com.careerbridge.crm.documents
                .NewDocument(com.careerbridge.crm.documents.DocumentKind.CV, "CV 2026", null), "cv.txt",
                new java.io.ByteArrayInputStream("my cv".getBytes()))).id();

        MessageTopics topics = fixtures.as(consultant, () -> conversations.topics(candidate.getId()));
        assertThat(topics.of(MessageReference.document(cv))).hasValueSatisfying(topic ->
                assertThat(topic.documentTitle()).isEqualTo("CV 2026"));
        assertThat(topics.of(MessageReference.assignment(salesAssignment))).hasValueSatisfying(topic ->
                assertThat(topic.guideTitle(com.careerbridge.crm.shared.Language.EN)).isNotBlank());
        assertThat(topics.of(MessageReference.checklistItem(salesAssignment, thirdKey))).hasValueSatisfying(topic -> {
            assertThat(topic.itemNumber()).isEqualTo(3);
            assertThat(topic.itemText(com.careerbridge.crm.shared.Language.EN))
                    .isEqualTo(checklist.get(2).item().text().en());
        });
        assertThat(fixtures.as(candidate.getUserId(), () -> conversations.myTopics()).all())
                .isEqualTo(topics.all());

        // Someone else's document, an item no guide has: not available here.
        Candidate other = fixtures.candidateWithLogin(otherConsultant, "Other's Writer");
        long othersDocument = fixtures.as(other.getUserId(), () -> documents.uploadMine(new com.careerbridge.crm
                .documents.NewDocument(com.careerbridge.crm.documents.DocumentKind.CV, "Secret CV", null), "cv.txt",
                new java.io.ByteArrayInputStream("secret".getBytes()))).id();
        assertThat(topics.of(MessageReference.document(othersDocument))).isEmpty();
        assertThat(topics.of(MessageReference.checklistItem(salesAssignment, "no-such-item"))).isEmpty();
        assertThatThrownBy(() -> fixtures.as(otherConsultant, () -> conversations.topics(candidate.getId())))
                .isInstanceOf(NotFoundException.class);

        long withOneGuide = statementsForTopics();
        for (String slug : List.of("account-manager", "sales-analyst")) {
            long guideId = fixtures.guide(slug).guideId();
            fixtures.as(consultant, () -> assignments.assign(guideId, List.of(candidate.getId()), null, null));
        }
        long withThreeGuides = statementsForTopics();
        assertThat(fixtures.as(consultant, () -> conversations.topics(candidate.getId())).all())
                .filteredOn(topic -> topic.kind() == MessageReference.Kind.ASSIGNMENT).hasSize(3);
        assertThat(withThreeGuides).isEqualTo(withOneGuide);

        // A guide taken away: its references are no longer available.
        long version = fixtures.as(consultant, () -> assignments.get(salesAssignment)).overview().version();
        fixtures.as(consultant, () -> assignments.remove(salesAssignment, version));
        assertThat(fixtures.as(consultant, () -> conversations.topics(candidate.getId()))
                .of(MessageReference.checklistItem(salesAssignment, thirdKey))).isEmpty();
    }

    private long statementsForTopics() {
        org.hibernate.stat.Statistics statistics = entityManagerFactory
                .unwrap(org.hibernate.SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            return fixtures.as(consultant, () -> {
                statistics.clear();
                conversations.topics(candidate.getId());
                return statistics.getPrepareStatementCount();
            });
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }
}
