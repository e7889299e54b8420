package com.careerbridge.crm.digest;

import java.util.List;

import com.careerbridge.crm.account.Actor;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateAccess;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.notification.MailAudience;
import com.careerbridge.crm.notification.MailTemplate;
import com.careerbridge.crm.notification.OutboxAdministration;
import com.careerbridge.crm.notification.OutboxEntry;
import com.careerbridge.crm.notification.OutboxFilter;
import com.careerbridge.crm.notification.OutboxPage;
import com.careerbridge.crm.notification.RecipientKind;
import com.careerbridge.crm.notification.StoredMail;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "sent e-mails" view's service: the outbox as the signed-in staff member may see it. Admins see every mail;
 * consultants the mail to the candidates in their caseload and the portal invitations sent to those candidates' logins
 * (other staff mail is admin-only). A mail the caller may not see is "not found", like candidates.
 *
 * <p>An invitation carries a link that sets the candidate's password. Its consultant sees that it was sent, when, and
 * whether it arrived, never its content: whoever holds the link can take over the candidate's login. Only an
 * administrator sees the content of such a mail (to hand over captured mail when no SMTP server is configured).
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
        OutboxFilter actual = filter == null ? OutboxFilter.all() : filter;
        return outbox.page(withoutCandidate(actual), audience(actual), offset, limit);
    }

    public long count(OutboxFilter filter) {
        OutboxFilter actual = filter == null ? OutboxFilter.all() : filter;
        return outbox.count(withoutCandidate(actual), audience(actual));
    }

    /** One page of the mail to one candidate, newest first, and how many there are in all. */
    public record CandidatePage(List<OutboxEntry> items, long total) {
    }

    /**
     * The mail to one candidate, for their page or the consultant app: access is decided once (the candidate is the
     * caller's to manage), so the page and the count need no caseload of their own.
     */
    public CandidatePage ofCandidate(long candidateId, int offset, int limit) {
        MailAudience audience = audienceOf(access.managed(candidateId));
        OutboxPage page = outbox.pageWithTotal(OutboxFilter.all(), audience, offset, limit);
        return new CandidatePage(page.items(), page.total());
    }

    /**
     * One mail with its rendered content (as sent or captured); for anyone but an administrator, the content of a mail
     * with a sign-in link in it is withheld.
     */
    public StoredMail find(long outboxId) {
        StoredMail mail = outbox.find(outboxId);
        requireVisible(mail.entry());
        boolean secret = MailTemplate.find(mail.entry().template()).map(MailTemplate::containsSecret)
                .orElse(true); // unknown: assume the worst
        boolean kept = mail.html() != null || mail.text() != null;
        return secret && kept && !access.actor().isAdmin() ? mail.withoutContent() : mail;
    }

    /** Plans a FAILED mail again. */
    @Transactional
    public void retry(long outboxId) {
        requireVisible(outbox.find(outboxId).entry());
        outbox.retry(outboxId);
    }

    private static OutboxFilter withoutCandidate(OutboxFilter filter) {
        return new OutboxFilter(null, filter.status(), filter.template());
    }

    /**
     * One candidate's mail (their consultant, or an admin) when the filter names one; otherwise null for an admin
     * (everything), else the consultant's caseload.
     */
    private MailAudience audience(OutboxFilter filter) {
        Actor actor = access.actor();
        if (!actor.isStaff()) {
            throw new ForbiddenException("staff-only");
        }
        if (filter.candidateId() != null) {
            return audienceOf(access.managed(filter.candidateId()));
        }
        return actor.isAdmin() ? null : new MailAudience(candidates.caseloadIds(actor.userId()),
                candidates.caseloadLoginIds(actor.userId()));
    }

    private static MailAudience audienceOf(Candidate candidate) {
        return new MailAudience(List.of(candidate.getId()),
                candidate.getUserId() == null ? List.of() : List.of(candidate.getUserId()));
    }

    private void requireVisible(OutboxEntry entry) {
        Actor actor = access.actor();
        if (!actor.isStaff()) {
            throw new ForbiddenException("staff-only");
        }
        if (actor.isAdmin()) {
            return;
        }
        long candidateId;
        if (entry.recipientKind() == RecipientKind.CANDIDATE) {
            candidateId = entry.recipientId();
        } else if (entry.recipientKind() == RecipientKind.USER
                && MailTemplate.INVITATION.templateName().equals(entry.template())) {
            candidateId = candidates.candidateOfLogin(entry.recipientId())
                    .orElseThrow(() -> new NotFoundException("mail"));
        } else {
            throw new NotFoundException("mail");
        }
        try {
            access.managed(candidateId);
        } catch (NotFoundException e) {
            throw new NotFoundException("mail");
        }
    }
}
