package com.careerbridge.crm.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.careerbridge.crm.account.Actor;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateAccess;
import com.careerbridge.crm.candidate.OwnList;
import com.careerbridge.crm.session.BookedAs;
import com.careerbridge.crm.session.CandidateSessionView;
import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.session.DoubleBookedException;
import com.careerbridge.crm.session.SessionPlan;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.crm.session.SessionStatus;
import com.careerbridge.crm.shared.ConflictException;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-service booking — the door the portal, the mobile app and the consultant's screens use. A candidate sees the
 * session types offered to them and their own consultant's free slots, books one, and moves or cancels it until the
 * type's cut-off; staff see a consultant's slots.
 * <p>
 * <b>No double booking, on any number of instances.</b> A booking takes the consultant's diary lock
 * ({@link SessionService#lockDiary}), which every write of their sessions takes, so bookings and plans for one
 * consultant are decided one after the other: the second of two candidates racing for a slot sees the first one's
 * session and is told "just taken" with the next free slots ({@link SlotTakenException}); buffers and the per-day
 * maximum hold as well. The exclusion constraint on the sessions' times stays as the last guard.
 * <p>
 * The slots are {@link SlotCalculator}'s: everything is read in two statements (the candidate's consultant with the
 * type and the consultant's schedule; the time already taken), then computed in memory.
 */
@Service
@Transactional
public class Booking {

    /** The most days one request for slots may cover. */
    public static final int MAX_DAYS_PER_REQUEST = 42;
    /** How many alternatives a "just taken" answer offers. */
    public static final int NEXT_FREE = 5;
    private static final int NEXT_FREE_DAYS = 14;

    static final String NOT_SELF_SERVICE = "conflict.not-self-service";
    static final String PAST_CUTOFF = "conflict.change-cutoff-passed";
    static final String NOT_SCHEDULED = "conflict.session-not-scheduled";

    /** The free slots of one type, in the zone they were asked for. */
    public record Slots(OfferedType type, ZoneId zone, List<Slot> slots) {

        public Slots {
            slots = List.copyOf(slots);
        }
    }

    /**
     * One of the candidate's upcoming sessions with what they may still do about it: {@code type} is null and
     * {@code changeableUntil} null for a session the consultant planned freely (only the consultant changes those).
     */
    public record Upcoming(CandidateSessionView session, OfferedType type, Instant changeableUntil) {

        public boolean changeableAt(Instant now) {
            return changeableUntil != null && now.isBefore(changeableUntil);
        }
    }

    private final CandidateAccess access;
    private final SessionService sessions;
    private final SessionTypeRepository types;
    private final ConsultantScheduleRepository schedules;
    private final Clock clock;

    Booking(CandidateAccess access, SessionService sessions, SessionTypeRepository types,
            ConsultantScheduleRepository schedules, Clock clock) {
        this.access = access;
        this.sessions = sessions;
        this.types = types;
        this.clock = clock;
        this.schedules = schedules;
    }

    // --- the candidate ---

    /** The session types the signed-in candidate may book (none without a consultant). */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<OfferedType> offeredTypes() {
        return offeredToMe().items();
    }

    /**
     * The session types the signed-in candidate may book, with the candidate's id and language, so a front end need
     * not load the candidate again: one statement finds the candidate by their login and reads the types offered to
     * them (#19), no transaction of its own. Refused and audited as {@link CandidateAccess#self()} refuses.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public OwnList<OfferedType> offeredToMe() {
        List<Object[]> rows = types.findOfferedToCandidate(access.requireCandidate().userId());
        if (rows.isEmpty()) {
            throw CandidateAccess.notFound();
        }
        Object[] me = rows.getFirst();
        List<OfferedType> offered = rows.stream().map(row -> (SessionType) row[2]).filter(Objects::nonNull)
                .map(OfferedType::of).toList();
        return new OwnList<>((Long) me[0], (Language) me[1], offered);
    }

    /**
     * The free slots of a type with the signed-in candidate's consultant, on the given days of {@code zone}: the
     * candidate's consultant, the type and the consultant's schedule in one statement, their taken time in another
     * (#19). Refused and audited as {@link CandidateAccess#self()} refuses.
     */
    @Transactional(readOnly = true)
    public Slots slots(long typeId, LocalDate from, LocalDate to, ZoneId zone) {
        List<Object[]> rows = schedules.findTypeWithScheduleOfCandidate(typeId, access.requireCandidate().userId());
        if (rows.isEmpty()) {
            throw CandidateAccess.notFound();
        }
        ViewerDays days = requestedDays(from, to, zone);
        Object[] row = rows.getFirst();
        return slotsOf(consultantOf((Long) row[0]), (SessionType) row[1], (ConsultantSchedule) row[2], days, true);
    }

    /** Books a free slot with the candidate's own consultant; {@code note} is their optional agenda. */
    public CandidateSessionView book(long typeId, Instant start, String note) {
        if (start == null) {
            throw new InvalidValueException("start", "required");
        }
        Candidate me = access.self();
        long consultantId = consultantOf(me.getConsultantId());
        sessions.lockDiary(consultantId);
        ConsultantSchedule schedule = schedules.findById(consultantId).orElse(null);
        SessionType type = types.findById(typeId).filter(SessionType::isOfferedToCandidates)
                .orElseThrow(SessionTypes::notFound);
        if (schedule == null) {
            throw new InvalidValueException("start", "not-offered");
        }
        requireFree(consultantId, schedule, type.shape(), start, null);
        ZoneId zone = schedule.availability().zone();
        try {
            CoachingSession session = sessions.book(me.getId(), consultantId,
                    plan(start, start.plus(type.getDuration()), zone, type.getMode(), type.getDefaultLocation(), note),
                    new BookedAs(type.getId(), type.shape().bufferBefore(), type.shape().bufferAfter(), true));
            return CandidateSessionView.of(session);
        } catch (DoubleBookedException e) {
            // The consultant planned a session by hand at this very moment (the exclusion constraint decided); the
            // transaction is spent, so there are no alternatives to offer — the next look at the slots has them.
            throw new SlotTakenException(List.of());
        }
    }

    /** Moves the candidate's own booked session to another free slot, before the type's cut-off. */
    public CandidateSessionView reschedule(long sessionId, long expectedVersion, Instant newStart) {
        if (newStart == null) {
            throw new InvalidValueException("start", "required");
        }
        CoachingSession session = sessions.ownForChange(sessionId);
        changeable(session);
        sessions.lockDiary(session.getConsultantId());
        ConsultantSchedule schedule = schedules.findById(session.getConsultantId()).orElse(null);
        if (schedule == null) {
            throw new InvalidValueException("start", "not-offered");
        }
        // The session keeps its own length and buffers, even if the type has changed since it was booked.
        SessionShape shape = new SessionShape(Duration.between(session.getStartsAt(), session.getEndsAt()),
                session.getBufferBefore(), session.getBufferAfter());
        requireFree(session.getConsultantId(), schedule, shape, newStart, session.getId());
        try {
            CoachingSession moved = sessions.move(session, expectedVersion,
                    plan(newStart, newStart.plus(shape.duration()), schedule.availability().zone(), session.getMode(),
                            session.getLocation(), session.getAgenda()));
            return CandidateSessionView.of(moved);
        } catch (DoubleBookedException e) {
            throw new SlotTakenException(List.of());
        }
    }

    /** Cancels the candidate's own booked session, before the type's cut-off. */
    public CandidateSessionView cancel(long sessionId, long expectedVersion, String reason) {
        CoachingSession session = sessions.ownForChange(sessionId);
        changeable(session);
        return CandidateSessionView.of(sessions.cancel(session, expectedVersion, reason));
    }

    /** The candidate's scheduled sessions that have not ended, soonest first, with until when they may change them. */
    @Transactional(readOnly = true)
    public List<Upcoming> upcoming() {
        Instant now = clock.instant();
        List<CandidateSessionView> mine = sessions.mine().items().stream()
                .filter(s -> s.status() == SessionStatus.SCHEDULED && s.endsAt().isAfter(now))
                .sorted(Comparator.comparing(CandidateSessionView::startsAt))
                .toList();
        List<Long> typeIds = mine.stream().map(CandidateSessionView::sessionTypeId)
                .filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, SessionType> byId = typeIds.isEmpty() ? Map.of()
                : types.findAllById(typeIds).stream().collect(Collectors.toMap(SessionType::getId, Function.identity()));
        return mine.stream().map(s -> {
            SessionType type = s.sessionTypeId() == null ? null : byId.get(s.sessionTypeId());
            return type == null ? new Upcoming(s, null, null)
                    : new Upcoming(s, OfferedType.of(type), s.startsAt().minus(type.getChangeCutoff()));
        }).toList();
    }

    // --- staff ---

    /** A consultant's free slots of a type (any type that is not archived): the consultant themselves or an admin. */
    @Transactional(readOnly = true)
    public Slots slotsFor(long consultantId, long typeId, LocalDate from, LocalDate to, ZoneId zone) {
        Actor actor = access.actor();
        if (!actor.isStaff()) {
            throw new ForbiddenException("staff-only");
        }
        if (actor.isConsultant() && actor.userId() != consultantId) {
            throw Availabilities.notFound();
        }
        return slotsOf(consultantId, typeId, requestedDays(from, to, zone), false);
    }

    // --- the rules ---

    private Slots slotsOf(long consultantId, long typeId, ViewerDays days, boolean forCandidate) {
        List<Object[]> rows = schedules.findTypeWithSchedule(typeId, consultantId);
        if (rows.isEmpty()) {
            throw SessionTypes.notFound();
        }
        return slotsOf(consultantId, (SessionType) rows.getFirst()[0], (ConsultantSchedule) rows.getFirst()[1], days,
                forCandidate);
    }

    /** The free slots of a type ({@code null}: none such) with a consultant whose schedule is given ({@code null}: none). */
    private Slots slotsOf(long consultantId, SessionType type, ConsultantSchedule schedule, ViewerDays days,
                          boolean forCandidate) {
        if (type == null || (forCandidate ? !type.isOfferedToCandidates() : type.isArchived())) {
            throw SessionTypes.notFound();
        }
        if (schedule == null) {
            return new Slots(OfferedType.of(type), days.zone(), List.of());
        }
        List<Slot> free = SlotCalculator.freeSlots(schedule.availability(), schedule.rules(), type.shape(),
                busy(consultantId, days, null), clock.instant(), days);
        return new Slots(OfferedType.of(type), days.zone(), free);
    }

    /** Refuses a start that is not a free slot now: too soon, too far, never offered, or just taken (409). */
    private void requireFree(long consultantId, ConsultantSchedule schedule, SessionShape shape, Instant start,
                             Long movingSessionId) {
        Instant now = clock.instant();
        BookingRules rules = schedule.rules();
        if (start.isBefore(now.plus(rules.minimumNotice()))) {
            throw new InvalidValueException("start", "too-soon");
        }
        if (!start.isBefore(now.plus(Duration.ofDays(rules.horizonDays())))) {
            throw new InvalidValueException("start", "too-far");
        }
        ConsultantAvailability availability = schedule.availability();
        LocalDate day = LocalDate.ofInstant(start, availability.zone());
        ViewerDays around = new ViewerDays(day.minusDays(1), day.plusDays(1), availability.zone());
        List<Busy> taken = busy(consultantId, around, movingSessionId);
        if (startsAt(SlotCalculator.freeSlots(availability, rules, shape, taken, now, around), start)) {
            return;
        }
        if (!startsAt(SlotCalculator.freeSlots(availability, rules, shape, List.of(), now, around), start)) {
            throw new InvalidValueException("start", "not-offered");
        }
        ViewerDays following = new ViewerDays(day, day.plusDays(NEXT_FREE_DAYS - 1), availability.zone());
        List<Slot> next = SlotCalculator.freeSlots(availability, rules, shape,
                busy(consultantId, following, movingSessionId), now, following).stream()
                .filter(slot -> slot.start().isAfter(start))
                .limit(NEXT_FREE)
                .toList();
        throw new SlotTakenException(next);
    }

    private static boolean startsAt(List<Slot> slots, Instant start) {
        return slots.stream().anyMatch(slot -> slot.start().equals(start));
    }

    /**
     * The consultant's taken time around the days: a day more on each side, so that every session on the consultant's
     * local dates concerned is counted towards the per-day maximum, whatever the two zones.
     */
    private List<Busy> busy(long consultantId, ViewerDays days, Long exceptSessionId) {
        return sessions.blockedTime(consultantId, days.start().minus(2, ChronoUnit.DAYS), days.end().plus(2, ChronoUnit.DAYS))
                .stream()
                .filter(b -> exceptSessionId == null || b.sessionId() != exceptSessionId)
                .map(b -> Busy.session(b.start(), b.end(), b.bufferBefore(), b.bufferAfter()))
                .toList();
    }

    private SessionType changeable(CoachingSession session) {
        if (session.getStatus() != SessionStatus.SCHEDULED) {
            throw new ConflictException(NOT_SCHEDULED);
        }
        if (session.getSessionTypeId() == null) {
            throw new ConflictException(NOT_SELF_SERVICE);
        }
        SessionType type = types.findById(session.getSessionTypeId())
                .orElseThrow(() -> new ConflictException(NOT_SELF_SERVICE));
        if (!clock.instant().isBefore(session.getStartsAt().minus(type.getChangeCutoff()))) {
            throw new ConflictException(PAST_CUTOFF);
        }
        return type;
    }

    /** The candidate's consultant; a candidate without one has nobody to book with. */
    private static long consultantOf(Long consultantId) {
        if (consultantId == null) {
            throw new NotFoundException("consultant");
        }
        return consultantId;
    }

    private static ViewerDays requestedDays(LocalDate from, LocalDate to, ZoneId zone) {
        ViewerDays days = new ViewerDays(from, to, zone);
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS_PER_REQUEST) {
            throw new InvalidValueException("to", "range-too-long");
        }
        return days;
    }

    /**
     * The session's plan on the consultant's wall clock; in UTC when a time falls in the repeated hour of a fall-back
     * day, where a local time alone would not say which of the two is meant.
     */
    private static SessionPlan plan(Instant start, Instant end, ZoneId zone, com.careerbridge.crm.session.SessionMode mode,
                                    String location, String agenda) {
        ZoneId planZone = roundTrips(start, zone) && roundTrips(end, zone) ? zone : ZoneOffset.UTC;
        return new SessionPlan(LocalDateTime.ofInstant(start, planZone), LocalDateTime.ofInstant(end, planZone),
                planZone.getId(), mode, location, agenda);
    }

    private static boolean roundTrips(Instant instant, ZoneId zone) {
        return LocalDateTime.ofInstant(instant, zone).atZone(zone).toInstant().equals(instant);
    }
}
