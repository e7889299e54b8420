package com.careerbridge.crm.application;

import java.time.Clock;
import java.util.List;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.SystemWork;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.application.ApplicationEvents.ApplicationMoved;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.notification.MailRecipient;
import com.careerbridge.crm.notification.MailSettings;
import com.careerbridge.crm.notification.OfferNewsMail;
import com.careerbridge.crm.notification.OutboundMail;
import com.careerbridge.crm.notification.Outbox;
import com.careerbridge.crm.shared.Office;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the consultant when one of their candidates receives or accepts an offer that the candidate recorded (a
 * consultant who moved it themselves knows). Planned in the transaction of the move, so the mail exists if and only
 * if the move commits, and keyed by application and stage, so it goes once. Staff mail: no consent needed.
 */
@Component
class OfferMailPlanner {

    private final JobApplicationRepository applications;
    private final CandidateService candidates;
    private final AccountService accounts;
    private final Outbox outbox;
    private final MailSettings settings;
    private final Office office;
    private final Clock clock;

    OfferMailPlanner(JobApplicationRepository applications, CandidateService candidates, AccountService accounts,
                     Outbox outbox, MailSettings settings, Office office, Clock clock) {
        this.applications = applications;
        this.candidates = candidates;
        this.accounts = accounts;
        this.outbox = outbox;
        this.settings = settings;
        this.office = office;
        this.clock = clock;
    }

    @EventListener
    void on(ApplicationMoved event) {
        if (event.to() != ApplicationStage.OFFER && event.to() != ApplicationStage.ACCEPTED) {
            return;
        }
        // the mover was allowed to move the application; the look-ups behind the mail need no further permission
        SystemWork.run(() -> {
            List<Candidate> found = candidates.byIdsUnchecked(List.of(event.candidateId()));
            Long consultantId = found.isEmpty() ? null : found.getFirst().getConsultantId();
            if (consultantId == null || consultantId.equals(event.actorId())) {
                return;
            }
            UserAccount consultant = accounts.findById(consultantId).filter(UserAccount::isEnabled).orElse(null);
            JobApplication application = applications.findById(event.applicationId()).orElse(null);
            if (consultant == null || application == null) {
                return;
            }
            Candidate candidate = found.getFirst();
            outbox.enqueue(OutboundMail.now("offer:" + application.getId() + ":" + event.to(),
                    MailRecipient.user(consultant.getId(), consultant.getEmail().value(), consultant.getDisplayName(),
                            consultant.getLocale(), office.timeZone()),
                    new OfferNewsMail(candidate.getFullName(), application.getCompany(),
                            application.getPositionTitle(), event.to() == ApplicationStage.ACCEPTED,
                            settings.link("/candidates/" + candidate.getId())), clock.instant()));
        });
    }
}
