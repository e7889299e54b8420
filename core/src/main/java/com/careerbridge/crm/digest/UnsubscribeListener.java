package com.careerbridge.crm.digest;

import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.notification.ProgressEmailsUnsubscribed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A genuine unsubscribe link was used: progress e-mails go off in the same transaction. Digests already planned are
 * skipped at send time by {@link ProgressEmailSuppression}.
 */
@Component
class UnsubscribeListener {

    private final CandidateService candidates;

    UnsubscribeListener(CandidateService candidates) {
        this.candidates = candidates;
    }

    @EventListener
    void on(ProgressEmailsUnsubscribed event) {
        candidates.unsubscribeFromProgressEmails(event.candidateId());
    }
}
