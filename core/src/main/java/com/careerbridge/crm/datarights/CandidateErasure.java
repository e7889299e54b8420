package com.careerbridge.crm.datarights;

import com.careerbridge.crm.account.Actor;
import com.careerbridge.crm.account.CurrentActor;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.privacy.CandidateErased;
import com.careerbridge.crm.privacy.CandidateErasing;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.sync.Tombstones;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a candidate, all or nothing, in one transaction: every feature scrubs its own data on
 * {@link CandidateErasing} (outbox, sessions, assignments, timeline, login, calendar feed, and whatever listens later),
 * then the candidate's own record is anonymised — ids, pipeline status, dates, readiness numbers, session counts and
 * ratings stay, so statistics still add up — a tombstone tells API clients to drop the candidate, and
 * {@link CandidateErased} is published. Administrators only. Erasing an erased candidate changes nothing.
 */
@Service
public class CandidateErasure {

    private final CandidateService candidates;
    private final CurrentActor currentActor;
    private final Tombstones tombstones;
    private final ApplicationEventPublisher events;

    CandidateErasure(CandidateService candidates, CurrentActor currentActor, Tombstones tombstones,
                     ApplicationEventPublisher events) {
        this.candidates = candidates;
        this.currentActor = currentActor;
        this.tombstones = tombstones;
        this.events = events;
    }

    /** What the confirmation must repeat: the candidate's full name (or, for an erased one, nothing is asked). */
    @Transactional(readOnly = true)
    public String confirmationPhrase(long candidateId) {
        return requireAdminForErasure(candidateId).getFullName();
    }

    /**
     * @return true when this call erased the candidate, false when they had been erased before
     * @throws ForbiddenException for anyone but an administrator (nothing is changed); people who cannot see the
     *         candidate at all get {@link com.careerbridge.crm.shared.NotFoundException} instead
     */
    @Transactional
    public boolean erase(long candidateId) {
        Actor actor = currentActor.get();
        Candidate candidate = requireAdminForErasure(candidateId);
        if (candidate.isErased()) {
            return false;
        }
        events.publishEvent(new CandidateErasing(candidate.getId(), candidate.getUserId(), candidate.getFullName(),
                candidate.getEmail() == null ? null : candidate.getEmail().value(),
                candidate.getPhone() == null ? null : candidate.getPhone().value(), actor.userId()));
        candidates.eraseIdentity(candidateId);
        tombstones.candidateErased(candidateId, candidate.getConsultantId());
        events.publishEvent(new CandidateErased(candidateId, actor.userId()));
        return true;
    }

    private Candidate requireAdminForErasure(long candidateId) {
        Actor actor = currentActor.get();
        if (!actor.isAdmin() || actor.isSystem()) {
            // Someone who cannot see the candidate learns nothing (not found, as everywhere); whoever can is refused.
            candidates.get(candidateId);
            throw new ForbiddenException("admin-only");
        }
        return candidates.forErasure(candidateId);
    }
}
