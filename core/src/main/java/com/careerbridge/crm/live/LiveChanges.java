package com.careerbridge.crm.live;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

import com.careerbridge.crm.shared.ForOtherFeatures;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The instance's end of the PostgreSQL channel {@value #CHANNEL}: one virtual thread owns one dedicated connection
 * ({@link LiveConnections}), LISTENs on it, sends this instance's committed changes as {@code pg_notify} and hands
 * every notification — its own and those of every other instance — to the subscribers. PostgreSQL delivers a NOTIFY to
 * every listening session of the database, so the round trip is what both this and the other instances see; nothing
 * else is delivered locally.
 *
 * <p>When the database goes away (restart, outage, the connection killed), the thread closes the connection and opens a
 * new one with a growing pause (0.25 s doubling up to 5 s), LISTENs again and carries on; changes committed meanwhile
 * wait in a bounded queue and are sent then. Notifications sent while no connection listened are lost — a live screen
 * misses a refresh, never data. Subscribers are called on the listening thread and must only hand the change on
 * (queue it, {@code UI.access}); a failing subscriber is logged and does not stop the others.
 */
@Component
public class LiveChanges implements SmartLifecycle {

    public static final String CHANNEL = "careerbridge_live";

    private static final Logger log = LoggerFactory.getLogger(LiveChanges.class);
    private static final int POLL_MILLIS = 100;
    private static final int OUTGOING_LIMIT = 10_000;
    private static final Duration PROBE_EVERY = Duration.ofSeconds(15);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    /** Removes a subscription; removing twice is harmless. */
    @FunctionalInterface
    public interface Registration {
        void remove();
    }

    private final LiveConnections connections;
    private final List<Consumer<LiveChange>> subscribers = new CopyOnWriteArrayList<>();
    private final LinkedBlockingQueue<LiveChange> outgoing = new LinkedBlockingQueue<>(OUTGOING_LIMIT);
    private volatile boolean running;
    private volatile boolean listening;
    private volatile Thread thread;
    private volatile Connection connection;

    LiveChanges(LiveConnections connections) {
        this.connections = connections;
    }

    /**
     * Calls {@code listener} with every committed change on any instance until the registration is removed — about
     * every candidate: front ends open a {@link LiveFeed}, which passes on only what the signed-in person may see.
     */
    @ForOtherFeatures
    public Registration subscribe(Consumer<LiveChange> listener) {
        subscribers.add(listener);
        return () -> subscribers.remove(listener);
    }

    /** Whether the instance is listening right now (false while the database is away). */
    public boolean isListening() {
        return listening;
    }

    /** Queues a committed change for the channel; when the queue is full (a long outage) the oldest is dropped. */
    void announce(LiveChange change) {
        while (!outgoing.offer(change)) {
            outgoing.poll();
        }
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofVirtual().name("careerbridge-live").start(this::run);
    }

    @Override
    public synchronized void stop() {
        running = false;
        Thread current = thread;
        thread = null;
        if (current != null) {
            try {
                // A poll ends within 100 ms and the loop then sends what is still queued; only a pause between
                // reconnection attempts needs waking up (an interrupt would also close a socket in use).
                if (!current.join(Duration.ofSeconds(1))) {
                    current.interrupt();
                    current.join(Duration.ofSeconds(5));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeQuietly();
    }

    /**
     * Started before and stopped after the web server (whose graceful shutdown is at {@code DEFAULT_PHASE - 1024}), so
     * that changes committed by requests finishing during the shutdown are still sent.
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        Duration pause = FIRST_PAUSE;
        while (running) {
            try {
                connect();
                pause = FIRST_PAUSE;
                loop();
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                log.warn("Live changes: the listening connection failed ({}); trying again in {} ms", e.getMessage(),
                        pause.toMillis());
            } finally {
                listening = false;
                closeQuietly();
            }
            if (!sleep(pause)) {
                break;
            }
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }

    private void connect() throws SQLException {
        Connection opened = connections.open();
        connection = opened;
        try (Statement statement = opened.createStatement()) {
            statement.execute("listen " + CHANNEL);
        }
        listening = true;
        log.info("Live changes: listening on {}", CHANNEL);
    }

    private void loop() throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        long lastContact = System.nanoTime();
        while (running) {
            send();
            PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
            if (notifications != null && notifications.length > 0) {
                lastContact = System.nanoTime();
                deliver(notifications);
            } else if (System.nanoTime() - lastContact > PROBE_EVERY.toNanos()) {
                // No traffic: make sure the server is still there (a silently dropped connection never reports).
                try (Statement statement = connection.createStatement()) {
                    statement.execute("select 1");
                }
                lastContact = System.nanoTime();
            }
        }
        send();
    }

    private void send() throws SQLException {
        if (outgoing.isEmpty()) {
            return;
        }
        Set<LiveChange> batch = new LinkedHashSet<>();
        LiveChange next;
        while (batch.size() < 500 && (next = outgoing.peek()) != null) {
            batch.add(next);
            outgoing.poll();
        }
        try (PreparedStatement statement = connection.prepareStatement("select pg_notify(?, ?)")) {
            for (LiveChange change : batch) {
                statement.setString(1, CHANNEL);
                statement.setString(2, change.toJson());
                statement.execute();
            }
        } catch (SQLException e) {
            // Not sent: back to the queue for the next connection (order does not matter, content is re-read anyway).
            batch.forEach(this::announce);
            throw e;
        }
    }

    private void deliver(PGNotification[] notifications) {
        List<LiveChange> changes = new ArrayList<>(notifications.length);
        for (PGNotification notification : notifications) {
            if (CHANNEL.equals(notification.getName())) {
                LiveChange change = LiveChange.fromJson(notification.getParameter());
                if (change != null) {
                    changes.add(change);
                }
            }
        }
        for (LiveChange change : changes) {
            for (Consumer<LiveChange> subscriber : subscribers) {
                try {
                    subscriber.accept(change);
                } catch (RuntimeException e) {
                    log.warn("Live changes: a subscriber failed on {}", change, e);
                }
            }
        }
    }

    private boolean sleep(Duration pause) {
        try {
            Thread.sleep(pause);
            return running;
        } catch (InterruptedException e) {
            return false;
        }
    }

    private void closeQuietly() {
        Connection current = connection;
        connection = null;
        if (current != null) {
            try {
                current.close();
            } catch (SQLException | RuntimeException ignored) {
                // already broken or closed
            }
        }
    }
}
