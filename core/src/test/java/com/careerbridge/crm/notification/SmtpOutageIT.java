package com.careerbridge.crm.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.careerbridge.crm.shared.ForbiddenException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmtpOutageIT extends SmtpIntegrationTestBase {

    @Test
    void while_smtp_is_down_messages_back_off_exponentially_then_fail_and_staff_can_send_them_again() {
        SMTP.stop();
        for (int i = 0; i < 3; i++) {
            enqueue(OutboundMail.now("outage:" + i, MailFixtures.koreanCandidate(100 + i, "o" + i + "@example.com"),
                    MailFixtures.reminder(), clock.instant()));
        }

        // Attempt 1 fails; every message gets a pause of 30-60 s (1 min ceiling, equal jitter).
        DispatchReport first = dispatcher.dispatchDue();
        assertThat(first.claimed()).isEqualTo(3);
        assertThat(first.retrying()).isEqualTo(3);
        assertPending(1, Duration.ofSeconds(30), Duration.ofMinutes(1));
        assertThat(jdbc.queryForList("select last_error from mail_outbox", String.class))
                .allSatisfy(error -> assertThat(error).startsWith("smtp-unavailable").doesNotContain("@"));

        clock.advance(Duration.ofSeconds(29));
        assertThat(dispatcher.dispatchDue().claimed()).as("nothing is due before the pause is over").isZero();

        // Attempts 2 and 3: the ceilings double to 2 and 4 minutes.
        Instant attemptTwo = clock.instant();
        clock.set(latestNextAttempt());
        assertThat(dispatcher.dispatchDue().retrying()).isEqualTo(3);
        assertPending(2, Duration.ofMinutes(1), Duration.ofMinutes(2));
        assertThat(attemptTwo).isBefore(clock.instant());
        clock.set(latestNextAttempt());
        assertThat(dispatcher.dispatchDue().retrying()).isEqualTo(3);
        assertPending(3, Duration.ofMinutes(2), Duration.ofMinutes(4));

        // Attempt 4 is the last one allowed.
        clock.set(latestNextAttempt());
        assertThat(dispatcher.dispatchDue().failed()).isEqualTo(3);
        assertThat(jdbc.queryForList("select status from mail_outbox", String.class)).containsOnly("FAILED");
        clock.advance(Duration.ofDays(1));
        assertThat(dispatcher.dispatchDue().claimed()).as("failed messages wait for staff").isZero();

        assertThatThrownBy(() -> administration.listFailed(10)).isInstanceOf(ForbiddenException.class);
        signInAsStaff();
        List<OutboxEntry> failed = administration.listFailed(10);
        assertThat(failed).hasSize(3).allSatisfy(entry -> {
            assertThat(entry.status()).isEqualTo(OutboxStatus.FAILED);
            assertThat(entry.attempts()).isEqualTo(4);
            assertThat(entry.lastError()).startsWith("smtp-unavailable");
        });

        SMTP.start();
        failed.forEach(entry -> administration.retry(entry.id()));
        DispatchReport recovered = dispatcher.dispatchDue();

        assertThat(recovered.sent()).isEqualTo(3);
        assertThat(received()).hasSize(3);
        assertThat(received().stream().map(SmtpServer::messageId).distinct()).hasSize(3);
        assertThat(jdbc.queryForList("select status from mail_outbox", String.class)).containsOnly("SENT");
    }

    @Test
    void an_outage_in_the_middle_of_a_batch_delays_the_rest_and_after_recovery_each_mail_arrives_exactly_once() {
        int count = 30;
        inTransaction(() -> {
            for (int i = 0; i < count; i++) {
                outbox.enqueue(OutboundMail.now("mid:" + i, MailFixtures.englishCandidate(200 + i,
                        "m" + i + "@example.com"), MailFixtures.reminder(), clock.instant()));
            }
            return null;
        });
        AtomicInteger accepted = new AtomicInteger();
        hooks.afterSend = message -> {
            if (accepted.incrementAndGet() == 10) {
                SMTP.stop();
            }
        };

        DispatchReport duringOutage = dispatcher.dispatchDue();

        // Batch one (20): 10 sent, then the server is gone: its other 10 back off. Batch two is not even claimed.
        assertThat(duringOutage.sent()).isEqualTo(10);
        assertThat(duringOutage.retrying()).isEqualTo(10);
        assertThat(duringOutage.claimed()).isEqualTo(20);
        assertThat(received()).hasSize(10);

        SMTP.start();
        clock.advance(Duration.ofMinutes(1));
        DispatchReport afterRecovery = dispatcher.dispatchDue();

        assertThat(afterRecovery.sent()).isEqualTo(count - 10);
        List<MimeMessage> all = received();
        assertThat(all).hasSize(count);
        assertThat(all.stream().map(SmtpServer::messageId).distinct()).hasSize(count);
        assertThat(jdbc.queryForList("select status from mail_outbox", String.class)).containsOnly("SENT");
    }

    @Test
    void staff_read_what_was_sent_and_cannot_retry_a_message_that_did_not_fail() {
        enqueue(OutboundMail.now("ok", MailFixtures.koreanCandidate(300, "fine@example.com"),
                MailFixtures.reminder(), clock.instant()));
        dispatcher.dispatchDue();
        signInAsStaff();
        long id = jdbc.queryForObject("select id from mail_outbox where message_key = 'ok'", Long.class);

        assertThatThrownBy(() -> administration.retry(id))
                .isInstanceOf(com.careerbridge.crm.shared.ConflictException.class);
        assertThatThrownBy(() -> administration.retry(-1))
                .isInstanceOf(com.careerbridge.crm.shared.NotFoundException.class);
        assertThat(administration.find(id).text()).contains("소요 시간: 60분");
    }

    private void assertPending(int attempts, Duration minPause, Duration maxPause) {
        Instant now = clock.instant();
        List<java.util.Map<String, Object>> rows = jdbc.queryForList(
                "select status, attempts, next_attempt_at from mail_outbox");
        assertThat(rows).hasSize(3).allSatisfy(row -> {
            assertThat(row.get("status")).isEqualTo("PENDING");
            assertThat(row.get("attempts")).isEqualTo(attempts);
            Instant next = ((java.sql.Timestamp) row.get("next_attempt_at")).toInstant();
            assertThat(next).isBetween(now.plus(minPause), now.plus(maxPause));
        });
    }

    private Instant latestNextAttempt() {
        return jdbc.queryForObject("select max(next_attempt_at) from mail_outbox", java.sql.Timestamp.class)
                .toInstant();
    }
}
