package com.careerbridge.crm.preparation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.careerbridge.crm.assignment.AssignmentDetails;
import com.careerbridge.crm.assignment.AssignmentOverview;
import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateAccess;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.candidate.OwnList;
import com.careerbridge.crm.readiness.ReadinessService;
import com.careerbridge.crm.readiness.ReadinessSnapshot;
import com.careerbridge.crm.session.CandidateSessionView;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.sync.Tombstones;
import com.careerbridge.crm.targetrole.TargetRoleService;
import com.careerbridge.crm.targetrole.TitledTargetRole;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the signed-in candidate sees of their own preparation, in the shapes their screens ask for: the portal's
 * overview, and the app's lists with delta sync. Every answer is the caller's own (the feature queries behind it refuse
 * anyone who is not a signed-in candidate) and is read in one transaction.
 */
@Service
@Transactional(readOnly = true)
public class MyPreparation {

    /**
     * A list of the candidate's own things, or of what changed since a moment: the items changed since then and the
     * ids of those that left the list (an unassigned guide, an erased session).
     */
    public record Changes<T>(long candidateId, Language preferredLanguage, List<T> items, List<Long> deletedIds) {

        public Changes {
            items = List.copyOf(items);
            deletedIds = List.copyOf(deletedIds);
        }
    }

    /** Readiness per target role, most important first, with each role's history (oldest point first). */
    public record Readiness(Language preferredLanguage, List<TitledTargetRole> roles,
                            Map<Long, List<ReadinessSnapshot>> history) {

        public List<ReadinessSnapshot> historyOf(TitledTargetRole role) {
            return history.getOrDefault(role.role().getId(), List.of());
        }
    }

    /** One of my guides, opened to read, with the language I read in. */
    public record Opened(Language preferredLanguage, AssignmentDetails details) {
    }

    /** The portal's page: who they are, readiness per role, their guides and their sessions. */
    public record Overview(Candidate me, List<TitledTargetRole> roles, List<AssignmentOverview> guides,
                           List<CandidateSessionView> sessions) {
    }

    private final CandidateService candidates;
    private final CandidateAccess access;
    private final AssignmentService assignments;
    private final SessionService sessions;
    private final TargetRoleService targetRoles;
    private final ReadinessService readiness;
    private final Tombstones tombstones;

    MyPreparation(CandidateService candidates, CandidateAccess access, AssignmentService assignments,
                  SessionService sessions, TargetRoleService targetRoles, ReadinessService readiness,
                  Tombstones tombstones) {
        this.candidates = candidates;
        this.access = access;
        this.assignments = assignments;
        this.sessions = sessions;
        this.targetRoles = targetRoles;
        this.readiness = readiness;
        this.tombstones = tombstones;
    }

    public Overview overview() {
        Candidate me = candidates.mine();
        return new Overview(me, targetRoles.forCandidateWithTitles(me.getId()), assignments.mine().items(),
                sessions.mine().items());
    }

    /**
     * My assigned guides, newest first; with {@code since}, only those changed since then and the removed ones. No
     * transaction: the list is one statement, and the removals are read after it by a statement of their own (in
     * PostgreSQL's read-committed isolation a transaction would not give the two one snapshot either); a removal between
     * them is in this answer's removed ones and in the next answer's too.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Changes<AssignmentOverview> guides(Instant since) {
        OwnList<AssignmentOverview> mine = assignments.mine();
        return changes(mine, since, AssignmentOverview::updatedAt, Tombstones.EntityKind.ASSIGNMENT);
    }

    /** My sessions; with {@code since}, only those changed since then and the removed ones. No transaction (as above). */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Changes<CandidateSessionView> sessions(Instant since) {
        OwnList<CandidateSessionView> mine = sessions.mine();
        return changes(mine, since, CandidateSessionView::updatedAt, Tombstones.EntityKind.SESSION);
    }

    /**
     * Opens one of my guides to read: its assigned version's content, with the reading recorded (a write, hence its
     * own transaction), and my language. Only a candidate may (as for every answer here); the guide's read brings its
     * candidate's ownership and language along, so my record is not read a second time.
     */
    @Transactional
    public Opened open(long assignmentId) {
        access.requireCandidate();
        AssignmentService.Opened opened = assignments.openWithLanguage(assignmentId);
        return new Opened(opened.candidateLanguage(), opened.details());
    }

    /** I tick one of my action items done or not done; answers the session as I see it. */
    @Transactional
    public CandidateSessionView markActionItem(long sessionId, long actionItemId, boolean done) {
        candidates.mine();
        sessions.markActionItem(sessionId, actionItemId, done);
        return sessions.mineById(sessionId);
    }

    /** My readiness: my record, then my roles with their titles and histories in one statement. */
    public Readiness readiness() {
        Candidate me = candidates.mine();
        ReadinessService.TitledHistory mine = readiness.titledHistory(me.getId());
        return new Readiness(me.getPreferredLanguage(), mine.roles(), mine.history());
    }

    private <T> Changes<T> changes(OwnList<T> mine, Instant since, java.util.function.Function<T, Instant> updatedAt,
                                   Tombstones.EntityKind kind) {
        if (since == null) {
            return new Changes<>(mine.candidateId(), mine.preferredLanguage(), mine.items(), List.of());
        }
        List<T> changed = mine.items().stream().filter(item -> !updatedAt.apply(item).isBefore(since)).toList();
        List<Long> removed = tombstones.removedSince(kind, Tombstones.AudienceKind.CANDIDATE, mine.candidateId(), since);
        return new Changes<>(mine.candidateId(), mine.preferredLanguage(), changed, removed);
    }
}
