package com.careerbridge.crm.overview;

import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.crm.targetrole.TargetRoleService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a {@link CandidateOverview} in one transaction and three statements: the candidate with their upcoming
 * sessions (the access check reads the candidate from there), the target roles with their titles, the assignments
 * with progress. One transaction matters: each service checks access again, and within it that costs no statement.
 */
@Service
public class CandidateOverviewQuery {

    private final SessionService sessions;
    private final CandidateService candidates;
    private final TargetRoleService targetRoles;
    private final AssignmentService assignments;

    CandidateOverviewQuery(SessionService sessions, CandidateService candidates, TargetRoleService targetRoles,
                           AssignmentService assignments) {
        this.sessions = sessions;
        this.candidates = candidates;
        this.targetRoles = targetRoles;
        this.assignments = assignments;
    }

    /** 404 for a candidate outside the caller's caseload, 403 for a candidate asking (staff only, as in the web UI). */
    @Transactional(readOnly = true)
    public CandidateOverview of(long candidateId) {
        // the next session first: its statement brings the candidate, and its check is the staff-only one
        var next = sessions.nextForCandidate(candidateId).orElse(null);
        return new CandidateOverview(candidates.withoutNotes(candidateId),
                targetRoles.forCandidateWithTitles(candidateId), assignments.forCandidate(candidateId), next);
    }
}
