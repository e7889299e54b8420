package com.careerbridge.crm.notification;

import java.time.Clock;
import java.util.OptionalLong;

import javax.sql.DataSource;

import com.careerbridge.testsupport.CoreIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default: no spring.mail.host, so nothing is sent and nothing is lost either. */
@CoreIntegrationTest
@RecordApplicationEvents
@ExtendWith(OutputCaptureExtension.class)
class MailWithoutSmtpIT {

    @Autowired
    Outbox outbox;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    OutboxAdministration administration;

    @Autowired
    UnsubscribeTokens tokens;

    @Autowired
    Unsubscriptions unsubscriptions;

    @Autowired
    MailSettings settings;

    @Autowired
    DataSource dataSource;

    @Autowired
    Clock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void without_smtp_mail_is_captured_with_its_rendered_content_and_logged_without_the_address(CapturedOutput output) {
        // The database is shared with the other core tests: this test's mail has a key of its own.
        String key = "invite:without-smtp:" + System.nanoTime();
        transactions.executeWithoutResult(status -> outbox.enqueue(OutboundMail.now(key,
                MailFixtures.koreanCandidate(1, "secret.person@example.com"),
                MailFixtures.sampleOf(MailTemplate.INVITATION), clock.instant())));

        DispatchReport report = dispatcher.dispatchDue();

        assertThat(report.captured()).isPositive();
        assertThat(report.sent()).isZero();
        assertThat(jdbc.queryForObject("select status from mail_outbox where message_key = ?", String.class, key))
                .isEqualTo("CAPTURED");
        SmtpIntegrationTestBase.signInAsStaff();
        try {
            OutboxEntry entry = administration.list(OutboxStatus.CAPTURED, 10).getFirst();
            StoredMail mail = administration.find(entry.id());
            assertThat(mail.entry().subject()).contains("계정이 준비되었습니다");
            assertThat(mail.text()).contains("/set-password?token=inv-123").contains("안녕하세요, 박서연님.");
            assertThat(mail.html()).contains("비밀번호 설정하기");
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        assertThat(output.getAll()).contains("captured in the outbox").doesNotContain("secret.person")
                .doesNotContain("@example.com");
    }

    @Test
    void the_generated_unsubscribe_key_is_kept_in_the_database_so_links_survive_a_restart(
            ApplicationEvents events) {
        String token = tokens.issue(99);

        assertThat(jdbc.queryForObject("select count(*) from mail_secret", Integer.class)).isEqualTo(1);
        UnsubscribeTokens afterRestart = new UnsubscribeTokens(new SigningKey(settings, dataSource, clock), settings);
        assertThat(afterRestart.verify(token)).isEqualTo(OptionalLong.of(99));

        OptionalLong genuine = transactions.execute(status -> unsubscriptions.unsubscribe(token));
        OptionalLong forged = transactions.execute(status -> unsubscriptions.unsubscribe(token + "x"));
        assertThat(genuine).hasValue(99);
        assertThat(forged).isEmpty();
        assertThat(events.stream(ProgressEmailsUnsubscribed.class)).singleElement()
                .satisfies(event -> assertThat(event.candidateId()).isEqualTo(99));
    }
}
