package com.careerbridge.crm.messaging;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.testsupport.CoreIntegrationTest;
import com.careerbridge.testsupport.Fixtures;
import com.careerbridge.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The e-mail notice of unread messages: one per person per 15 minutes, none when the message was read in time, none at
 * night in the reader's zone, none to a candidate who did not agree to such mail, and one however many runs meet.
 */
@CoreIntegrationTest
@Import(MessageNoticeIT.Time.class)
class MessageNoticeIT {

    /** Noon in Seoul (the candidates' zone and the office's). */
    private static final Instant NOON_SEOUL = Instant.parse("2026-06-01T03:00:00Z");

    // Not a @TestConfiguration: CoreTestApplication's component scan would pick that up for every other test too.
    static class Time {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(NOON_SEOUL);
        }
    }

    @Autowired Fixtures fixtures;
    @Autowired Conversations conversations;
    @Autowired MessageNotices notices;
    @Autowired CandidateService candidates;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    private UserAccount consultant;
    private Candidate candidate;

    @BeforeEach
    void world() {
        clock.set(NOON_SEOUL);
        consultant = fixtures.consultant("Notice Consultant");
        candidate = consenting(fixtures.candidateWithLogin(consultant, "Notice Candidate"));
    }

    @Test
    void atMostOneNoticePerFifteenMinutesWithoutTheMessageText() {
        fixtures.as(candidate.getUserId(), () -> conversations.sendMine("My salary expectations are private", null));
        clock.advance(Duration.ofMinutes(10));
        notices.planDue();
        assertThat(noticesTo(consultant.getId())).isEmpty();

        clock.advance(Duration.ofMinutes(5));
        fixtures.as(candidate.getUserId(), () -> conversations.sendMine("And one more thing", null));
        notices.planDue();
        assertThat(noticesTo(consultant.getId())).hasSize(1);
        String model = jdbc.queryForObject("select model::text from mail_outbox where template = 'message-notice' "
                + "and recipient_kind = 'USER' and recipient_id = ?", String.class, consultant.getId());
        assertThat(model).contains("Notice Candidate", "/candidates/" + candidate.getId()).doesNotContain("salary");

        // The second message was told of with the first; a third, a minute later, waits for the next interval.
        clock.advance(Duration.ofMinutes(1));
        fixtures.as(candidate.getUserId(), () -> conversations.sendMine("Third", null));
        clock.advance(Duration.ofMinutes(10));
        notices.planDue();
        assertThat(noticesTo(consultant.getId())).hasSize(1);
        clock.advance(Duration.ofMinutes(5));
        notices.planDue();
        assertThat(noticesTo(consultant.getId())).hasSize(2);
        // Nothing left to tell.
        clock.advance(Duration.ofMinutes(30));
        notices.planDue();
        assertThat(noticesTo(consultant.getId())).hasSize(2);
    }

    @Test
    void noNoticeWhenTheMessageIsReadInTime() {
        ConversationMessage message = fixtures.as(candidate.getUserId(), () -> conversations.sendMine("Quick one", null));
        clock.advance(Duration.ofMinutes(5));
        fixtures.as(consultant, () -> conversations.markRead(candidate.getId(), message.id()));
        clock.advance(Duration.ofMinutes(20));
        notices.planDue();
        assertThat(noticesTo(consultant.getId())).isEmpty();
    }

    @Test
    void theCandidateIsToldOfTheStaffsMessagesWithALinkToThePortalButNotAtNight() {
        // 22:00 in Seoul
        clock.set(NOON_SEOUL.plus(Duration.ofHours(10)));
        fixtures.as(consultant, () -> conversations.send(candidate.getId(), "Your CV looks good", null));
        clock.advance(Duration.ofMinutes(20));
        notices.planDue();
        assertThat(candidateNotices(candidate.getId())).isEmpty();

        // 08:05 the next morning, still unread: now it goes
        clock.set(NOON_SEOUL.plus(Duration.ofHours(20)).plus(Duration.ofMinutes(5)));
        notices.planDue();
        assertThat(candidateNotices(candidate.getId())).hasSize(1);
        String model = jdbc.queryForObject("select model::text from mail_outbox where template = 'message-notice' "
                + "and recipient_kind = 'CANDIDATE' and recipient_id = ?", String.class, candidate.getId());
        assertThat(model).contains("Notice Consultant", "/portal").doesNotContain("CV looks good");
    }

    @Test
    void noNoticeToACandidateWithoutConsent() {
        Candidate unwilling = fixtures.candidateWithLogin(consultant, "No Mail Please");
        fixtures.as(consultant, () -> conversations.send(unwilling.getId(), "Hello", null));
        clock.advance(Duration.ofMinutes(20));
        notices.planDue();
        assertThat(candidateNotices(unwilling.getId())).isEmpty();
    }

    @Test
    void exactlyOnceWhenTheJobRunsTwiceAtTheSameTime() throws Exception {
        fixtures.as(candidate.getUserId(), () -> conversations.sendMine("Are you there?", null));
        clock.advance(Duration.ofMinutes(16));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> run = notices::planDue;
            List<Future<Integer>> runs = pool.invokeAll(List.of(run, run));
            for (Future<Integer> future : runs) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        notices.planDue();
        assertThat(noticesTo(consultant.getId())).hasSize(1);
    }

    private Candidate consenting(Candidate candidate) {
        return fixtures.as(consultant, () -> candidates.changeEmailPreferences(candidate.getId(),
                candidates.get(candidate.getId()).getVersion(), true, DayOfWeek.MONDAY, LocalTime.of(9, 0)));
    }

    private List<String> noticesTo(long userId) {
        return jdbc.queryForList("""
                select message_key from mail_outbox
                where template = 'message-notice' and recipient_kind = 'USER' and recipient_id = ?""",
                String.class, userId);
    }

    private List<String> candidateNotices(long candidateId) {
        return jdbc.queryForList("""
                select message_key from mail_outbox
                where template = 'message-notice' and recipient_kind = 'CANDIDATE' and recipient_id = ?""",
                String.class, candidateId);
    }
}
