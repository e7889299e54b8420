package com.careerbridge.crm.notification;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CrashRecoveryIT extends SmtpIntegrationTestBase {

    @Test
    void after_a_crash_mid_batch_the_claimed_but_unsent_messages_go_out_once_the_lease_expires_and_nothing_twice() {
        int count = 15;
        planReminders("crash", count);
        AtomicInteger sends = new AtomicInteger();
        hooks.beforeSend = message -> {
            if (sends.incrementAndGet() == 6) {
                throw new MailTestConfiguration.SimulatedCrash();
            }
        };

        assertThatThrownBy(dispatcher::dispatchDue).isInstanceOf(MailTestConfiguration.SimulatedCrash.class);
        hooks.reset();

        assertThat(received()).hasSize(5);
        assertThat(countByStatus("SENT")).isEqualTo(5);
        assertThat(countByStatus("SENDING")).as("claimed by the dead run").isEqualTo(10);

        // Another instance (or the restarted one) leaves them alone while the lease runs...
        clock.advance(Duration.ofMinutes(9));
        assertThat(dispatcher.dispatchDue().claimed()).isZero();

        // ...and takes them over once it expired.
        clock.advance(Duration.ofMinutes(1));
        DispatchReport recovery = dispatcher.dispatchDue();

        assertThat(recovery.claimed()).isEqualTo(10);
        assertThat(recovery.sent()).isEqualTo(10);
        assertThat(received()).hasSize(count);
        assertThat(received().stream().map(SmtpServer::messageId).distinct()).hasSize(count);
        assertThat(countByStatus("SENT")).isEqualTo(count);
        assertThat(jdbc.queryForList("select attempts from mail_outbox where message_key in "
                + "(select message_key from mail_outbox order by id offset 5)", Integer.class)).containsOnly(2);
    }

    @Test
    void a_run_whose_lease_would_run_out_gives_the_rest_of_its_batch_back_untried() {
        planReminders("lease", 8);
        AtomicInteger sends = new AtomicInteger();
        hooks.afterSend = message -> {
            if (sends.incrementAndGet() == 3) {
                // The run stalled (GC pause, slow server): less than one send timeout of the lease is left.
                clock.advance(Duration.ofMinutes(10).minus(Duration.ofSeconds(29)));
            }
        };

        DispatchReport stalled = dispatcher.dispatchDue();

        assertThat(stalled.sent()).isEqualTo(3);
        assertThat(stalled.released()).isEqualTo(5);
        assertThat(countByStatus("PENDING")).isEqualTo(5);
        assertThat(jdbc.queryForList("select attempts from mail_outbox where status = 'PENDING'", Integer.class))
                .as("a message given back untried has not used an attempt").containsOnly(0);

        hooks.reset();
        assertThat(dispatcher.dispatchDue().sent()).isEqualTo(5);
        assertThat(received()).hasSize(8);
        assertThat(received().stream().map(SmtpServer::messageId).distinct()).hasSize(8);
    }

    @Test
    void a_message_whose_sends_keep_killing_the_process_is_given_up_instead_of_looping_forever() {
        planReminders("poison", 1);
        // Four runs claimed it and died each time (max-attempts is 4 in these tests); the last lease has expired.
        jdbc.update("update mail_outbox set status = 'SENDING', attempts = 4, next_attempt_at = ?",
                java.sql.Timestamp.from(clock.instant().minusSeconds(1)));

        DispatchReport report = dispatcher.dispatchDue();

        assertThat(report.failed()).isEqualTo(1);
        assertThat(received()).isEmpty();
        assertThat(jdbc.queryForObject("select status || ' ' || last_error from mail_outbox", String.class))
                .isEqualTo("FAILED abandoned: claimed 5 times without an outcome");
    }

    private void planReminders(String prefix, int count) {
        inTransaction(() -> {
            for (int i = 0; i < count; i++) {
                outbox.enqueue(OutboundMail.now(prefix + ":" + i, MailFixtures.koreanCandidate(500 + i,
                        prefix + i + "@example.com"), MailFixtures.reminder(), clock.instant()));
            }
            return null;
        });
    }

    private int countByStatus(String status) {
        return jdbc.queryForObject("select count(*) from mail_outbox where status = ?", Integer.class, status);
    }
}
