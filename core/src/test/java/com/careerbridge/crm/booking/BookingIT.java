package com.careerbridge.crm.booking;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.session.CandidateSessionView;
import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.session.SessionMode;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.crm.session.SessionStatus;
import com.careerbridge.crm.shared.ConflictException;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.LocalizedText;
import com.careerbridge.crm.shared.NotFoundException;
import com.careerbridge.testsupport.CoreIntegrationTest;
import com.careerbridge.testsupport.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Self-service booking against the real database: the slots a candidate sees, booking, moving and cancelling within
 * the rules, and exactly one winner when many candidates race for the same slots.
 */
@CoreIntegrationTest
class BookingIT {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired Fixtures fixtures;
    @Autowired Booking booking;
    @Autowired SessionTypes sessionTypes;
    @Autowired Availabilities availabilities;
    @Autowired SessionService sessions;
    @Autowired JdbcTemplate jdbc;

    private UserAccount admin;
    private UserAccount consultant;
    private Candidate candidate;
    private LocalDate day;

    @BeforeEach
    void world() {
        admin = fixtures.admin();
        consultant = fixtures.consultant("Booking Consultant");
        candidate = fixtures.candidateWithLogin(consultant, "Booking Candidate");
        day = LocalDate.now(SEOUL).plusDays(3);
        offerEveryDay("08:00", "20:00", null);
    }

