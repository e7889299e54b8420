package com.careerbridge.crm.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.careerbridge.testsupport.CoreTestApplication;
import com.careerbridge.testsupport.TestPostgres;
import jakarta.mail.internet.MimeMessage;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a test: measures how many mails per second the dispatcher gets through, end to end (claim, render both
 * languages' templates, compose, SMTP to a local GreenMail, commit per message), on a real PostgreSQL.
 * <pre>
 * ./mvnw -q -pl core test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.careerbridge.crm.notification.MailDispatchBenchmark \
 *     -Dexec.args="10000 2"          # messages, dispatcher threads (default 10000 2)
 * </pre>
 */
public final class MailDispatchBenchmark {

    private MailDispatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        TestPostgres.Database database = TestPostgres.newDatabase();
        int port = SmtpServer.freePort();
        SmtpServer smtp = SmtpServer.on(port);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CoreTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties(
                        "spring.datasource.url=" + database.url(),
                        "spring.datasource.username=" + database.username(),
                        "spring.datasource.password=" + (database.password() == null ? "" : database.password()),
                        "spring.mail.host=127.0.0.1",
                        "spring.mail.port=" + port,
                        "careerbridge.mail.base-url=https://crm.careerbridge.test",
                        "careerbridge.mail.from-address=no-reply@careerbridge.test",
                        "careerbridge.mail.dispatch.batch-size=50",
                        "logging.level.root=WARN")
                .run()) {
            Outbox outbox = context.getBean(Outbox.class);
            MailDispatcher dispatcher = context.getBean(MailDispatcher.class);
            TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
            Instant now = Instant.now();
            for (int start = 0; start < messages; start += 1_000) {
                int from = start;
                transactions.executeWithoutResult(status -> {
                    for (int i = from; i < Math.min(messages, from + 1_000); i++) {
                        // A few mailboxes only: GreenMail looks users up linearly, and with 10,000 distinct ones
                        // the sink itself would be what is measured.
                        String address = "candidate" + (i % 20) + "@example.com";
                        MailRecipient recipient = i % 2 == 0
                                ? MailFixtures.koreanCandidate(i + 1, address)
                                : MailFixtures.englishCandidate(i + 1, address);
                        outbox.enqueue(OutboundMail.now("bench:" + i, recipient, MailFixtures.reminder(), now));
                    }
                });
            }
            System.out.printf("Enqueued %d messages; dispatching with %d thread(s), batch size 50...%n", messages,
                    threads);

            AtomicInteger sent = new AtomicInteger();
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpuBefore = os.getProcessCpuTime();
            double loadBefore = os.getSystemLoadAverage();
            long began = System.nanoTime();
            try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
                List<Future<?>> runs = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    runs.add(pool.submit(() -> {
                        DispatchReport report;
                        do {
                            report = dispatcher.dispatchDue();
                            sent.addAndGet(report.sent());
                        } while (report.claimed() > 0);
                    }));
                }
                for (Future<?> run : runs) {
                    run.get();
                }
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            double cpuSeconds = (os.getProcessCpuTime() - cpuBefore) / 1e9;

            List<MimeMessage> received = smtp.received();
            Set<String> distinct = new HashSet<>();
            received.forEach(message -> distinct.add(SmtpServer.messageId(message)));
            System.out.printf("Sent %d, received %d (%d distinct Message-IDs) in %.1f s: %.0f mails/s "
                            + "(%d cores, %d dispatcher thread(s))%n",
                    sent.get(), received.size(), distinct.size(), seconds, sent.get() / seconds,
                    Runtime.getRuntime().availableProcessors(), threads);
            // The machine may be shared: CPU time per mail (this JVM: dispatcher and GreenMail; not PostgreSQL) says
            // what the code costs independently of how much of the machine it got.
            System.out.printf("CPU time of this JVM: %.2f ms per mail; system load average %.1f before, %.1f after%n",
                    cpuSeconds * 1000 / Math.max(1, sent.get()), loadBefore, os.getSystemLoadAverage());
            System.out.println("Outbox by status: " + context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                    .queryForList("select status || ' ' || count(*) from mail_outbox group by status", String.class));
        } finally {
            smtp.stop();
        }
        System.exit(0);
    }
}
