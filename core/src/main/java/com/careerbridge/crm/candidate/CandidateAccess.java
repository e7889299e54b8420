package com.careerbridge.crm.candidate;

import com.careerbridge.crm.account.Actor;
import com.careerbridge.crm.account.CurrentActor;
import com.careerbridge.crm.auditlog.AuditSubject;
import com.careerbridge.crm.auditlog.SecurityAudit;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides who may see a candidate: an admin sees all, a consultant their own caseload, a candidate
 * only themselves. Anything else is answered as "not found", so that ids cannot be probed. Every feature that works on
 * a candidate's things (assignments, sessions, target roles) asks here first. Every refusal of a candidate who exists is
 * written to the security audit log (in a transaction of its own, since the refused request rolls back).
 */
@Component
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
public class CandidateAccess {

    private final CandidateRepository candidates;
    private final CurrentActor currentActor;
    private final SecurityAudit audit;

    CandidateAccess(CandidateRepository candidates, CurrentActor currentActor, SecurityAudit audit) {
        this.candidates = candidates;
        this.currentActor = currentActor;
        this.audit = audit;
    }

    public Actor actor() {
        return currentActor.get();
    }

    /** The candidate, if the current actor may see them at all. */
    public Candidate visible(long candidateId) {
        return visible(candidates.findById(candidateId));
    }

    /** Like {@link #visible(long)}, with the row locked for a change (see {@link CandidateRepository#findForChange}). */
    Candidate visibleForChange(long candidateId) {
        return visible(candidates.findForChange(candidateId));
    }

    private Candidate visible(java.util.Optional<Candidate> found) {
        Actor actor = actor();
        Candidate candidate = found.orElseThrow(CandidateAccess::notFound);
        if (!canSee(actor, candidate)) {
            audit.denied(AuditSubject.CANDIDATE, candidate.getId(), actor.isConsultant() ? "not-in-caseload" : "not-own-record");
            throw notFound();
        }
        // An erased candidate is gone for people: only anonymous statistics (read by the system) remain.
        if (candidate.isErased() && !actor.isSystem()) {
            throw notFound();
        }
        return candidate;
    }

    /** The candidate, if the current actor is staff responsible for them. A candidate asking about themselves is refused. */
    public Candidate managed(long candidateId) {
        return requireStaff(visible(candidateId));
    }

    /** Like {@link #managed(long)}, with the row locked for a change. */
    Candidate managedForChange(long candidateId) {
        return requireStaff(visibleForChange(candidateId));
    }

    private Candidate requireStaff(Candidate candidate) {
        if (!actor().isStaff()) {
            audit.denied(AuditSubject.CANDIDATE, candidate.getId(), "staff-only");
            throw new ForbiddenException("staff-only");
        }
        return candidate;
    }

    /** The signed-in candidate's own record. */
    public Candidate self() {
        Actor actor = actor();
        if (!actor.isCandidate()) {
            audit.denied(AuditSubject.CANDIDATE, null, "candidate-only");
            throw new ForbiddenException("candidate-only");
        }
        // An erased candidate's login is disabled, but a web session opened before may still be around.
        return candidates.findByUserId(actor.userId()).filter(candidate -> !candidate.isErased())
                .orElseThrow(CandidateAccess::notFound);
    }

    /**
     * Whether the current actor could work on this candidate as staff — a question for filtering a list, not a refusal,
     * so nothing is written to the audit log.
     */
    public boolean mayManage(long candidateId) {
        Actor actor = actor();
        return actor.isStaff() && candidates.findById(candidateId).filter(c -> canSee(actor, c)).isPresent();
    }

    public boolean canSee(Actor actor, Candidate candidate) {
        return CandidateVisibility.allows(actor, candidate);
    }

    public static NotFoundException notFound() {
        return new NotFoundException("candidate");
    }
}
