package com.careerbridge.crm.digest;

import java.util.Collection;
import java.util.List;

import com.careerbridge.crm.account.Actor;
import com.careerbridge.crm.candidate.CandidateAccess;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.notification.OutboxAdministration;
import com.careerbridge.crm.notification.OutboxEntry;
import com.careerbridge.crm.notification.OutboxFilter;
import com.careerbridge.crm.notification.RecipientKind;
import com.careerbridge.crm.notification.StoredMail;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "sent e-mails" view's service: the outbox as the signed-in staff member may see it. Admins see every mail;
 * consultants only mail to the candidates in their caseload (staff mail, e.g. invitations, is admin-only). A mail the
 * caller may not see is "not found", like candidates.
 */
@Service
@Transactional(readOnly = true)
public class CandidateMails {

    private final OutboxAdministration outbox;
    private final CandidateAccess access;
    private final CandidateService candidates;

    CandidateMails(OutboxAdministration outbox, CandidateAccess access, CandidateService candidates) {
        this.outbox = outbox;
        this.access = access;
        this.candidates = candidates;
    }

    public List<OutboxEntry> list(OutboxFilter filter, int offset, int limit) {
        return outbox.page(checked(filter), scope(), offset, limit);
    }

    public long count(OutboxFilter filter) {
        return outbox.count(checked(filter), scope());
    }

    /** One page of the mail to one candidate, newest first, and how many there are in all. */
    public record CandidatePage(List<OutboxEntry> items, long total) {
    }

    /**
     * The mail to one candidate, for their page or the consultant app: access is decided once (the candidate is the
     * caller's to manage), so the page and the count need no caseload of their own.
     */
    public CandidatePage ofCandidate(long candidateId, int offset, int limit) {
        access.managed(candidateId);
        OutboxFilter filter = OutboxFilter.forCandidate(candidateId);
        List<Long> scope = List.of(candidateId);
        return new CandidatePage(outbox.page(filter, scope, offset, limit), outbox.count(filter, scope));
    }

    /** One mail with its rendered content (as sent or captured). */
    public StoredMail find(long outboxId) {
        StoredMail mail = outbox.find(outboxId);
        requireVisible(mail.entry());
        return mail;
    }

    /** Plans a FAILED mail again. */
    @Transactional
    public void retry(long outboxId) {
        requireVisible(outbox.find(outboxId).entry());
        outbox.retry(outboxId);
    }

    private OutboxFilter checked(OutboxFilter filter) {
        OutboxFilter actual = filter == null ? OutboxFilter.all() : filter;
        if (actual.candidateId() != null) {
            access.managed(actual.candidateId());
        }
        return actual;
    }

    /** Null for everyone, else the consultant's caseload. */
    private Collection<Long> scope() {
        Actor actor = access.actor();
        if (!actor.isStaff()) {
            throw new ForbiddenException("staff-only");
        }
        return actor.isAdmin() ? null : candidates.caseloadIds(actor.userId());
    }

    private void requireVisible(OutboxEntry entry) {
        Actor actor = access.actor();
        if (!actor.isStaff()) {
            throw new ForbiddenException("staff-only");
        }
        if (actor.isAdmin()) {
            return;
        }
        if (entry.recipientKind() != RecipientKind.CANDIDATE) {
            throw new NotFoundException("mail");
        }
        try {
            access.managed(entry.recipientId());
        } catch (NotFoundException e) {
            throw new NotFoundException("mail");
        }
    }
}
