package com.careerbridge.crm.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import com.careerbridge.testsupport.CoreTestApplication;
import com.careerbridge.testsupport.TestPostgres;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Two application instances (two Spring contexts) on one database and one SMTP server, dispatching at once. */
class TwoDispatchersIT {

    private static final int MESSAGES = 1_000;

    private static SmtpServer smtp;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() {
        TestPostgres.Database database = TestPostgres.newDatabase();
        int port = SmtpServer.freePort();
        smtp = SmtpServer.on(port);
        first = instance(database, port);
        second = instance(database, port);
    }

    @AfterAll
    static void stop() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
        smtp.stop();
    }

    private static ConfigurableApplicationContext instance(TestPostgres.Database database, int smtpPort) {
        return new SpringApplicationBuilder(CoreTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties(
                        "spring.datasource.url=" + database.url(),
                        "spring.datasource.username=" + database.username(),
                        "spring.datasource.password=" + (database.password() == null ? "" : database.password()),
                        "spring.datasource.hikari.maximum-pool-size=5",
                        "spring.mail.host=127.0.0.1",
                        "spring.mail.port=" + smtpPort,
                        "careerbridge.mail.from-address=no-reply@careerbridge.test",
                        "careerbridge.mail.dispatch.batch-size=25")
                .run();
    }

    @Test
    void each_of_a_thousand_messages_is_received_exactly_once() throws Exception {
        Outbox outbox = first.getBean(Outbox.class);
        TransactionTemplate transactions = first.getBean(TransactionTemplate.class);
        Instant now = Instant.now();
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < MESSAGES; i++) {
                outbox.enqueue(OutboundMail.now("two:" + i, MailFixtures.koreanCandidate(i + 1,
                        "c" + (i % 10) + "@example.com"), MailFixtures.reminder(), now));
            }
        });

        CountDownLatch start = new CountDownLatch(1);
        List<Integer> sentPerInstance;
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> runs = new ArrayList<>();
            for (ConfigurableApplicationContext instance : List.of(first, second)) {
                MailDispatcher dispatcher = instance.getBean(MailDispatcher.class);
                runs.add(threads.submit(() -> {
                    start.await();
                    int sent = 0;
                    DispatchReport report;
                    do {
                        report = dispatcher.dispatchDue();
                        sent += report.sent();
                    } while (report.claimed() > 0);
                    return sent;
                }));
            }
            start.countDown();
            sentPerInstance = new ArrayList<>();
            for (Future<Integer> run : runs) {
                sentPerInstance.add(run.get());
            }
        }

        System.out.println("Messages sent per instance: " + sentPerInstance);
        assertThat(sentPerInstance).allSatisfy(sent -> assertThat(sent).as("both instances did work").isPositive());
        assertThat(sentPerInstance.stream().mapToInt(Integer::intValue).sum()).isEqualTo(MESSAGES);

        List<MimeMessage> received = smtp.received();
        var perMessageId = received.stream()
                .collect(Collectors.groupingBy(SmtpServer::messageId, Collectors.counting()));
        assertThat(received).hasSize(MESSAGES);
        assertThat(perMessageId).hasSize(MESSAGES);
        assertThat(perMessageId.values()).containsOnly(1L);
        assertThat(perMessageId.keySet()).containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.range(0, MESSAGES).mapToObj(i -> Outbox.messageIdFor("two:" + i,
                        "careerbridge.test")).toList());
        assertThat(first.getBean(JdbcTemplate.class).queryForList(
                "select status from mail_outbox group by status", String.class)).containsExactly("SENT");
    }
}
