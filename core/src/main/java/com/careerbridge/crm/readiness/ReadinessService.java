package com.careerbridge.crm.readiness;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.careerbridge.crm.assignment.Assignment;
import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.assignment.ItemState;
import com.careerbridge.crm.candidate.CandidateAccess;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.crm.shared.LocalizedText;
import com.careerbridge.crm.targetrole.TargetRole;
import com.careerbridge.crm.targetrole.TargetRoleService;
import com.careerbridge.crm.targetrole.TitledTargetRole;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes readiness per target role from the evidence (see {@link ReadinessEvidence#score()} for the formula), stores
 * the current score on the target role and a snapshot whenever it changes.
 */
@Service
@Transactional
public class ReadinessService {

    private final TargetRoleService targetRoles;
    private final AssignmentService assignments;
    private final SessionService sessions;
    private final ReadinessSnapshotRepository snapshots;
    private final CandidateAccess access;
    private final Clock clock;

    ReadinessService(TargetRoleService targetRoles, AssignmentService assignments, SessionService sessions,
                     ReadinessSnapshotRepository snapshots, CandidateAccess access, Clock clock) {
        this.targetRoles = targetRoles;
        this.assignments = assignments;
        this.sessions = sessions;
        this.snapshots = snapshots;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Recomputes the readiness of a candidate's target role for a guide, if they aim at that role. Runs inside the
     * change that caused it (same transaction), so score and evidence never disagree.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recompute(long candidateId, long guideId) {
        targetRoles.findForReadiness(candidateId, guideId).ifPresent(this::recompute);
    }

    void recompute(TargetRole role) {
        ReadinessEvidence evidence = evidence(role.getCandidateId(), role.getGuideId());
        int score = evidence.score();
        boolean firstTime = !snapshots.existsForTargetRole(role.getId());
        if (firstTime || score != role.getReadiness()) {
            Instant now = clock.instant();
            role.updateReadiness(score, now);
            snapshots.save(new ReadinessSnapshot(role.getId(), evidence, now));
        }
    }

    /** The evidence behind one target role's score, as of now. */
    @Transactional(readOnly = true)
    public ReadinessEvidence evidence(long candidateId, long guideId) {
        Integer mock = sessions.latestMockRating(candidateId, guideId).orElse(null);
        return assignments.findForReadiness(candidateId, guideId)
                .map(assignment -> evidenceOf(assignment, mock))
                .orElse(new ReadinessEvidence(0, 0, 0, false, mock));
    }

    private static ReadinessEvidence evidenceOf(Assignment assignment, Integer mock) {
        return new ReadinessEvidence(assignment.getItems().size(), (int) assignment.countItems(ItemState.DONE),
                (int) assignment.countItems(ItemState.VERIFIED), assignment.getFirstOpenedAt() != null, mock);
    }

    /** A candidate's target roles with their titles, and each role's history (target role id → snapshots). */
    public record TitledHistory(List<TitledTargetRole> roles, Map<Long, List<ReadinessSnapshot>> history) {
    }

    /**
     * A candidate's target roles, most important first, each with its guide's title and its score history (oldest
     * first), in one statement after the access check.
     */
    @Transactional(readOnly = true)
    public TitledHistory titledHistory(long candidateId) {
        access.visible(candidateId);
        Map<Long, TitledTargetRole> roles = new LinkedHashMap<>();
        Map<Long, List<ReadinessSnapshot>> history = new HashMap<>();
        for (Object[] row : snapshots.findTitledWithHistoryByCandidateId(candidateId)) {
            TargetRole role = (TargetRole) row[0];
            roles.computeIfAbsent(role.getId(), id -> new TitledTargetRole(role,
                    row[1] == null && row[2] == null ? null : LocalizedText.of((String) row[1], (String) row[2])));
            if (row[3] instanceof ReadinessSnapshot snapshot) {
                history.computeIfAbsent(role.getId(), id -> new ArrayList<>()).add(snapshot);
            }
        }
        return new TitledHistory(List.copyOf(roles.values()), history);
    }

    /** The score history of each of a candidate's target roles (target role id → snapshots, oldest first). */
    @Transactional(readOnly = true)
    public Map<Long, List<ReadinessSnapshot>> history(long candidateId) {
        access.visible(candidateId);
        List<TargetRole> roles = targetRoles.allForReadiness(candidateId);
        if (roles.isEmpty()) {
            return Map.of();
        }
        return snapshots.findByTargetRoleIdInOrderByComputedAtAscIdAsc(roles.stream().map(TargetRole::getId).toList())
                .stream()
                .collect(Collectors.groupingBy(ReadinessSnapshot::getTargetRoleId));
    }

}
