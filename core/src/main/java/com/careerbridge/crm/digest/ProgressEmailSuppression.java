package com.careerbridge.crm.digest;

import java.util.List;
import java.util.Optional;

import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.notification.MailRecipient;
import com.careerbridge.crm.notification.MailSuppression;
import com.careerbridge.crm.notification.MailTemplate;
import com.careerbridge.crm.notification.RecipientKind;
import org.springframework.stereotype.Component;

/**
 * Progress digests go only to candidates who still want them when the digest's turn comes: one planned before an
 * opt-out is SKIPPED ({@code unsubscribed}), one for a candidate who no longer exists too ({@code recipient-erased}).
 * Session mail is a service mail and is not affected.
 */
@Component
class ProgressEmailSuppression implements MailSuppression {

    private final CandidateService candidates;

    ProgressEmailSuppression(CandidateService candidates) {
        this.candidates = candidates;
    }

    @Override
    public Optional<String> reasonToSkip(MailRecipient recipient, MailTemplate template) {
        if (template != MailTemplate.WEEKLY_DIGEST || recipient.kind() != RecipientKind.CANDIDATE) {
            return Optional.empty();
        }
        List<Candidate> found = candidates.byIdsUnchecked(List.of(recipient.id()));
        if (found.isEmpty()) {
            return Optional.of("recipient-erased");
        }
        return found.getFirst().isProgressEmailsEnabled() ? Optional.empty() : Optional.of("unsubscribed");
    }
}
