package com.careerbridge.crm.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.careerbridge.crm.account.Actor;
import com.careerbridge.crm.assignment.AssignmentEvents.AssignmentRemoved;
import com.careerbridge.crm.assignment.AssignmentEvents.ChecklistItemChanged;
import com.careerbridge.crm.assignment.AssignmentEvents.GuideAssigned;
import com.careerbridge.crm.assignment.AssignmentEvents.GuideOpened;
import com.careerbridge.crm.assignment.AssignmentEvents.GuideUpgraded;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateAccess;
import com.careerbridge.crm.candidate.OwnList;
import com.careerbridge.crm.roleguide.GuideContent;
import com.careerbridge.crm.roleguide.RoleGuideService;
import com.careerbridge.crm.roleguide.RoleGuideVersion;
import com.careerbridge.crm.roleguide.VersionHeading;
import com.careerbridge.crm.shared.ForOtherFeatures;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.LocalizedText;
import com.careerbridge.crm.shared.NotFoundException;
import com.careerbridge.crm.shared.Versions;
import com.careerbridge.crm.shared.Violations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigning guides and tracking the candidate's preparation. Candidates read and tick their own; staff assign,
 * verify and follow up for the candidates they manage.
 */
@Service
@Transactional
public class AssignmentService {

    public static final int MAX_CANDIDATES_PER_ASSIGN = 500;

