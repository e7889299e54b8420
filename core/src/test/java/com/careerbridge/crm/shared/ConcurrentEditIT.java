package com.careerbridge.crm.shared;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.testsupport.CoreIntegrationTest;
import com.careerbridge.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people save the same record at the same moment, each from the version they both loaded. Real threads meet at a
 * barrier right before the service call, so both transactions usually read the old version and the loser is only
 * caught by the versioned UPDATE at commit — the case a sequential stale-update test never reaches. Several rounds, so
 * both interleavings (the loser sees the new version at load, or only at flush) are exercised.
 */
@CoreIntegrationTest
class ConcurrentEditIT {

    private static final int ROUNDS = 8;

    @Autowired Fixtures fixtures;
    @Autowired CandidateService candidates;
    @Autowired SessionService sessions;

    /** The candidate's consultant and an administrator (the only two people who may edit the same candidate). */
    @Test
    void twoPeopleSavingTheSameCandidateAtOnceMakeOneWinnerAndOneStaleConflict() throws Exception {
        UserAccount consultant = fixtures.consultant("Racer");
        UserAccount admin = fixtures.admin();
        Candidate candidate = fixtures.candidate(consultant, "Original");

        for (int round = 0; round < ROUNDS; round++) {
            long seen = fixtures.as(consultant, () -> candidates.get(candidate.getId())).getVersion();
            String mine = "Consultant " + round;
            String theirs = "Admin " + round;

            List<Outcome> outcomes = race(
                    () -> fixtures.as(consultant, () -> candidates.update(candidate.getId(), seen, Fixtures.form(mine))).getVersion(),
                    () -> fixtures.as(admin, () -> candidates.update(candidate.getId(), seen, Fixtures.form(theirs))).getVersion());

            Outcome winner = assertOneWinnerOneStale(outcomes);
            Candidate after = fixtures.as(consultant, () -> candidates.get(candidate.getId()));
            assertThat(after.getVersion()).isEqualTo(seen + 1);
            assertThat(after.getFullName()).isEqualTo(winner.index() == 0 ? mine : theirs);
        }
    }

    @Test
    void twoReschedulesOfTheSameSessionAtOnceKeepTheWinnersTime() throws Exception {
        UserAccount consultant = fixtures.consultant("Scheduler");
        UserAccount admin = fixtures.admin();
        Candidate candidate = fixtures.candidate(consultant, "Coached");
        LocalDateTime base = LocalDateTime.now().plusDays(10).withHour(10).withMinute(0).withSecond(0).withNano(0);
        CoachingSession session = fixtures.as(consultant, () -> sessions.schedule(candidate.getId(), Fixtures.plan(base, 60)));

        for (int round = 0; round < ROUNDS; round++) {
            long seen = fixtures.as(consultant, () -> sessions.get(session.getId())).getVersion();
            LocalDateTime mine = base.plusDays(round + 1);
            LocalDateTime theirs = base.plusDays(round + 1).plusHours(3);

            List<Outcome> outcomes = race(
                    () -> fixtures.as(consultant, () -> sessions.reschedule(session.getId(), seen, Fixtures.plan(mine, 60))).getVersion(),
                    () -> fixtures.as(admin, () -> sessions.reschedule(session.getId(), seen, Fixtures.plan(theirs, 60))).getVersion());

            Outcome winner = assertOneWinnerOneStale(outcomes);
            CoachingSession after = fixtures.as(consultant, () -> sessions.get(session.getId()));
            assertThat(after.getVersion()).isEqualTo(seen + 1);
            assertThat(after.getStartsAt()).isEqualTo((winner.index() == 0 ? mine : theirs).atZone(ZoneId.of("Asia/Seoul")).toInstant());
        }
    }

    private static Outcome assertOneWinnerOneStale(List<Outcome> outcomes) {
        assertThat(outcomes).filteredOn(o -> o.failure() == null).as("exactly one save succeeds").hasSize(1);
        Outcome loser = outcomes.stream().filter(o -> o.failure() != null).findFirst().orElseThrow();
        assertThat(loser.failure()).as("the loser is told someone saved first, not a database error")
                .isInstanceOf(ConflictException.class);
        assertThat(((ConflictException) loser.failure()).isStale()).isTrue();
        return outcomes.stream().filter(o -> o.failure() == null).findFirst().orElseThrow();
    }

    private record Outcome(int index, Long version, Throwable failure) {
    }

    @SafeVarargs
    private static List<Outcome> race(java.util.concurrent.Callable<Long>... saves) throws Exception {
        CyclicBarrier start = new CyclicBarrier(saves.length);
        ExecutorService threads = Executors.newFixedThreadPool(saves.length);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < saves.length; i++) {
                int index = i;
                futures.add(threads.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        return new Outcome(index, saves[index].call(), null);
                    } catch (RuntimeException e) {
                        return new Outcome(index, null, e);
                    }
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get(30, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }
}
