package com.careerbridge.crm.session;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.shared.ConflictException;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.testsupport.CoreIntegrationTest;
import com.careerbridge.testsupport.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CoreIntegrationTest
class SessionSchedulingIT {

    @Autowired Fixtures fixtures;
    @Autowired SessionService sessions;

    @Test
    void anOverlappingSessionIsRefusedButBackToBackIsFine() {
        UserAccount consultant = fixtures.consultant("Busy");
        Candidate one = fixtures.candidate(consultant, "One");
        Candidate two = fixtures.candidate(consultant, "Two");
        LocalDateTime start = LocalDateTime.of(2031, 3, 10, 14, 0);

        fixtures.as(consultant, () -> sessions.schedule(one.getId(), Fixtures.plan(start, 60)));
        assertThatThrownBy(() -> fixtures.as(consultant, () -> sessions.schedule(two.getId(), Fixtures.plan(start.plusMinutes(30), 60))))
                .isInstanceOf(ConflictException.class).hasMessage("conflict.double-booked");
        CoachingSession next = fixtures.as(consultant, () -> sessions.schedule(two.getId(), Fixtures.plan(start.plusHours(1), 60)));

        // A cancelled session frees its time.
        fixtures.as(consultant, () -> sessions.cancel(next.getId(), next.getVersion()));
        fixtures.as(consultant, () -> sessions.schedule(two.getId(), Fixtures.plan(start.plusHours(1), 30)));
    }

    @Test
    void twoBookingsRacingForTheSameHourLeaveExactlyOne() throws Exception {
        UserAccount consultant = fixtures.consultant("Raced");
        Candidate one = fixtures.candidate(consultant, "R1");
        Candidate two = fixtures.candidate(consultant, "R2");
        LocalDateTime start = LocalDateTime.of(2031, 4, 1, 10, 0);
        CyclicBarrier together = new CyclicBarrier(2);

        List<CompletableFuture<String>> attempts = List.of(one, two).stream().map(candidate -> CompletableFuture.supplyAsync(() -> {
            try {
                together.await();
                fixtures.as(consultant, () -> sessions.schedule(candidate.getId(), Fixtures.plan(start, 60)));
                return "booked";
            } catch (ConflictException e) {
                return e.code();
            } catch (Exception e) {
                return e.toString();
            }
        })).toList();

        assertThat(attempts.stream().map(CompletableFuture::join).toList())
                .containsExactlyInAnyOrder("booked", "conflict.double-booked");
    }

    @Test
    void candidatesSeeTheSummaryButNeverThePrivateNotes() {
        UserAccount consultant = fixtures.consultant("Notes");
        Candidate candidate = fixtures.candidateWithLogin(consultant, "Reader");
        CoachingSession session = fixtures.as(consultant, () -> sessions.schedule(candidate.getId(),
                Fixtures.plan(LocalDateTime.now().minusDays(2), 60)));
        fixtures.as(consultant, () -> sessions.complete(session.getId(), session.getVersion(), new SessionOutcome(
                "PRIVATE-OBSERVATION", "Shared summary", List.of(new SessionOutcome.NewActionItem(null, "Rewrite CV", null)), null, null)));

        List<CandidateSessionView> mine = fixtures.as(candidate.getUserId(), () -> sessions.mine().items());
        assertThat(mine).singleElement().satisfies(view -> {
            assertThat(view.sharedSummary()).isEqualTo("Shared summary");
            assertThat(view.actionItems()).extracting(CandidateSessionView.ActionItemView::description).containsExactly("Rewrite CV");
            assertThat(view.toString()).doesNotContain("PRIVATE-OBSERVATION");
        });
    }

    @Test
    void badTimesAreFieldErrorsAndFutureSessionsCannotBeCompleted() {
        UserAccount consultant = fixtures.consultant("Times");
        Candidate candidate = fixtures.candidate(consultant, "T");
        LocalDateTime start = LocalDateTime.now().plusDays(3);
        assertThatThrownBy(() -> fixtures.as(consultant, () -> sessions.schedule(candidate.getId(),
                new SessionPlan(start, start.minusHours(1), "Asia/Seoul", SessionMode.PHONE, null, null))))
                .isInstanceOf(InvalidValueException.class).hasMessage("invalid.end.before-start");
        CoachingSession future = fixtures.as(consultant, () -> sessions.schedule(candidate.getId(), Fixtures.plan(start, 60)));
        assertThatThrownBy(() -> fixtures.as(consultant, () -> sessions.complete(future.getId(), future.getVersion(),
                new SessionOutcome(null, null, List.of(), null, null))))
                .isInstanceOf(ConflictException.class).hasMessage("conflict.session-not-started");
    }

    @Test
    void aMockRatingMustNameAGuideThatExists() {
        UserAccount consultant = fixtures.consultant("Mock");
        Candidate candidate = fixtures.candidate(consultant, "M");
        CoachingSession past = fixtures.as(consultant, () -> sessions.schedule(candidate.getId(),
                Fixtures.plan(LocalDateTime.now().minusDays(1), 60)));
        for (long notAGuide : new long[] {-1, 999_999, 2_147_483_648L}) {
            assertThatThrownBy(() -> fixtures.as(consultant, () -> sessions.complete(past.getId(), past.getVersion(),
                    new SessionOutcome(null, null, List.of(), 4, notAGuide))))
                    .isInstanceOf(InvalidValueException.class).hasMessage("invalid.mockGuideId.unknown-guide");
        }
        long guideId = fixtures.guide("sales").guideId();
        CoachingSession completed = fixtures.as(consultant, () -> sessions.complete(past.getId(), past.getVersion(),
                new SessionOutcome(null, null, List.of(), 4, guideId)));
        assertThat(completed.getMockGuideId()).isEqualTo(guideId);
    }
}
