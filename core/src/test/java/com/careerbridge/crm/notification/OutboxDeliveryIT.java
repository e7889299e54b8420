package com.careerbridge.crm.notification;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.IllegalTransactionStateException;

import static com.careerbridge.crm.notification.MailFixtures.CONSULTANCY;
import static com.careerbridge.crm.notification.MailFixtures.SEOUL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxDeliveryIT extends SmtpIntegrationTestBase {

    @Test
    void mail_is_only_planned_inside_the_transaction_of_the_change_that_causes_it() {
        OutboundMail mail = OutboundMail.now("reminder:1:x", MailFixtures.koreanCandidate(1, "a@example.com"),
                MailFixtures.reminder(), clock.instant());

        assertThatThrownBy(() -> outbox.enqueue(mail)).isInstanceOf(IllegalTransactionStateException.class);

        transactions.executeWithoutResult(status -> {
            outbox.enqueue(mail);
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox", Integer.class)).isZero();
        assertThat(dispatcher.dispatchDue().claimed()).isZero();
        assertThat(received()).isEmpty();
    }

    @Test
    void the_same_key_is_planned_once_and_a_second_enqueue_reports_the_duplicate() {
        OutboundMail first = OutboundMail.now("reminder:7:2026-11-30T06:00:00Z",
                MailFixtures.koreanCandidate(7, "first@example.com"), MailFixtures.reminder(), clock.instant());
        OutboundMail again = OutboundMail.now("reminder:7:2026-11-30T06:00:00Z",
                MailFixtures.englishCandidate(7, "second@example.com"), MailFixtures.reminder(), clock.instant());

        EnqueueResult planned = enqueue(first);
        EnqueueResult duplicate = enqueue(again);

        assertThat(planned.duplicate()).isFalse();
        assertThat(planned.outboxId()).isNotNull();
        assertThat(duplicate.duplicate()).isTrue();
        assertThat(duplicate.outboxId()).isNull();
        dispatcher.dispatchDue();
        assertThat(received()).singleElement().satisfies(message ->
                assertThat(message.getAllRecipients()[0].toString()).contains("first@example.com"));
    }

    @Test
    void real_mails_arrive_in_korean_and_english_with_stable_message_id_unsubscribe_headers_and_two_alternatives()
            throws Exception {
        enqueue(OutboundMail.now("reminder:11:a", MailFixtures.koreanCandidate(11, "seoyeon@example.com"),
                MailFixtures.reminder(), clock.instant()));
        enqueue(OutboundMail.now("reminder:12:a", MailFixtures.englishCandidate(12, "jane@example.com"),
                MailFixtures.reminder(), clock.instant()));

        DispatchReport report = dispatcher.dispatchDue();

        assertThat(report.sent()).isEqualTo(2);
        assertThat(received()).hasSize(2);
        MimeMessage korean = receivedFor("seoyeon@example.com");
        MimeMessage english = receivedFor("jane@example.com");

        assertThat(korean.getSubject()).isEqualTo("[" + CONSULTANCY + "] 코칭 세션 알림: 2026년 11월 30일 (월) 오후 3:00");
        assertThat(english.getSubject())
                .isEqualTo("[" + CONSULTANCY + "] Reminder: coaching session on Mon, 30 Nov 2026, 3:00 PM KST");
        assertThat(((InternetAddress) korean.getFrom()[0]).getPersonal()).isEqualTo(CONSULTANCY);
        assertThat(((InternetAddress) korean.getFrom()[0]).getAddress()).isEqualTo("no-reply@careerbridge.test");
        assertThat(((InternetAddress) korean.getRecipients(Message.RecipientType.TO)[0]).getPersonal())
                .isEqualTo("박서연");

        assertThat(korean.getMessageID()).isEqualTo(Outbox.messageIdFor("reminder:11:a", "careerbridge.test"))
                .matches("<[0-9a-f]{64}@careerbridge\\.test>");
        assertThat(english.getMessageID()).isEqualTo(Outbox.messageIdFor("reminder:12:a", "careerbridge.test"));

        String listUnsubscribe = korean.getHeader("List-Unsubscribe", null);
        assertThat(listUnsubscribe).startsWith("<" + MailFixtures.BASE_URL + "/api/v1/unsubscribe?token=").endsWith(">");
        String token = listUnsubscribe.substring(listUnsubscribe.indexOf("token=") + 6, listUnsubscribe.length() - 1);
        assertThat(unsubscribeTokens.verify(token)).hasValue(11);
        assertThat(korean.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(english.getHeader("List-Unsubscribe", null)).contains(unsubscribeTokens.issue(12));

        Alternatives koreanBody = alternatives(korean);
        assertThat(koreanBody.text()).contains("안녕하세요, 박서연님.").contains("일시: 2026년 11월 30일 (월) 오후 3:00")
                .contains("진행 상황 메일 수신 거부: " + MailFixtures.BASE_URL + "/unsubscribe?token=" + token);
        assertThat(koreanBody.html()).contains("<strong>2026년 11월 30일 (월) 오후 3:00</strong>")
                .contains("href=\"" + MailFixtures.BASE_URL + "/unsubscribe?token=" + token + "\"");
        Alternatives englishBody = alternatives(english);
        assertThat(englishBody.text()).contains("Hello Jane Doe,").contains("When: Mon, 30 Nov 2026, 3:00 PM KST");
        assertThat(englishBody.html()).contains("Your coaching session with <span>김민지</span> is coming up.");

        assertThat(statusOf("reminder:11:a")).isEqualTo(OutboxStatus.SENT);
        assertThat(jdbc.queryForObject("select subject from mail_outbox where message_key = 'reminder:11:a'",
                String.class)).isEqualTo(korean.getSubject());
    }

    @Test
    void staff_mail_carries_no_unsubscribe_link_and_sent_credentials_are_not_kept_in_the_outbox() throws Exception {
        enqueue(OutboundMail.now("password-reset:5:1", MailRecipient.user(5, "consultant@example.com", "Minji Kim",
                        Locale.ENGLISH, SEOUL),
                MailFixtures.sampleOf(MailTemplate.PASSWORD_RESET), clock.instant()));

        dispatcher.dispatchDue();

        MimeMessage message = received().getFirst();
        assertThat(message.getHeader("List-Unsubscribe")).isNull();
        assertThat(alternatives(message).text()).contains("/reset-password?token=rst-456")
                .doesNotContain("Unsubscribe");
        assertThat(jdbc.queryForMap("select status, body_html, body_text, model::text as model from mail_outbox"))
                .containsEntry("status", "SENT").containsEntry("body_html", null).containsEntry("body_text", null)
                .containsEntry("model", "{}");
    }

    @Test
    void bad_data_is_skipped_with_a_reason_and_a_broken_template_fails_one_message_not_the_batch() {
        enqueue(OutboundMail.now("good:1", MailFixtures.koreanCandidate(21, "good1@example.com"),
                MailFixtures.reminder(), clock.instant()));
        enqueue(OutboundMail.now("no-address", MailFixtures.koreanCandidate(22, null), MailFixtures.reminder(),
                clock.instant()));
        enqueue(OutboundMail.now("bad-address", MailFixtures.koreanCandidate(23, "not an address"),
                MailFixtures.reminder(), clock.instant()));
        enqueue(OutboundMail.now("erased", MailFixtures.koreanCandidate(MailTestConfiguration.ERASED_RECIPIENT,
                "erased@example.com"), MailFixtures.reminder(), clock.instant()));
        enqueue(OutboundMail.now("broken-model", MailFixtures.koreanCandidate(24, "broken@example.com"),
                MailFixtures.reminder(), clock.instant()));
        enqueue(OutboundMail.now("good:2", MailFixtures.englishCandidate(25, "good2@example.com"),
                MailFixtures.reminder(), clock.instant()));
        // A model the template cannot use (here: a row written by an older version without the start time).
        jdbc.update("update mail_outbox set model = '{\"consultantName\":\"김민지\"}' where message_key = 'broken-model'");

        DispatchReport report = dispatcher.dispatchDue();

        assertThat(report).isEqualTo(new DispatchReport(6, 2, 0, 3, 0, 1, 0));
        assertThat(received()).hasSize(2);
        assertThat(jdbc.queryForList("select message_key || ' ' || status || ' ' || coalesce(last_error, '') "
                + "from mail_outbox order by id", String.class))
                .satisfiesExactly(
                        row -> assertThat(row).isEqualTo("good:1 SENT "),
                        row -> assertThat(row).isEqualTo("no-address SKIPPED no-address"),
                        row -> assertThat(row).isEqualTo("bad-address SKIPPED invalid-address"),
                        row -> assertThat(row).isEqualTo("erased SKIPPED recipient-erased"),
                        row -> assertThat(row).startsWith("broken-model FAILED template-error session-reminder"),
                        row -> assertThat(row).isEqualTo("good:2 SENT "));
    }

    @Test
    void a_message_waits_until_it_is_due_and_a_cancelled_one_never_goes() {
        enqueue(new OutboundMail("reminder:31:later", MailFixtures.koreanCandidate(31, "later@example.com"),
                MailFixtures.reminder(), clock.instant().plus(Duration.ofHours(1))));
        enqueue(new OutboundMail("reminder:32:cancelled", MailFixtures.koreanCandidate(32, "cancel@example.com"),
                MailFixtures.reminder(), clock.instant()));
        assertThat(inTransaction(() -> outbox.cancel("reminder:32:cancelled"))).isTrue();

        assertThat(dispatcher.dispatchDue().claimed()).isZero();
        clock.advance(Duration.ofMinutes(59));
        assertThat(dispatcher.dispatchDue().claimed()).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(dispatcher.dispatchDue().sent()).isEqualTo(1);

        assertThat(received()).singleElement().satisfies(message ->
                assertThat(message.getAllRecipients()[0].toString()).contains("later@example.com"));
        assertThat(statusOf("reminder:32:cancelled")).isEqualTo(OutboxStatus.CANCELLED);
        assertThat(inTransaction(() -> outbox.cancel("reminder:31:later"))).isFalse();
    }

    @Test
    void forgetting_a_recipient_skips_their_pending_mail_and_wipes_their_data() {
        enqueue(OutboundMail.now("sent-before", MailFixtures.koreanCandidate(41, "gone@example.com"),
                MailFixtures.reminder(), clock.instant()));
        dispatcher.dispatchDue();
        enqueue(new OutboundMail("still-pending", MailFixtures.koreanCandidate(41, "gone@example.com"),
                MailFixtures.reminder(), clock.instant().plus(Duration.ofHours(2))));
        enqueue(new OutboundMail("someone-else", MailFixtures.koreanCandidate(42, "stays@example.com"),
                MailFixtures.reminder(), clock.instant().plus(Duration.ofHours(2))));

        assertThat(inTransaction(() -> outbox.forgetRecipient(RecipientKind.CANDIDATE, 41))).isEqualTo(1);

        assertThat(statusOf("still-pending")).isEqualTo(OutboxStatus.SKIPPED);
        assertThat(statusOf("someone-else")).isEqualTo(OutboxStatus.PENDING);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient_id = 41 and "
                + "(recipient_address is not null or recipient_name is not null or body_text is not null "
                + "or model::text <> '{}')", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox m where m::text like '%gone@example.com%'", Integer.class)).isZero();
    }

    @Test
    void the_duplicate_window_is_one_commit_right_after_the_servers_acceptance() throws Exception {
        int count = 200;
        inTransaction(() -> {
            for (int i = 0; i < count; i++) {
                outbox.enqueue(OutboundMail.now("window:" + i, MailFixtures.koreanCandidate(1000 + i,
                        "w" + i + "@example.com"), MailFixtures.reminder(), clock.instant()));
            }
            return null;
        });
        CommitWatcher watcher = new CommitWatcher(jdbc.getDataSource());
        List<String> notCommittedWhenNextSendStarted = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.ConcurrentHashMap<String, Long> acceptedAt = new java.util.concurrent.ConcurrentHashMap<>();
        hooks.beforeSend = message -> {
            // Structural half: before the next SMTP conversation starts, every accepted mail is committed as SENT
            // (read through another connection, so only committed rows count).
            java.util.Set<String> sent = new java.util.HashSet<>(jdbc.queryForList(
                    "select message_id from mail_outbox where status = 'SENT'", String.class));
            acceptedAt.keySet().stream().filter(id -> !sent.contains(id)).forEach(notCommittedWhenNextSendStarted::add);
        };
        hooks.afterSend = message -> acceptedAt.put(SmtpServer.messageId(message), System.nanoTime());

        watcher.start();
        DispatchReport report = dispatcher.dispatchDue();
        watcher.stopAndWait(acceptedAt.keySet());

        assertThat(report.sent()).isEqualTo(count);
        assertThat(notCommittedWhenNextSendStarted).isEmpty();
        long[] windowsMicros = acceptedAt.entrySet().stream()
                .mapToLong(e -> Math.max(0, watcher.firstSeenNanos(e.getKey()) - e.getValue()) / 1_000)
                .sorted().toArray();
        long p50 = windowsMicros[count / 2];
        long p99 = windowsMicros[count * 99 / 100];
        long max = windowsMicros[count - 1];
        System.out.printf("Duplicate window (SMTP acceptance -> SENT visible to another connection) over %d mails: "
                + "p50 %d µs, p99 %d µs, max %d µs (includes the watcher's polling delay)%n", count, p50, p99, max);
        // Generous bounds: the build machine is shared and the watcher polls; the strict guarantee is the check above.
        assertThat(p50).as("median window in µs").isLessThan(50_000);
        assertThat(max).as("longest window in µs").isLessThan(2_000_000);
    }

    private MimeMessage receivedFor(String address) {
        return received().stream().filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().contains(address);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
    }

    record Alternatives(String text, String html) {
    }

    static Alternatives alternatives(MimeMessage message) throws Exception {
        assertThat(message.getContentType()).startsWith("multipart/alternative");
        MimeMultipart multipart = (MimeMultipart) message.getContent();
        assertThat(multipart.getCount()).isEqualTo(2);
        BodyPart text = multipart.getBodyPart(0);
        BodyPart html = multipart.getBodyPart(1);
        assertThat(text.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(html.getContentType()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
        return new Alternatives(content(text), content(html));
    }

    private static String content(BodyPart part) throws Exception {
        Object content = part.getContent();
        if (content instanceof String string) {
            return string;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part.getDataHandler().writeTo(out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