    private final AssignmentRepository assignments;
    private final AssignmentReads reads;
    private final CandidateAccess access;
    private final RoleGuideService guides;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssignmentService(AssignmentRepository assignments, AssignmentReads reads, CandidateAccess access,
                      RoleGuideService guides, ApplicationEventPublisher events, Clock clock) {
        this.assignments = assignments;
        this.reads = reads;
        this.access = access;
        this.guides = guides;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Gives the guide's newest published version to each candidate. All or nothing: if one candidate cannot be
     * reached, nobody gets it. Candidates who already hold the guide are left as they are and reported.
     */
    public AssignResult assign(long guideId, Collection<Long> candidateIds, LocalDate dueDate, String message) {
        Actor actor = requireStaff();
        Violations violations = new Violations()
                .required("candidateIds", candidateIds)
                .maxLength("message", message, Assignment.MESSAGE_MAX)
                .noControlCharacters("message", message);
        if (candidateIds != null && candidateIds.size() > MAX_CANDIDATES_PER_ASSIGN) {
            violations.add("candidateIds", "too-many");
        }
        if (dueDate != null && dueDate.isBefore(LocalDate.now(clock).minusDays(1))) {
            violations.add("dueDate", "in-past");
        }
        violations.throwIfAny();
        RoleGuideVersion version = guides.latestPublishedVersion(guideId);
        List<Assignment> created = new ArrayList<>();
        List<Long> alreadyHolding = new ArrayList<>();
        for (Long candidateId : new LinkedHashSet<>(candidateIds)) {
            Candidate candidate = access.managed(candidateId);
            if (assignments.existsByCandidateIdAndGuideId(candidate.getId(), guideId)) {
                alreadyHolding.add(candidate.getId());
                continue;
            }
            String cleanMessage = message == null || message.isBlank() ? null : message.strip();
            Assignment assignment = assignments.save(new Assignment(candidate.getId(), version, actor.authorId(), dueDate,
                    cleanMessage, clock.instant()));
            created.add(assignment);
            events.publishEvent(new GuideAssigned(candidate.getId(), actor.authorId(), assignment.getId(), guideId, version.getId()));
        }
        return new AssignResult(created, alreadyHolding);
    }

    /** Who was given the guide, and who already had it. */
    public record AssignResult(List<Assignment> created, List<Long> alreadyHoldingCandidateIds) {
    }

    /** A candidate's assigned guides with progress, newest first, in one statement after the access check. */
    @Transactional(readOnly = true)
    public List<AssignmentOverview> forCandidate(long candidateId) {
        Candidate candidate = access.visible(candidateId);
        return assignments.findOverviewsByCandidateId(candidate.getId());
    }

    /**
     * The signed-in candidate's own assignments, newest first, with the candidate's id and language, so a front end
     * need not load the candidate again: one statement finds the candidate by their login and reads the list (no
     * transaction of its own — one statement sees one snapshot; inside a caller's transaction it joins that one).
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public OwnList<AssignmentOverview> mine() {
        return reads.mine(access.requireCandidate().userId()).orElseThrow(CandidateAccess::notFound);
    }

    /** An assigned guide as opened, with the language of the candidate it is assigned to. */
    public record Opened(AssignmentDetails details, Language candidateLanguage) {
    }

    /**
     * Opens an assigned guide to read it. When the candidate opens it, the reading is recorded (first time, last time);
     * staff looking at it leave no trace.
     */
    public AssignmentDetails open(long assignmentId) {
        return openWithLanguage(assignmentId).details();
    }

    /**
     * Like {@link #open}, with the language of the candidate it is assigned to. One statement reads it all (see
     * {@link AssignmentReads}), a second records the candidate's reading.
     */
    public Opened openWithLanguage(long assignmentId) {
        AssignmentReads.Read read = visibleRead(assignmentId);
        Actor actor = access.actor();
        AssignmentOverview overview = read.overview();
        if (actor.isCandidate()) {
            AssignmentReads.Reading reading = reads.recordReading(assignmentId, clock.instant());
            overview = reading.applyTo(overview);
            if (reading.first()) {
                events.publishEvent(new GuideOpened(overview.candidateId(), actor.authorId(), assignmentId,
                        overview.guideId()));
            }
        }
        return new Opened(details(read, overview), read.candidateLanguage());
    }

    /** Staff view of an assignment, without recording a read; one statement after the token check. */
    @Transactional(readOnly = true)
    public AssignmentDetails get(long assignmentId) {
        AssignmentReads.Read read = visibleRead(assignmentId);
        return details(read, read.overview());
    }

    /** The candidate ticks or unticks one of their items. Idempotent: the same tick twice changes nothing. */
    public AssignmentOverview markItem(long assignmentId, String itemKey, boolean done) {
        Assignment assignment = visible(assignmentId);
        Actor actor = access.actor();
        if (!actor.isCandidate()) {
            throw new ForbiddenException("candidate-only");
        }
        if (assignment.markItemDone(itemKey, done, clock.instant())) {
            publishItemChange(assignment, itemKey, actor);
        }
        return overviews(List.of(assignment)).getFirst();
    }

    /** The consultant confirms (or takes back) that an item is really done; verified items weigh more. */
    public AssignmentOverview verifyItem(long assignmentId, long expectedVersion, String itemKey, boolean verified) {
        Assignment assignment = managed(assignmentId);
        Versions.require(assignment, expectedVersion);
        Actor actor = access.actor();
        if (assignment.verifyItem(itemKey, verified, actor.authorId(), clock.instant())) {
            publishItemChange(assignment, itemKey, actor);
        }
        return overviews(List.of(assignment)).getFirst();
    }

    /**
     * The consultant confirms every item the candidate ticked, at once (one transaction, one timeline entry per item).
     *
     * @return the assignment with its new progress; unchanged when nothing was ticked and unverified
     */
    public AssignmentOverview verifyAllDone(long assignmentId, long expectedVersion) {
        Assignment assignment = managed(assignmentId);
        Versions.require(assignment, expectedVersion);
        Actor actor = access.actor();
        List<String> ticked = assignment.getItems().stream().filter(item -> item.getState() == ItemState.DONE)
                .map(AssignmentItem::getItemKey).toList();
        RoleGuideVersion version = ticked.isEmpty() ? null
                : guides.versionsById(Set.of(assignment.getGuideVersionId())).get(assignment.getGuideVersionId());
        for (String itemKey : ticked) {
            if (assignment.verifyItem(itemKey, true, actor.authorId(), clock.instant())) {
                publishItemChange(assignment, itemKey, actor, version);
            }
        }
        return overviews(List.of(assignment)).getFirst();
    }

    /** Moves the assignment to the guide's newest version, keeping progress on items that stayed. */
    public AssignmentOverview upgrade(long assignmentId, long expectedVersion) {
        Assignment assignment = managed(assignmentId);
        Versions.require(assignment, expectedVersion);
        RoleGuideVersion newest = guides.latestPublishedVersion(assignment.getGuideId());
        if (newest.getId() != assignment.getGuideVersionId()) {
            assignment.upgradeTo(newest, clock.instant());
            events.publishEvent(new GuideUpgraded(assignment.getCandidateId(), access.actor().authorId(),
                    assignment.getId(), assignment.getGuideId(), newest.getId()));
        }
        return overviews(List.of(assignment)).getFirst();
    }

    public AssignmentOverview changeDueDate(long assignmentId, long expectedVersion, LocalDate dueDate) {
        Assignment assignment = managed(assignmentId);
        Versions.require(assignment, expectedVersion);
        assignment.reschedule(dueDate, clock.instant());
        return overviews(List.of(assignment)).getFirst();
    }

    public void remove(long assignmentId, long expectedVersion) {
        Assignment assignment = managed(assignmentId);
        Versions.require(assignment, expectedVersion);
        assignments.delete(assignment);
        events.publishEvent(new AssignmentRemoved(assignment.getCandidateId(), access.actor().authorId(),
                assignment.getId(), assignment.getGuideId()));
    }

    /** Who holds which version of a guide (staff; consultants see only their caseload). */
    @Transactional(readOnly = true)
    public List<AssignmentOverview> holders(long guideId) {
        Actor actor = requireStaff();
        return assignments.findOverviewsByGuideId(guideId).stream()
                .filter(a -> actor.isAdmin() || isVisibleQuietly(a.candidateId()))
                .toList();
    }

    // --- for other features that already checked access ---

    /** Assignments with items of several candidates, for the readiness and digest computations (no access check). */
    @Transactional(readOnly = true)
    @ForOtherFeatures
    public List<Assignment> withItemsForCandidates(Collection<Long> candidateIds) {
        return candidateIds.isEmpty() ? List.of() : assignments.findWithItemsByCandidateIdIn(candidateIds);
    }

    /**
     * A candidate's assigned guides with their titles and numbered checklist items, newest first, in two statements
     * (the assignments with their items, the assigned versions) whatever their number; no access check.
     */
    @Transactional(readOnly = true)
    @ForOtherFeatures
    public List<AssignedChecklist> checklistsForCandidate(long candidateId) {
        List<Assignment> held = assignments.findWithItemsByCandidateIdIn(List.of(candidateId));
        Map<Long, RoleGuideVersion> versions = guides.versionsById(
                held.stream().map(Assignment::getGuideVersionId).collect(Collectors.toSet()));
        return held.stream()
                .sorted(java.util.Comparator.comparing(Assignment::getAssignedAt).thenComparing(Assignment::getId)
                        .reversed())
                .filter(assignment -> versions.containsKey(assignment.getGuideVersionId()))
                .map(assignment -> checklist(assignment, versions.get(assignment.getGuideVersionId()).getContent()))
                .toList();
    }

    private static AssignedChecklist checklist(Assignment assignment, GuideContent content) {
        Set<String> held = assignment.getItems().stream().map(AssignmentItem::getItemKey).collect(Collectors.toSet());
        List<AssignedChecklist.Item> items = new ArrayList<>();
        List<GuideContent.ChecklistItem> checklist = content.checklist();
        for (int i = 0; i < checklist.size(); i++) {
            GuideContent.ChecklistItem item = checklist.get(i);
            if (held.contains(item.key())) {
                items.add(new AssignedChecklist.Item(item.key(), i + 1, item.text()));
            }
        }
        return new AssignedChecklist(assignment.getId(), assignment.getGuideId(), content.title(), items);
    }

    @Transactional(readOnly = true)
    @ForOtherFeatures
    public Optional<Assignment> findForReadiness(long candidateId, long guideId) {
        return assignments.findByCandidateIdAndGuideId(candidateId, guideId);
    }

    // A filter, not a refusal: asks without leaving a denial in the security audit log.
    private boolean isVisibleQuietly(long candidateId) {
        return access.mayManage(candidateId);
    }

    private void publishItemChange(Assignment assignment, String itemKey, Actor actor) {
        publishItemChange(assignment, itemKey, actor, guides.versionsById(Set.of(assignment.getGuideVersionId()))
                .get(assignment.getGuideVersionId()));
    }

    /** With the assigned version already read (several items of one assignment share one read). */
    private void publishItemChange(Assignment assignment, String itemKey, Actor actor, RoleGuideVersion version) {
        LocalizedText itemText = null;
        LocalizedText guideTitle = null;
        if (version != null) {
            GuideContent content = version.getContent();
            guideTitle = content.title();
            itemText = content.checklist().stream().filter(item -> item.key().equals(itemKey))
                    .map(GuideContent.ChecklistItem::text).findFirst().orElse(null);
        }
        events.publishEvent(new ChecklistItemChanged(assignment.getCandidateId(), actor.authorId(), assignment.getId(),
                assignment.getGuideId(), itemKey, assignment.item(itemKey).getState(), itemText, guideTitle));
    }

    private static AssignmentDetails details(AssignmentReads.Read read, AssignmentOverview overview) {
        Map<String, GuideContent.ChecklistItem> texts = read.content().checklist().stream()
                .collect(Collectors.toMap(GuideContent.ChecklistItem::key, item -> item));
        List<AssignmentDetails.ChecklistEntry> checklist = read.items().stream()
                .map(item -> new AssignmentDetails.ChecklistEntry(texts.get(item.key()), item.state(), item.doneAt(),
                        item.verifiedAt()))
                .toList();
        return new AssignmentDetails(overview, read.content(), checklist, read.lookAlikeGuideIds());
    }

    private List<AssignmentOverview> overviews(List<Assignment> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        return overviews(list, guides.headings(
                list.stream().map(Assignment::getGuideVersionId).collect(Collectors.toSet())));
    }

    private List<AssignmentOverview> overviews(List<Assignment> list, Map<Long, VersionHeading> headings) {
        // A change made in this transaction is written first, so that the overview carries the version it now has
        // (the one a client sends back in If-Match); with nothing changed, this writes nothing.
        assignments.flush();
        return list.stream().map(a -> {
            VersionHeading heading = headings.get(a.getGuideVersionId());
            return new AssignmentOverview(a.getId(), a.getVersion(), a.getCandidateId(), a.getGuideId(),
                    a.getGuideVersionId(), heading.number(), heading.latestPublished(),
                    heading.titleKo(), heading.titleEn(),
                    a.getAssignedAt(), a.getDueDate(), a.getMessage(), a.getFirstOpenedAt(), a.getLastReadAt(),
                    a.getItems().size(), (int) a.countItems(ItemState.DONE), (int) a.countItems(ItemState.VERIFIED),
                    a.getUpdatedAt());
        }).toList();
    }

    /** The assignment read whole, if the caller may see its candidate (the same door, no statement of its own). */
    private AssignmentReads.Read visibleRead(long assignmentId) {
        AssignmentReads.Read read = reads.read(assignmentId).orElseThrow(AssignmentService::notFound);
        try {
            access.visible(read.candidate());
        } catch (NotFoundException e) {
            throw notFound();
        }
        return read;
    }

    private Assignment visible(long assignmentId) {
        // The candidate comes in the same statement, so the access check below reads it from the persistence context
        Assignment assignment = assignments.findWithItemsAndCandidateById(assignmentId).stream().findFirst()
                .map(row -> (Assignment) row[0]).orElseThrow(AssignmentService::notFound);
        try {
            access.visible(assignment.getCandidateId());
        } catch (NotFoundException e) {
            throw notFound();
        }
        return assignment;
    }

    private Assignment managed(long assignmentId) {
        Assignment assignment = visible(assignmentId);
        access.managed(assignment.getCandidateId());
        return assignment;
    }

    private Actor requireStaff() {
        Actor actor = access.actor();
        if (!actor.isStaff()) {
            throw new ForbiddenException("staff-only");
        }
        return actor;
    }

    private static NotFoundException notFound() {
        return new NotFoundException("assignment");
    }
}
