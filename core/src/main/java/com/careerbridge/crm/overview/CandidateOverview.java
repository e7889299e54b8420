package com.careerbridge.crm.overview;

import java.util.List;

import com.careerbridge.crm.assignment.AssignmentOverview;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.targetrole.TitledTargetRole;

/**
 * One candidate as their consultant sees them at a glance: the record (without a read of the staff notes), the target
 * roles with their guides' titles, the assigned guides with progress, and the next session ({@code null} when none).
 */
public record CandidateOverview(Candidate candidate, List<TitledTargetRole> targetRoles,
                                List<AssignmentOverview> assignments, CoachingSession nextSession) {
}
