package com.careerbridge.crm.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.careerbridge.crm.shared.ChangeNotice;
import com.careerbridge.testsupport.CoreIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Changes travel through PostgreSQL's LISTEN/NOTIFY: committed ones arrive, rolled-back ones never, outages heal. */
@CoreIntegrationTest
class LiveChangesIT {

    private static final AtomicLong IDS = new AtomicLong(900_000_000L);

    @Autowired LiveChanges changes;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;
    @Value("${spring.datasource.url}") String url;
    @Value("${spring.datasource.username}") String username;
    @Value("${spring.datasource.password}") String password;

    private final LinkedBlockingQueue<LiveChange> received = new LinkedBlockingQueue<>();
    private LiveChanges.Registration registration;

    @BeforeEach
    void subscribe() throws InterruptedException {
        registration = changes.subscribe(received::add);
        awaitListening();
    }

    @AfterEach
    void unsubscribe() {
        registration.remove();
    }

    @Test
    void aCommittedNoticeReachesTheSubscriberWithinTwoSeconds() throws Exception {
        long candidateId = IDS.incrementAndGet();
        long start = System.nanoTime();
        transactions.executeWithoutResult(status -> events.publishEvent(new ChangeNotice(candidateId, "messages")));

        LiveChange change = next(candidateId, Duration.ofSeconds(2));
        assertThat(change).isEqualTo(new LiveChange(candidateId, "messages"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aRolledBackNoticeNeverArrives() throws Exception {
        long rolledBack = IDS.incrementAndGet();
        long committed = IDS.incrementAndGet();
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new ChangeNotice(rolledBack, "documents"));
            status.setRollbackOnly();
        });
        // A later committed change arrives, and the rolled-back one never came before it nor comes after it.
        transactions.executeWithoutResult(status -> events.publishEvent(new ChangeNotice(committed, "documents")));
        assertThat(next(committed, Duration.ofSeconds(2))).isNotNull();
        assertThat(next(rolledBack, Duration.ofMillis(700))).isNull();
    }

    @Test
    void aNotifyFromAnotherInstanceReachesTheSubscriber() throws Exception {
        long candidateId = IDS.incrementAndGet();
        try (Connection other = DriverManager.getConnection(url, username, password);
             Statement statement = other.createStatement()) {
            statement.execute("select pg_notify('careerbridge_live', '{\"candidateId\":" + candidateId
                    + ",\"kind\":\"messages\"}')");
        }
        assertThat(next(candidateId, Duration.ofSeconds(2))).isEqualTo(new LiveChange(candidateId, "messages"));
    }

    @Test
    void afterTheListeningConnectionIsKilledItReconnectsAndDeliversAgain() throws Exception {
        List<Integer> before = listeningBackends();
        assertThat(before).hasSize(1);
        int killed = before.getFirst();
        // pg_terminate_backend only signals the backend; with a timeout it waits until the process has gone, so the
        // old backend can no longer be mistaken for the new connection.
        assertThat(jdbc.queryForObject("select pg_terminate_backend(?, 5000)", Boolean.class, killed)).isTrue();

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<Integer> after = listeningBackends();
        while (System.nanoTime() < deadline && after.isEmpty()) {
            Thread.sleep(50);
            after = listeningBackends();
        }
        assertThat(after).as("a new listening connection").hasSize(1).doesNotContain(killed);
        awaitListening();

        long candidateId = IDS.incrementAndGet();
        transactions.executeWithoutResult(status -> events.publishEvent(new ChangeNotice(candidateId, "messages")));
        assertThat(next(candidateId, Duration.ofSeconds(2))).isEqualTo(new LiveChange(candidateId, "messages"));
    }

    private List<Integer> listeningBackends() {
        return jdbc.queryForList("""
                select pid from pg_stat_activity
                where datname = current_database() and application_name = 'careerbridge-live'""", Integer.class);
    }

    private void awaitListening() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!changes.isListening() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(changes.isListening()).as("listening").isTrue();
    }

    /** The first change for this candidate within the time, skipping others (other tests' and timeline events). */
    private LiveChange next(long candidateId, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            LiveChange change = received.poll(left, TimeUnit.NANOSECONDS);
            if (change == null) {
                return null;
            }
            if (change.candidateId() == candidateId) {
                return change;
            }
        }
    }
}
