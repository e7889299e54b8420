package com.careerbridge.crm.sessionmail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.SystemWork;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.booking.SessionTypes;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.notification.BookingNoticeMail;
import com.careerbridge.crm.notification.CalendarInvitation;
import com.careerbridge.crm.notification.MailRecipient;
import com.careerbridge.crm.notification.MailSettings;
import com.careerbridge.crm.notification.OutboundMail;
import com.careerbridge.crm.notification.Outbox;
import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.session.SessionEvents.SessionCancelled;
import com.careerbridge.crm.session.SessionEvents.SessionMoved;
import com.careerbridge.crm.session.SessionEvents.SessionScheduled;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.Office;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the consultant, in the transaction of the change, when a candidate books, moves or cancels a session
 * themselves — with the calendar entry for the consultant's own calendar. What the consultant does needs no notice to
 * themselves; the candidate hears about it from {@link SessionMailPlanner}.
 */
@Component
class BookingNoticePlanner {

    private final SessionService sessions;
    private final CandidateService candidates;
    private final AccountService accounts;
    private final SessionTypes sessionTypes;
    private final Outbox outbox;
    private final MailSettings settings;
    private final Office office;
    private final Clock clock;

    BookingNoticePlanner(SessionService sessions, CandidateService candidates, AccountService accounts,
                         SessionTypes sessionTypes, Outbox outbox, MailSettings settings, Office office, Clock clock) {
        this.sessions = sessions;
        this.candidates = candidates;
        this.accounts = accounts;
        this.sessionTypes = sessionTypes;
        this.outbox = outbox;
        this.settings = settings;
        this.office = office;
        this.clock = clock;
    }

    @EventListener
    void on(SessionScheduled event) {
        notice(event.sessionId(), event.actorId(), "booked", null);
    }

    @EventListener
    void on(SessionMoved event) {
        notice(event.sessionId(), event.actorId(), "moved", event.previousStart());
    }

    @EventListener
    void on(SessionCancelled event) {
        notice(event.sessionId(), event.actorId(), "cancelled", null);
    }

    private void notice(long sessionId, Long actorId, String change, Instant previousStart) {
        if (actorId == null) {
            return;
        }
        SystemWork.run(() -> {
            CoachingSession session = sessions.get(sessionId);
            Instant now = clock.instant();
            List<Candidate> found = candidates.byIdsUnchecked(List.of(session.getCandidateId()));
            if (found.isEmpty() || !actorId.equals(found.getFirst().getUserId()) || !session.getStartsAt().isAfter(now)) {
                return;
            }
            UserAccount consultant = accounts.findById(session.getConsultantId()).filter(UserAccount::isEnabled).orElse(null);
            if (consultant == null) {
                return;
            }
            Candidate candidate = found.getFirst();
            Language language = Language.of(consultant.getLocale());
            String typeName = session.getSessionTypeId() == null ? null
                    : sessionTypes.get(session.getSessionTypeId()).nameIn(language);
            String note = "cancelled".equals(change) ? session.getCancellationReason() : session.getAgenda();
            CalendarInvitation invitation = SessionMailPlanner.invitation(settings, session, "cancelled".equals(change),
                    settings.link("/candidates/" + candidate.getId()));
            outbox.enqueue(OutboundMail.now("booking-notice:" + session.getId() + ":" + change + ":" + session.getStartsAt(),
                    MailRecipient.user(consultant.getId(), consultant.getEmail().value(), consultant.getDisplayName(),
                            consultant.getLocale(), office.timeZone()),
                    new BookingNoticeMail(candidate.getFullName(), change, session.getStartsAt(), previousStart,
                            (int) Duration.between(session.getStartsAt(), session.getEndsAt()).toMinutes(), typeName,
                            note, settings.link("/candidates/" + candidate.getId()), invitation), now));
        });
    }
}
