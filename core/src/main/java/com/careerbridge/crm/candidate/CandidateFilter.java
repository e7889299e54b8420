package com.careerbridge.crm.candidate;

import java.util.Set;

/**
 * What the candidate list is narrowed to. Every part is optional. A consultant's list is always limited to their own
 * caseload, whatever {@code consultantId} says.
 *
 * @param text       part of the name or e-mail
 * @param statuses   pipeline statuses to include (empty: all)
 * @param consultantId only this consultant's candidates (admins)
 * @param guideId    candidates with a target role for this role guide
 * @param careerStage only this career stage
 */
public record CandidateFilter(String text, Set<PipelineStatus> statuses, Long consultantId, Long guideId,
                              CareerStage careerStage) {

    public CandidateFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static CandidateFilter all() {
        return new CandidateFilter(null, Set.of(), null, null, null);
    }

    public CandidateFilter withText(String newText) {
        return new CandidateFilter(newText, statuses, consultantId, guideId, careerStage);
    }

    public CandidateFilter withStatuses(Set<PipelineStatus> newStatuses) {
        return new CandidateFilter(text, newStatuses, consultantId, guideId, careerStage);
    }

    public CandidateFilter withConsultant(Long newConsultantId) {
        return new CandidateFilter(text, statuses, newConsultantId, guideId, careerStage);
    }

    public CandidateFilter withGuide(Long newGuideId) {
        return new CandidateFilter(text, statuses, consultantId, newGuideId, careerStage);
    }

    public CandidateFilter withCareerStage(CareerStage newStage) {
        return new CandidateFilter(text, statuses, consultantId, guideId, newStage);
    }
}
