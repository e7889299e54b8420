package com.careerbridge.crm.sessionmail;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.SystemWork;
import com.careerbridge.crm.branding.ConsultancyBrand;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.notification.MailRecipient;
import com.careerbridge.crm.notification.MailSettings;
import com.careerbridge.crm.notification.OutboundMail;
import com.careerbridge.crm.notification.Outbox;
import com.careerbridge.crm.notification.CalendarInvitation;
import com.careerbridge.crm.notification.SessionCancelledMail;
import com.careerbridge.crm.notification.SessionMovedMail;
import com.careerbridge.crm.notification.SessionReminderMail;
import com.careerbridge.crm.notification.SessionScheduledMail;
import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.session.SessionEvents.SessionCancelled;
import com.careerbridge.crm.session.SessionEvents.SessionMoved;
import com.careerbridge.crm.session.SessionEvents.SessionScheduled;
import com.careerbridge.crm.session.SessionService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Plans the session mail inside the transaction that books, moves or cancels the session (the events are published
 * there), so the mail exists if and only if the change commits. These are service mails: they go to every candidate
 * with an address, whether or not they want progress digests.
 * <ul>
 *     <li>scheduled: a reminder due 24 hours before the start ({@code reminder:<sessionId>:<start>}); when the session
 *     starts sooner than that, the reminder is due at once; none for a session that has started</li>
 *     <li>moved: the old reminder is withdrawn, a new one planned, and a "moved" notice sent now
 *     ({@code moved:<sessionId>:<newStart>})</li>
 *     <li>cancelled: the reminder is withdrawn and a "cancelled" notice sent now ({@code cancelled:<sessionId>}),
 *     unless the session's start has passed</li>
 * </ul>
 */
@Component
class SessionMailPlanner {

    static final Duration REMINDER_AHEAD = Duration.ofHours(24);

    private final SessionService sessions;
    private final CandidateService candidates;
    private final AccountService accounts;
    private final Outbox outbox;
    private final MailSettings settings;
    private final ConsultancyBrand brand;
    private final Clock clock;

    SessionMailPlanner(SessionService sessions, CandidateService candidates, AccountService accounts, Outbox outbox,
                       MailSettings settings, ConsultancyBrand brand, Clock clock) {
        this.sessions = sessions;
        this.candidates = candidates;
        this.accounts = accounts;
        this.outbox = outbox;
        this.settings = settings;
        this.brand = brand;
        this.clock = clock;
    }

    static String scheduledKey(long sessionId) {
        return "scheduled:" + sessionId;
    }

    static String reminderKey(long sessionId, Instant start) {
        return "reminder:" + sessionId + ":" + start;
    }

    @EventListener
    void on(SessionScheduled event) {
        Context context = context(event.sessionId());
        if (context == null) {
            return;
        }
        Instant now = clock.instant();
        CoachingSession session = context.session;
        if (session.getStartsAt().isAfter(now)) {
            outbox.enqueue(OutboundMail.now(scheduledKey(session.getId()), context.recipient,
                    new SessionScheduledMail(context.consultantName, session.getStartsAt(), minutes(session),
                            session.getLocation(), sessionLink(session.getId()), invitation(session, false)), now));
        }
        planReminder(context, now);
    }

    @EventListener
    void on(SessionMoved event) {
        outbox.cancel(reminderKey(event.sessionId(), event.previousStart()));
        outbox.cancel(scheduledKey(event.sessionId()));
        Context context = context(event.sessionId());
        Instant now = clock.instant();
        if (context == null || !event.startsAt().isAfter(now)) {
            return;
        }
        CoachingSession session = context.session;
        outbox.enqueue(OutboundMail.now("moved:" + session.getId() + ":" + session.getStartsAt(), context.recipient,
                new SessionMovedMail(context.consultantName, event.previousStart(), session.getStartsAt(),
                        minutes(session), session.getLocation(), sessionLink(session.getId()),
                        invitation(session, false)), now));
        planReminder(context, now);
    }

    @EventListener
    void on(SessionCancelled event) {
        outbox.cancel(reminderKey(event.sessionId(), event.startsAt()));
        // the news of a plan that is already off is not worth sending
        outbox.cancel(scheduledKey(event.sessionId()));
        Instant now = clock.instant();
        if (!event.startsAt().isAfter(now)) {
            return;
        }
        Context context = context(event.sessionId());
        if (context == null) {
            return;
        }
        outbox.enqueue(OutboundMail.now("cancelled:" + event.sessionId(), context.recipient,
                new SessionCancelledMail(context.consultantName, event.startsAt(),
                        context.session.getCancellationReason(), link("/portal/sessions"),
                        invitation(context.session, true)),
                now));
    }

    private void planReminder(Context context, Instant now) {
        CoachingSession session = context.session;
        if (!session.getStartsAt().isAfter(now)) {
            return;
        }
        Instant due = session.getStartsAt().minus(REMINDER_AHEAD);
        outbox.enqueue(new OutboundMail(reminderKey(session.getId(), session.getStartsAt()), context.recipient,
                new SessionReminderMail(context.consultantName, session.getStartsAt(), minutes(session),
                        session.getLocation(), sessionLink(session.getId())),
                due.isBefore(now) ? now : due));
    }

    private record Context(CoachingSession session, MailRecipient recipient, String consultantName) {
    }

    /** The session, its candidate as a recipient and the consultant's name; null when the candidate has no address. */
    private Context context(long sessionId) {
        // The caller was allowed to change the session; the look-ups behind the mail need no further permission.
        return SystemWork.call(() -> {
            CoachingSession session = sessions.get(sessionId);
            List<Candidate> found = candidates.byIdsUnchecked(List.of(session.getCandidateId()));
            if (found.isEmpty()) {
                return null;
            }
            Candidate candidate = found.getFirst();
            String address = candidate.getEmail() == null ? null : candidate.getEmail().value();
            if (address == null || address.isBlank()) {
                return null;
            }
            // a session whose consultant's account is gone is with the consultancy
            String consultant = Optional.ofNullable(accounts.displayNames(List.of(session.getConsultantId()))
                            .get(session.getConsultantId()))
                    .orElseGet(() -> brand.current().name(candidate.getPreferredLanguage()));
            return new Context(session, MailRecipient.candidate(candidate.getId(), address, candidate.getFullName(),
                    candidate.getPreferredLanguage().locale(), candidate.getTimeZone()), consultant);
        });
    }

    /** The session's calendar entry for the candidate, opening the session in the portal. */
    private CalendarInvitation invitation(CoachingSession session, boolean cancelled) {
        return invitation(settings, session, cancelled, sessionLink(session.getId()));
    }

    /**
     * A session's calendar entry, the same for the candidate's and the consultant's calendar: one UID per session on
     * this deployment's host, its version as the sequence (it grows with every change, so calendars replace what they
     * hold); {@code link} is where the reader opens it.
     */
    static CalendarInvitation invitation(MailSettings settings, CoachingSession session, boolean cancelled, URI link) {
        String host = settings.baseUrl().getHost() == null ? "careerbridge" : settings.baseUrl().getHost();
        return new CalendarInvitation("session-" + session.getId() + "@" + host,
                (int) Math.min(Integer.MAX_VALUE, session.getVersion()), cancelled, session.getStartsAt(),
                session.getEndsAt(), session.getLocation(), link);
    }

    private static int minutes(CoachingSession session) {
        return (int) Duration.between(session.getStartsAt(), session.getEndsAt()).toMinutes();
    }

    private URI sessionLink(long sessionId) {
        return link("/portal/sessions/" + sessionId);
    }

    private URI link(String path) {
        return settings.link(path);
    }
}
