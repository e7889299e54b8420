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

    /**
     * Like {@link #visible(long)} for a read that brought the candidate's ownership along with its own rows, so that
     * the check costs no statement: the same rule, the same audit entry on a refusal, the same "not found".
     */
    public void visible(CandidateOwnership candidate) {
        Actor actor = actor();
        check(actor, candidate.candidateId(),
                CandidateVisibility.allows(actor, candidate.consultantId(), candidate.userId()), candidate.erased());
    }

    private Candidate visible(java.util.Optional<Candidate> found) {
        Actor actor = actor();
        Candidate candidate = found.orElseThrow(CandidateAccess::notFound);
        check(actor, candidate.getId(), canSee(actor, candidate), candidate.isErased());
        return candidate;
    }

    private void check(Actor actor, long candidateId, boolean allowed, boolean erased) {
        if (!allowed) {
            audit.denied(AuditSubject.CANDIDATE, candidateId, actor.isConsultant() ? "not-in-caseload" : "not-own-record");
            throw notFound();
        }
        // An erased candidate is gone for people: only anonymous statistics (read by the system) remain.
        if (erased && !actor.isSystem()) {
            throw notFound();
        }
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
        Actor actor = requireCandidate();
        // An erased candidate's login is disabled, but a web session opened before may still be around.
        return candidates.findByUserId(actor.userId()).filter(candidate -> !candidate.isErased())
                .orElseThrow(CandidateAccess::notFound);
    }

    /**
     * Refuses anyone but a signed-in candidate, as {@link #self()} does, without reading their record: for a read of
     * the candidate's own things that brings their ownership along (then checked by {@link #visible(CandidateOwnership)}).
     */
    public Actor requireCandidate() {
        Actor actor = actor();
        if (!actor.isCandidate()) {
            audit.denied(AuditSubject.CANDIDATE, null, "candidate-only");
            throw new ForbiddenException("candidate-only");
        }
        return actor;
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