    private void offerEveryDay(String from, String to, Integer maxPerDay) {
        Map<DayOfWeek, List<TimeOfDayRange>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek weekday : DayOfWeek.values()) {
            week.put(weekday, List.of(TimeOfDayRange.of(from, to)));
        }
        fixtures.as(consultant, () -> {
            long version = availabilities.mine().version();
            return availabilities.save(consultant.getId(), version,
                    new ConsultantAvailability(new WeeklyAvailability(SEOUL, week), List.of()),
                    new BookingRules(Duration.ofHours(1), 30, maxPerDay, 30));
        });
    }

    private SessionType type(int minutes, int bufferAfter, boolean selfBookable, int cutoffMinutes) {
        return fixtures.as(admin, () -> sessionTypes.create(new SessionTypeForm(
                LocalizedText.of("모의 면접 " + Fixtures.unique("t"), "Mock interview " + Fixtures.unique("t")), minutes,
                SessionMode.ONLINE, "https://meet.example/mock", 0, bufferAfter, selfBookable, cutoffMinutes, null)));
    }

    private Instant seoul(String time) {
        return day.atTime(java.time.LocalTime.parse(time)).atZone(SEOUL).toInstant();
    }

    private List<Instant> starts(long typeId, ZoneId zone) {
        return fixtures.as(candidate.getUserId(), () -> booking.slots(typeId, day.minusDays(1), day.plusDays(1), zone))
                .slots().stream().map(Slot::start).toList();
    }

    @Test
    void theCandidateSeesTheSameFreeTimesInAnyZone() {
        SessionType type = type(60, 0, true, 1440);

        List<Instant> seoulView = fixtures.as(candidate.getUserId(),
                () -> booking.slots(type.getId(), day, day, SEOUL)).slots().stream().map(Slot::start).toList();
        List<Instant> berlinView = starts(type.getId(), BERLIN);

        // 08:00 to 19:00 every 30 minutes on the consultant's day, whichever zone asks.
        assertThat(seoulView).hasSize(23).first().isEqualTo(seoul("08:00"));
        assertThat(seoulView).last().isEqualTo(seoul("19:00"));
        assertThat(berlinView).containsAll(seoulView);
    }

    @Test
    void aBookedSlotBecomesASelfBookedSessionAndBlocksItsBuffer() {
        SessionType type = type(60, 30, true, 1440);

        CandidateSessionView booked = fixtures.as(candidate.getUserId(),
                () -> booking.book(type.getId(), seoul("10:00"), "My CV, please"));

        assertThat(booked.status()).isEqualTo(SessionStatus.SCHEDULED);
        assertThat(booked.bookedByCandidate()).isTrue();
        assertThat(booked.sessionTypeId()).isEqualTo(type.getId());
        assertThat(booked.endsAt()).isEqualTo(seoul("11:00"));
        assertThat(booked.agenda()).isEqualTo("My CV, please");
        assertThat(booked.location()).isEqualTo("https://meet.example/mock");
        List<Instant> left = starts(type.getId(), SEOUL);
        // 09:30 would end at 10:30 inside the session; 11:00 would start inside its 30-minute buffer.
        assertThat(left).contains(seoul("08:30")).doesNotContain(seoul("09:30"), seoul("10:00"), seoul("11:00"))
                .contains(seoul("11:30"));
        CoachingSession stored = fixtures.as(consultant, () -> sessions.get(booked.id()));
        assertThat(stored.getBufferAfter()).isEqualTo(Duration.ofMinutes(30));
        assertThat(stored.getConsultantId()).isEqualTo(consultant.getId());
        // The consultant planning by hand meets the buffer too.
        assertThatThrownBy(() -> fixtures.as(consultant, () -> sessions.schedule(candidate.getId(),
                Fixtures.plan(day.atTime(11, 15), 30))))
                .isInstanceOf(com.careerbridge.crm.session.DoubleBookedException.class);
        assertThat(fixtures.as(consultant, () -> sessions.schedule(candidate.getId(), Fixtures.plan(day.atTime(11, 30), 30))))
                .isNotNull();
    }

    @Test
    void aTakenSlotIsRefusedWithTheNextFreeOnes() {
        SessionType type = type(60, 0, true, 1440);
        Candidate other = fixtures.candidateWithLogin(consultant, "Second Candidate");
        fixtures.as(candidate.getUserId(), () -> booking.book(type.getId(), seoul("10:00"), null));

        assertThatThrownBy(() -> fixtures.as(other.getUserId(), () -> booking.book(type.getId(), seoul("10:00"), null)))
                .isInstanceOfSatisfying(SlotTakenException.class, taken -> assertThat(taken.nextFree())
                        .extracting(Slot::start)
                        .containsExactly(seoul("11:00"), seoul("11:30"), seoul("12:00"), seoul("12:30"), seoul("13:00")));
    }

    @Test
    void startsOutsideTheRulesAreRefusedWithTheirReason() {
        SessionType type = type(60, 0, true, 1440);
        Instant now = Instant.now();

        assertThatThrownBy(() -> fixtures.as(candidate.getUserId(), () -> booking.book(type.getId(), now.plusSeconds(600), null)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.violations().getFirst().reason()).isEqualTo("too-soon"));
        assertThatThrownBy(() -> fixtures.as(candidate.getUserId(),
                () -> booking.book(type.getId(), seoul("10:00").plus(Duration.ofDays(40)), null)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.violations().getFirst().reason()).isEqualTo("too-far"));
        assertThatThrownBy(() -> fixtures.as(candidate.getUserId(), () -> booking.book(type.getId(), seoul("10:10"), null)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.violations().getFirst().reason()).isEqualTo("not-offered"));
        assertThatThrownBy(() -> fixtures.as(candidate.getUserId(), () -> booking.book(type.getId(), seoul("21:00"), null)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.violations().getFirst().reason()).isEqualTo("not-offered"));
        assertThat(jdbc.queryForObject("select count(*) from coaching_session where candidate_id = ?", Long.class,
                candidate.getId())).isZero();
    }

    @Test
    void onlyOfferedTypesCanBeBookedAndOnlyByCandidates() {
        SessionType staffOnly = type(60, 0, false, 1440);

        assertThat(fixtures.as(candidate.getUserId(), () -> booking.offeredTypes()))
                .extracting(OfferedType::id).doesNotContain(staffOnly.getId());
        assertThatThrownBy(() -> fixtures.as(candidate.getUserId(), () -> booking.book(staffOnly.getId(), seoul("10:00"), null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(candidate.getUserId(), () -> booking.slots(staffOnly.getId(), day, day, SEOUL)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(consultant, () -> booking.book(staffOnly.getId(), seoul("10:00"), null)))
                .isInstanceOf(ForbiddenException.class);
        // Staff may look at a consultant's slots of any type that is not archived; another consultant may not.
        assertThat(fixtures.as(consultant, () -> booking.slotsFor(consultant.getId(), staffOnly.getId(), day, day, SEOUL))
                .slots()).isNotEmpty();
        UserAccount otherConsultant = fixtures.consultant("Other");
        assertThatThrownBy(() -> fixtures.as(otherConsultant,
                () -> booking.slotsFor(consultant.getId(), staffOnly.getId(), day, day, SEOUL)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(otherConsultant, () -> availabilities.of(consultant.getId())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCandidateWithoutAConsultantIsOfferedNothingAndHasNobodyToBookWith() {
        SessionType type = type(60, 0, true, 1440);
        jdbc.update("update candidate set consultant_id = null where id = ?", candidate.getId());

        assertThat(fixtures.as(candidate.getUserId(), () -> booking.offeredTypes())).isEmpty();
        assertThatThrownBy(() -> fixtures.as(candidate.getUserId(), () -> booking.slots(type.getId(), day, day, SEOUL)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.resource()).isEqualTo("consultant"));
        assertThatThrownBy(() -> fixtures.as(candidate.getUserId(), () -> booking.book(type.getId(), seoul("10:00"), null)))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.resource()).isEqualTo("consultant"));
    }

    @Test
    void theCandidateMovesAndCancelsTheirOwnBookingBeforeTheCutOff() {
        SessionType type = type(60, 0, true, 60);
        CandidateSessionView booked = fixtures.as(candidate.getUserId(),
                () -> booking.book(type.getId(), seoul("10:00"), null));

        CandidateSessionView moved = fixtures.as(candidate.getUserId(),
                () -> booking.reschedule(booked.id(), booked.version(), seoul("15:00")));
        assertThat(moved.startsAt()).isEqualTo(seoul("15:00"));
        assertThat(starts(type.getId(), SEOUL)).contains(seoul("10:00")).doesNotContain(seoul("15:00"));
        // Moving by half an hour overlaps its own old time: the session does not block itself.
        CandidateSessionView nudged = fixtures.as(candidate.getUserId(),
                () -> booking.reschedule(moved.id(), moved.version(), seoul("15:30")));
        assertThat(nudged.startsAt()).isEqualTo(seoul("15:30"));

        Candidate other = fixtures.candidateWithLogin(consultant, "Not Theirs");
        assertThatThrownBy(() -> fixtures.as(other.getUserId(), () -> booking.cancel(nudged.id(), nudged.version(), null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(candidate.getUserId(), () -> booking.cancel(nudged.id(), booked.version(), null)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.isStale()).isTrue());

        CandidateSessionView cancelled = fixtures.as(candidate.getUserId(),
                () -> booking.cancel(nudged.id(), nudged.version(), "Interview clash"));
        assertThat(cancelled.status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(starts(type.getId(), SEOUL)).contains(seoul("15:30"));
        assertThat(jdbc.queryForList("select action from activity where candidate_id = ? order by id", String.class,
                candidate.getId())).contains("session-booked", "session-moved", "session-cancelled");
        // The consultant hears of each self-service change, with the calendar entry for their own calendar.
        assertThat(jdbc.queryForList("""
                select model ->> 'change' from mail_outbox
                where template = 'booking-notice' and recipient_kind = 'USER' and recipient_id = ? order by id""",
                String.class, consultant.getId())).containsExactly("booked", "moved", "moved", "cancelled");
    }

    @Test
    void afterTheCutOffOnlyTheConsultantChangesItAndMayRecordALateCancellation() {
        SessionType type = type(60, 0, true, 20_160);
        CandidateSessionView booked = fixtures.as(candidate.getUserId(),
                () -> booking.book(type.getId(), seoul("10:00"), null));

        assertThatThrownBy(() -> fixtures.as(candidate.getUserId(),
                () -> booking.reschedule(booked.id(), booked.version(), seoul("15:00"))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(Booking.PAST_CUTOFF));
        assertThatThrownBy(() -> fixtures.as(candidate.getUserId(), () -> booking.cancel(booked.id(), booked.version(), null)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(Booking.PAST_CUTOFF));
        assertThat(fixtures.as(candidate.getUserId(), () -> booking.upcoming())).singleElement()
                .satisfies(upcoming -> assertThat(upcoming.changeableAt(Instant.now())).isFalse());

        CoachingSession cancelled = fixtures.as(consultant,
                () -> sessions.cancel(booked.id(), booked.version(), "Called the morning of", true));
        // The consultant cancelled it themselves: no notice to them, only the booking's.
        assertThat(jdbc.queryForList("""
                select model ->> 'change' from mail_outbox where template = 'booking-notice' and recipient_id = ?""",
                String.class, consultant.getId())).containsExactly("booked");
        assertThat(cancelled.isLateCancellation()).isTrue();
        assertThat(jdbc.queryForList("select action from activity where candidate_id = ?", String.class, candidate.getId()))
                .contains("session-cancelled-late");
    }

    @Test
    void aSessionTheConsultantPlannedIsNotTheCandidatesToMove() {
        CoachingSession planned = fixtures.as(consultant, () -> sessions.schedule(candidate.getId(),
                Fixtures.plan(day.atTime(9, 0), 60)));

        assertThatThrownBy(() -> fixtures.as(candidate.getUserId(), () -> booking.cancel(planned.getId(), planned.getVersion(), null)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(Booking.NOT_SELF_SERVICE));
        assertThat(fixtures.as(candidate.getUserId(), () -> booking.upcoming())).singleElement()
                .satisfies(upcoming -> assertThat(upcoming.changeableUntil()).isNull());
    }

    @Test
    void aFullDayOffersNothingMore() {
        offerEveryDay("08:00", "20:00", 1);
        SessionType type = type(60, 0, true, 1440);
        fixtures.as(candidate.getUserId(), () -> booking.book(type.getId(), seoul("10:00"), null));

        List<Instant> thatDay = fixtures.as(candidate.getUserId(), () -> booking.slots(type.getId(), day, day, SEOUL))
                .slots().stream().map(Slot::start).toList();
        assertThat(thatDay).isEmpty();
        Candidate other = fixtures.candidateWithLogin(consultant, "Too Late");
        assertThatThrownBy(() -> fixtures.as(other.getUserId(), () -> booking.book(type.getId(), seoul("15:00"), null)))
                .isInstanceOf(SlotTakenException.class);
    }

    /**
     * 200 candidates of one consultant try to book 20 slots at the same moment, ten per slot: exactly 20 sessions
     * are made, and each of the other 180 attempts is told the slot was just taken.
     */
    @Test
    void twoHundredRacingBookingsForTwentySlotsMakeExactlyTwentySessions() throws Exception {
        SessionType type = type(30, 0, true, 1440);
        List<Instant> twenty = starts(type.getId(), SEOUL).stream().filter(s -> !s.isBefore(seoul("08:00"))).limit(20).toList();
        assertThat(twenty).hasSize(20);
        long template = candidate.getUserId();
        List<Long> racers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Candidate racer = fixtures.candidate(consultant, "Racer " + i);
            // A login without another bcrypt round (the password is never used).
            long userId = jdbc.queryForObject("""
                    insert into user_account (email, display_name, password_hash, role, locale, password_changed_at, created_at)
                    select ?, 'Racer', password_hash, 'CANDIDATE', 'ko', now(), now() from user_account where id = ?
                    returning id""", Long.class, Fixtures.unique("racer") + "@test.example", template);
            jdbc.update("update candidate set user_id = ? where id = ?", userId, racer.getId());
            racers.add(userId);
        }

        List<Callable<String>> attempts = new ArrayList<>();
        for (int i = 0; i < racers.size(); i++) {
            long userId = racers.get(i);
            Instant start = twenty.get(i % twenty.size());
            attempts.add(() -> {
                try {
                    fixtures.as(userId, () -> booking.book(type.getId(), start, null));
                    return "booked";
                } catch (SlotTakenException e) {
                    // decided under the diary lock, a refusal always knows the next free times
                    return e.nextFree().isEmpty() ? "taken without alternatives" : "taken";
                }
            });
        }
        List<String> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (Future<String> outcome : pool.invokeAll(attempts)) {
                outcomes.add(outcome.get());
            }
        }

        assertThat(outcomes.stream().filter("booked"::equals).count()).isEqualTo(20);
        assertThat(outcomes.stream().filter("taken"::equals).count()).isEqualTo(180);
        assertThat(jdbc.queryForList("""
                select starts_at from coaching_session where consultant_id = ? and status = 'SCHEDULED'
                order by starts_at""", java.sql.Timestamp.class, consultant.getId()))
                .extracting(java.sql.Timestamp::toInstant).containsExactlyElementsOf(twenty);
    }
}
