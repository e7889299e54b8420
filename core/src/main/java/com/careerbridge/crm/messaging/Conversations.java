package com.careerbridge.crm.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.Actor;
import com.careerbridge.crm.assignment.AssignedChecklist;
import com.careerbridge.crm.assignment.Assignment;
import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateAccess;
import com.careerbridge.crm.documents.CandidateDocuments;
import com.careerbridge.crm.documents.DocumentView;
import com.careerbridge.crm.messaging.MessageEvents.MessageSent;
import com.careerbridge.crm.shared.ChangeNotice;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conversation between a candidate and the staff who may see them — the door the web UI and the API use. Who takes
 * part follows from {@link CandidateAccess}: the candidate, their consultant (whoever it is now, so a new consultant
 * reads the whole history) and admins; anyone else's conversation is "not found". Every send and every read publishes
 * a {@link ChangeNotice} ({@value #CHANGE_KIND}) in its transaction, for the live front ends.
 */
@Service
@Transactional
public class Conversations {

    /** The most messages one page may hold. */
    public static final int MAX_PAGE = 100;
    /** The most inbox rows one page may hold. */
    public static final int MAX_INBOX_PAGE = 100;
    /** The most new messages one delta answer carries; the app asks again from the last one's time. */
    public static final int MAX_CHANGES = 500;
    static final String CHANGE_KIND = "messages";

    private final CandidateAccess access;
    private final MessageStore store;
    private final AssignmentService assignments;
    private final CandidateDocuments documents;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Conversations(CandidateAccess access, MessageStore store, AssignmentService assignments,
                  CandidateDocuments documents, AccountService accounts, ApplicationEventPublisher events,
                  Clock clock) {
        this.access = access;
        this.store = store;
        this.assignments = assignments;
        this.documents = documents;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    // --- staff ---

    /** The conversations the signed-in staff member may see: unread for them first, then waiting, then the newest. */
    @Transactional(readOnly = true)
    public InboxPage inbox(InboxFilter filter, int page, int size) {
        Actor actor = requireStaff();
        if (page < 0) {
            throw new InvalidValueException("page", "out-of-range");
        }
        if (size < 1 || size > MAX_INBOX_PAGE) {
            throw new InvalidValueException("size", "out-of-range");
        }
        List<InboxRow> rows = store.inbox(actor, filter == null ? InboxFilter.ALL : filter, page, size);
        return new InboxPage(rows.subList(0, Math.min(size, rows.size())), page, size, rows.size() > size);
    }

    /** A page of a candidate's conversation, newest first, older than {@code beforeMessageId} when given. */
    @Transactional(readOnly = true)
    public ConversationPage page(long candidateId, Long beforeMessageId, int limit) {
        Candidate candidate = access.managed(candidateId);
        return read(candidate.getId(), beforeMessageId, limit);
    }

    /** Writes to a candidate as staff. */
    public ConversationMessage send(long candidateId, String text, MessageReference reference) {
        Candidate candidate = access.managed(candidateId);
        return write(candidate, text, reference, false);
    }

    /** Marks a candidate's conversation read for the signed-in staff member up to a message; returns what is left unread. */
    public long markRead(long candidateId, long upToMessageId) {
        Candidate candidate = access.managed(candidateId);
        return read(candidate, upToMessageId);
    }

    /** How many messages the signed-in staff member has not read, over every conversation they may see. */
    @Transactional(readOnly = true)
    public long unreadTotal() {
        return store.unreadTotal(requireStaff());
    }

    /**
     * What a candidate's messages can be about, for staff who may write to them: the "About…" choices and, read once
     * per page, the labels of the references shown (see {@link MessageTopics}).
     */
    @Transactional(readOnly = true)
    public MessageTopics topics(long candidateId) {
        return topicsOf(access.managed(candidateId));
    }

    // --- the candidate ---

    /** A page of the signed-in candidate's own conversation, newest first. */
    @Transactional(readOnly = true)
    public ConversationPage mine(Long beforeMessageId, int limit) {
        return read(access.self().getId(), beforeMessageId, limit);
    }

    /** The candidate writes to the staff who look after them. */
    public ConversationMessage sendMine(String text, MessageReference reference) {
        return write(access.self(), text, reference, true);
    }

    /** Marks the candidate's own conversation read up to a message; returns what is left unread. */
    public long markMineRead(long upToMessageId) {
        return read(access.self(), upToMessageId);
    }

    /** How many of the staff's messages the signed-in candidate has not read. */
    @Transactional(readOnly = true)
    public long myUnread() {
        Candidate me = access.self();
        return store.unread(me.getId(), access.actor().userId());
    }

    /** What the signed-in candidate's messages can be about (see {@link #topics(long)}). */
    @Transactional(readOnly = true)
    public MessageTopics myTopics() {
        return topicsOf(access.self());
    }

    /** The candidate's messages written at or after an instant (all of them, up to {@link #MAX_CHANGES}, without one). */
    @Transactional(readOnly = true)
    public MessageChanges changes(Instant since) {
        Candidate me = access.self();
        Instant asOf = clock.instant();
        long userId = access.actor().userId();
        MessageStore.Read read = store.since(me.getId(), since == null ? Instant.EPOCH : since, MAX_CHANGES, userId);
        return new MessageChanges(read.messages(), read.lastRead(), read.unread(), asOf);
    }

    // --- the work ---

    private ConversationPage read(long candidateId, Long beforeMessageId, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidValueException("limit", "out-of-range");
        }
        if (beforeMessageId != null && beforeMessageId < 1) {
            throw new InvalidValueException("before", "out-of-range");
        }
        MessageStore.Read read = store.page(candidateId, beforeMessageId, limit + 1, access.actor().userId());
        List<ConversationMessage> rows = read.messages();
        return new ConversationPage(candidateId, rows.subList(0, Math.min(limit, rows.size())), rows.size() > limit,
                read.unread());
    }

    private ConversationMessage write(Candidate candidate, String text, MessageReference reference, boolean fromCandidate) {
        String body = MessageText.of(text);
        checkReference(candidate.getId(), reference);
        long author = access.actor().userId();
        MessageStore.Stored stored = store.insert(candidate.getId(), author, fromCandidate, body, reference,
                clock.instant());
        // Writing means having read what came before.
        store.markRead(candidate.getId(), author, stored.id(), stored.createdAt());
        events.publishEvent(new MessageSent(candidate.getId(), stored.id(), author, fromCandidate));
        events.publishEvent(new ChangeNotice(candidate.getId(), CHANGE_KIND));
        String authorName = accounts.displayNames(List.of(author)).get(author);
        return new ConversationMessage(stored.id(), candidate.getId(), fromCandidate, authorName, true, body, reference,
                stored.createdAt());
    }

    /**
     * The candidate's documents, then each assigned guide with its items: a fixed number of statements however many
     * there are (the documents in one, the guides with their items and versions in two).
     */
    private MessageTopics topicsOf(Candidate candidate) {
        List<MessageTopic> topics = new ArrayList<>();
        for (DocumentView document : documents.list(candidate.getId())) {
            topics.add(MessageTopic.document(document.id(), document.title()));
        }
        for (AssignedChecklist guide : assignments.checklistsForCandidate(candidate.getId())) {
            topics.add(MessageTopic.guide(guide));
            guide.items().forEach(item -> topics.add(MessageTopic.item(guide, item)));
        }
        return new MessageTopics(topics);
    }

    private long read(Candidate candidate, long upToMessageId) {
        if (upToMessageId < 1) {
            throw new InvalidValueException("upTo", "out-of-range");
        }
        long userId = access.actor().userId();
        store.markRead(candidate.getId(), userId, upToMessageId, clock.instant());
        events.publishEvent(new ChangeNotice(candidate.getId(), CHANGE_KIND));
        return store.unread(candidate.getId(), userId);
    }

    /**
     * A document, an assignment or a checklist item must be the candidate's own (and visible to the writer): a message
     * can never point at, and a reader's label never show, something of another person's.
     */
    private void checkReference(long candidateId, MessageReference reference) {
        if (reference == null) {
            return;
        }
        if (reference.kind() == MessageReference.Kind.DOCUMENT) {
            try {
                if (documents.get(reference.id()).candidateId() == candidateId) {
                    return;
                }
            } catch (NotFoundException | ForbiddenException notVisible) {
                // missing or not the writer's to see: the same answer as another candidate's document
            }
            throw new InvalidValueException("reference.id", "invalid");
        }
        Assignment assignment = assignments.withItemsForCandidates(List.of(candidateId)).stream()
                .filter(a -> a.getId() == reference.id()).findFirst()
                .orElseThrow(() -> new InvalidValueException("reference.id", "invalid"));
        if (reference.kind() == MessageReference.Kind.CHECKLIST_ITEM
                && assignment.getItems().stream().noneMatch(item -> item.getItemKey().equals(reference.itemKey()))) {
            throw new InvalidValueException("reference.itemKey", "invalid");
        }
    }

    private Actor requireStaff() {
        Actor actor = access.actor();
        if (!actor.isStaff()) {
            throw new ForbiddenException("staff-only");
        }
        return actor;
    }
}
