package com.careerbridge.crm.client;

import com.careerbridge.crm.account.Actor;
import com.careerbridge.crm.account.CurrentActor;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides who may see a candidate: an admin sees all, a consultant their own caseload, a candidate
 * only themselves. Anything else is answered as "not found", so that ids cannot be probed. Every feature that works on
 * a candidate's things (assignments, sessions, target roles) asks here first.
 */
@Component
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
public class CandidateAccess {

    private final CandidateRepository candidates;
    private final CurrentActor currentActor;

    CandidateAccess(CandidateRepository candidates, CurrentActor currentActor) {
        this.candidates = candidates;
        this.currentActor = currentActor;
    }

    public Actor actor() {
        return currentActor.get();
    }

    /** The candidate, if the current actor may see them at all. */
    public Candidate visible(long candidateId) {
        Actor actor = actor();
        Candidate candidate = candidates.findById(candidateId).orElseThrow(CandidateAccess::notFound);
        // An erased candidate is gone for people: only anonymous statistics (read by the system) remain.
        if (!canSee(actor, candidate) || candidate.isErased() && !actor.isSystem()) {
            throw notFound();
        }
        return candidate;
    }

    /** The candidate, if the current actor is staff responsible for them. A candidate asking about themselves is refused. */
    public Candidate managed(long candidateId) {
        Candidate candidate = visible(candidateId);
        if (!actor().isStaff()) {
            throw new ForbiddenException("staff-only");
        }
        return candidate;
    }

    /** The signed-in candidate's own record. */
    public Candidate self() {
        Actor actor = actor();
        if (!actor.isCandidate()) {
            throw new ForbiddenException("candidate-only");
        }
        // An erased candidate's login is disabled, but a web session opened before may still be around.
        return candidates.findByUserId(actor.userId()).filter(candidate -> !candidate.isErased())
                .orElseThrow(CandidateAccess::notFound);
    }

    public boolean canSee(Actor actor, Candidate candidate) {
        if (actor.isSystem() || actor.isAdmin()) {
            return true;
        }
        if (actor.isConsultant()) {
            return candidate.getConsultantId() != null && candidate.getConsultantId() == actor.userId();
        }
        return candidate.getUserId() != null && candidate.getUserId() == actor.userId();
    }

    public static NotFoundException notFound() {
        return new NotFoundException("candidate");
    }
}
