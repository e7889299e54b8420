package com.careerbridge.crm.session;

import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.careerbridge.crm.account.Actor;
import com.careerbridge.crm.auditlog.AuditDetails;
import com.careerbridge.crm.auditlog.AuditDetails.Key;
import com.careerbridge.crm.auditlog.SecurityAudit;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateAccess;
import com.careerbridge.crm.candidate.OwnList;
import com.careerbridge.crm.roleguide.RoleGuideService;
import com.careerbridge.crm.session.SessionEvents.ActionItemChanged;
import com.careerbridge.crm.session.SessionEvents.SessionCancelled;
import com.careerbridge.crm.session.SessionEvents.SessionCompleted;
import com.careerbridge.crm.session.SessionEvents.SessionMissed;
import com.careerbridge.crm.session.SessionEvents.SessionMoved;
import com.careerbridge.crm.session.SessionEvents.SessionScheduled;
import com.careerbridge.crm.shared.ForOtherFeatures;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.NotFoundException;
import com.careerbridge.crm.shared.Versions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coaching sessions. A consultant is never double-booked: every write of a consultant's sessions holds their diary lock
 * ({@link #lockDiary}) while it checks the time against the others, buffers included, for a clear message; the
 * exclusion constraint in PostgreSQL guards the sessions' own times whatever happens.
 */
@Service
@Transactional
public class SessionService {

    static final String DOUBLE_BOOKED = "conflict.double-booked";
    /** The longest buffer a session keeps around itself (the table's check allows no more). */
    static final Duration LONGEST_BUFFER = Duration.ofHours(2);
    /** The first key of the diary locks ("diary" on a phone keypad), so that they meet no other advisory lock. */
    private static final int DIARY_LOCKS = 34_279;
    private static final Duration MAX_RANGE = Duration.ofDays(93);

    private final CoachingSessionRepository sessions;
    private final CandidateAccess access;
    private final ApplicationEventPublisher events;
    private final SecurityAudit audit;
    private final RoleGuideService guides;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final SessionReads reads;

    SessionService(CoachingSessionRepository sessions, CandidateAccess access, ApplicationEventPublisher events,
                   SecurityAudit audit, RoleGuideService guides, Clock clock, JdbcTemplate jdbc, SessionReads reads) {
        this.jdbc = jdbc;
        this.reads = reads;
        this.sessions = sessions;
        this.guides = guides;
        this.access = access;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Books a session with the candidate's consultant. */
    public CoachingSession schedule(long candidateId, SessionPlan plan) {
        Candidate candidate = access.managed(candidateId);
        Actor actor = access.actor();
        Long consultantId = actor.isConsultant() ? Long.valueOf(actor.userId()) : candidate.getConsultantId();
        if (consultantId == null) {
            throw new InvalidValueException("consultant", "required");
        }
        SessionPlan.Validated checked = plan.validate();
        lockDiary(consultantId);
        requireFree(consultantId, checked.startsAt(), checked.endsAt(), Duration.ZERO, Duration.ZERO, null);
        CoachingSession session = new CoachingSession(candidateId, consultantId, checked, clock.instant());
        session = saveChecked(session);
        events.publishEvent(new SessionScheduled(candidateId, actor.authorId(), session.getId(), session.getStartsAt()));
        return session;
    }

    public CoachingSession reschedule(long sessionId, long expectedVersion, SessionPlan plan) {
        return move(managed(sessionId), expectedVersion, plan);
    }

    public CoachingSession cancel(long sessionId, long expectedVersion) {
        return cancel(sessionId, expectedVersion, null);
    }

    /** Cancels a scheduled session; the optional reason is kept and goes into the candidate's cancellation e-mail. */
    public CoachingSession cancel(long sessionId, long expectedVersion, String reason) {
        return cancel(sessionId, expectedVersion, reason, false);
    }

    /**
     * Cancels a scheduled session as staff; {@code lateByCandidate} records that the candidate called it off inside the
     * session type's cut-off (shown on the candidate's page and timeline, like a no-show).
     */
    public CoachingSession cancel(long sessionId, long expectedVersion, String reason, boolean lateByCandidate) {
        CoachingSession session = managed(sessionId);
        if (lateByCandidate) {
            session.recordLateCancellation();
        }
        return cancel(session, expectedVersion, reason);
    }

    // --- booking: the rules (whose session, which slot, the cut-off) are checked by the booking feature ---

    /**
     * Takes the consultant's diary lock until the transaction ends: every write of a consultant's sessions takes it
     * first, on any instance, so that their checks (no overlap, buffers included; the booking rules' daily maximum) are
     * decided one after the other. The exclusion constraint on the sessions' own times stays as the last guard.
     */
    @ForOtherFeatures
    public void lockDiary(long consultantId) {
        jdbc.query("select pg_advisory_xact_lock(?, ?)", rows -> { }, DIARY_LOCKS,
                (int) (consultantId ^ (consultantId >>> 32)));
    }

    /**
     * The consultant's live sessions that may keep time from new bookings between two instants (one statement): those
     * overlapping the range widened by the longest buffer; the caller compares the exact blocked times.
     */
    @Transactional(readOnly = true)
    @ForOtherFeatures
    public List<BlockedTime> blockedTime(long consultantId, Instant from, Instant to) {
        Instant widenedFrom = from.minus(LONGEST_BUFFER);
        return sessions.findBlockedTime(consultantId, widenedFrom, to.plus(LONGEST_BUFFER),
                widenedFrom.minus(SessionPlan.MAX_LENGTH));
    }

    /** Books a session of a session type for a candidate with the given consultant. */
    @ForOtherFeatures
    public CoachingSession book(long candidateId, long consultantId, SessionPlan plan, BookedAs bookedAs) {
        SessionPlan.Validated checked = plan.validate();
        lockDiary(consultantId);
        requireFree(consultantId, checked.startsAt(), checked.endsAt(), bookedAs.bufferBefore(), bookedAs.bufferAfter(),
                null);
        CoachingSession session = new CoachingSession(candidateId, consultantId, checked, clock.instant());
        session.bookedAs(bookedAs.typeId(), bookedAs.bufferBefore(), bookedAs.bufferAfter(), bookedAs.byCandidate());
        session = saveChecked(session);
        events.publishEvent(new SessionScheduled(candidateId, access.actor().authorId(), session.getId(),
                session.getStartsAt(), bookedAs.byCandidate()));
        return session;
    }

    /** The signed-in candidate's own session, to be moved or cancelled by them; anyone else's is "not found". */
    @ForOtherFeatures
    public CoachingSession ownForChange(long sessionId) {
        CoachingSession session = visible(sessionId);
        if (!access.actor().isCandidate()) {
            throw notFound();
        }
        return session;
    }

    /** Moves a session to a new time, keeping its buffers (a booked session's slot was checked by booking). */
    @ForOtherFeatures
    public CoachingSession move(CoachingSession session, long expectedVersion, SessionPlan plan) {
        Versions.require(session, expectedVersion);
        SessionPlan.Validated checked = plan.validate();
        lockDiary(session.getConsultantId());
        requireFree(session.getConsultantId(), checked.startsAt(), checked.endsAt(), session.getBufferBefore(),
                session.getBufferAfter(), session.getId());
        Instant previousStart = session.getStartsAt();
        session.replan(checked, clock.instant());
        saveChecked(session);
        if (!previousStart.equals(session.getStartsAt())) {
            events.publishEvent(new SessionMoved(session.getCandidateId(), access.actor().authorId(), session.getId(),
                    previousStart, session.getStartsAt()));
        }
        return session;
    }

    @ForOtherFeatures
    public CoachingSession cancel(CoachingSession session, long expectedVersion, String reason) {
        Versions.require(session, expectedVersion);
        session.cancel(reason, clock.instant());
        events.publishEvent(new SessionCancelled(session.getCandidateId(), access.actor().authorId(), session.getId(),
                session.getStartsAt(), session.isLateCancellation()));
        return session;
    }

    public CoachingSession markNoShow(long sessionId, long expectedVersion) {
        CoachingSession session = managed(sessionId);
        Versions.require(session, expectedVersion);
        session.markNoShow(clock.instant());
        events.publishEvent(new SessionMissed(session.getCandidateId(), access.actor().authorId(), session.getId()));
        return session;
    }

    /** Records notes, the shared summary, action items and a mock-interview rating. */
    public CoachingSession complete(long sessionId, long expectedVersion, SessionOutcome outcome) {
        CoachingSession session = managed(sessionId);
        Versions.require(session, expectedVersion);
        outcome.validate();
        // Checked here rather than left to the foreign key, whose violation would be an internal error (500).
        if (outcome.mockGuideId() != null && guides.guidesById(List.of(outcome.mockGuideId())).isEmpty()) {
            throw new InvalidValueException("mockGuideId", "unknown-guide");
        }
        session.complete(outcome, clock.instant());
        sessions.flush();
        events.publishEvent(new SessionCompleted(session.getCandidateId(), access.actor().authorId(), session.getId(),
                session.getMockRating(), session.getMockGuideId()));
        return session;
    }

    /** Ticks an action item: the candidate for themselves, or staff for their candidate. */
    public void markActionItem(long sessionId, long actionItemId, boolean done) {
        CoachingSession session = visible(sessionId);
        if (session.markActionItemDone(actionItemId, done, clock.instant())) {
            events.publishEvent(new ActionItemChanged(session.getCandidateId(), access.actor().authorId(), session.getId(),
                    actionItemId, done));
        }
    }

    /** Full session for staff (with private notes; handing them out is written to the security audit log). */
    @Transactional(readOnly = true)
    public CoachingSession get(long sessionId) {
        CoachingSession session = managed(sessionId);
        if (hasPrivateNotes(session)) {
            audit.privateNotesRead(session.getCandidateId(),
                    AuditDetails.of(Key.NOTES, "session-notes").with(Key.SESSION_ID, session.getId()));
        }
        return session;
    }

    /** A candidate's sessions, newest first, for staff (with private notes, audited as one read of the candidate's). */
    @Transactional(readOnly = true)
    public List<CoachingSession> forCandidate(long candidateId) {
        access.managed(candidateId);
        List<CoachingSession> found = sessions.findWithItemsByCandidateId(candidateId);
        long withNotes = found.stream().filter(SessionService::hasPrivateNotes).count();
        if (withNotes > 0) {
            audit.privateNotesRead(candidateId, AuditDetails.of(Key.NOTES, "session-notes").with(Key.COUNT, withNotes));
        }
        return found;
    }

    /**
     * A candidate's sessions, newest first, for a list that does not show the private notes: no notes-read audit row
     * (an answer that leaves the notes out has not read them).
     */
    @Transactional(readOnly = true)
    public List<CoachingSession> listForCandidate(long candidateId) {
        access.managed(candidateId);
        return sessions.findWithItemsByCandidateId(candidateId);
    }

    /**
     * The candidate's next session (scheduled and not over yet, soonest first), for their consultant: the candidate is
     * read in the same statement, so the access check (404 outside the caseload, 403 for a candidate) costs nothing more.
     */
    @Transactional(readOnly = true)
    public Optional<CoachingSession> nextForCandidate(long candidateId) {
        List<Object[]> rows = sessions.findCandidateWithUpcoming(candidateId, clock.instant());
        access.managed(candidateId);
        return rows.stream().map(row -> (CoachingSession) row[1]).filter(java.util.Objects::nonNull).findFirst();
    }

    private static boolean hasPrivateNotes(CoachingSession session) {
        return session.getPrivateNotes() != null && !session.getPrivateNotes().isBlank();
    }

    /**
     * The signed-in candidate's sessions without the private notes, with the candidate's id and language, so a front
     * end need not load the candidate again: one statement (see {@link SessionReads}), no transaction of its own.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public OwnList<CandidateSessionView> mine() {
        return reads.mine(access.requireCandidate().userId()).orElseThrow(CandidateAccess::notFound);
    }

    /** One session for the candidate, shared parts only. */
    @Transactional(readOnly = true)
    public CandidateSessionView mineById(long sessionId) {
        CoachingSession session = visible(sessionId);
        return CandidateSessionView.of(session);
    }

    /** A consultant's calendar between two instants (at most about three months). Admins may look at anyone's. */
    @Transactional(readOnly = true)
    public List<CoachingSession> calendar(long consultantId, Instant from, Instant to) {
        Actor actor = access.actor();
        if (!actor.isAdmin() && !(actor.isConsultant() && actor.userId() == consultantId)) {
            throw actor.isStaff() ? new NotFoundException("consultant") : new ForbiddenException("staff-only");
        }
        checkRange(from, to);
        return sessions.findForConsultantBetween(consultantId, from, to);
    }

    /** Every session between two instants, for an admin's overview. */
    @Transactional(readOnly = true)
    public List<CoachingSession> allBetween(Instant from, Instant to) {
        if (!access.actor().isAdmin()) {
            throw new ForbiddenException("admin-only");
        }
        checkRange(from, to);
        return sessions.findAllBetween(from, to);
    }

    // --- for other features that already checked access ---

    @Transactional(readOnly = true)
    @ForOtherFeatures
    public List<CoachingSession> withItemsForCandidates(Collection<Long> candidateIds) {
        return candidateIds.isEmpty() ? List.of() : sessions.findWithItemsByCandidateIdIn(candidateIds);
    }

    /** The newest mock-interview rating of a candidate for a role, if any. */
    @Transactional(readOnly = true)
    @ForOtherFeatures
    public Optional<Integer> latestMockRating(long candidateId, long guideId) {
        return sessions.findRatedMocks(candidateId, guideId).stream().findFirst().map(CoachingSession::getMockRating);
    }

    private static void checkRange(Instant from, Instant to) {
        if (from == null || to == null || !to.isAfter(from)) {
            throw new InvalidValueException("to", "before-start");
        }
        if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            throw new InvalidValueException("to", "range-too-long");
        }
    }

    /** Refuses a time whose blocked range (the session and its buffers) meets another live session's blocked range. */
    private void requireFree(long consultantId, Instant startsAt, Instant endsAt, Duration before, Duration after,
                             Long excludeId) {
        Instant from = startsAt.minus(before);
        Instant until = endsAt.plus(after);
        Instant widenedFrom = from.minus(LONGEST_BUFFER);
        sessions.findNear(consultantId, widenedFrom, until.plus(LONGEST_BUFFER),
                        widenedFrom.minus(SessionPlan.MAX_LENGTH), excludeId).stream()
                .filter(other -> other.getStartsAt().minus(other.getBufferBefore()).isBefore(until)
                        && from.isBefore(other.getEndsAt().plus(other.getBufferAfter())))
                .findFirst()
                .ifPresent(other -> {
                    throw new DoubleBookedException(
                            new DoubleBookedException.Conflicting(other.getId(), other.getStartsAt(), other.getEndsAt()));
                });
    }

    private CoachingSession saveChecked(CoachingSession session) {
        try {
            return sessions.saveAndFlush(session);
        } catch (DataIntegrityViolationException e) {
            if (String.valueOf(e.getMostSpecificCause().getMessage()).contains("coaching_session_no_double_booking")) {
                throw new DoubleBookedException(null);
            }
            throw e;
        }
    }

    private CoachingSession visible(long sessionId) {
        CoachingSession session = sessions.findWithItemsById(sessionId).orElseThrow(SessionService::notFound);
        try {
            access.visible(session.getCandidateId());
        } catch (NotFoundException e) {
            throw notFound();
        }
        return session;
    }

    private CoachingSession managed(long sessionId) {
        CoachingSession session = visible(sessionId);
        access.managed(session.getCandidateId());
        return session;
    }

    private static NotFoundException notFound() {
        return new NotFoundException("session");
    }
}
