package com.careerbridge.crm.candidate;

/**
 * What the access rule asks of a candidate — whose caseload, whose login, erased or not — as a read brings it along
 * with its own rows, so that {@link CandidateAccess#visible(CandidateOwnership)} decides without reading the candidate
 * again.
 */
public record CandidateOwnership(long candidateId, Long consultantId, Long userId, boolean erased) {
}
