package com.careerbridge.crm.notification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

/**
 * Watches the outbox from a connection of its own and notes when each message first shows up as SENT, i.e. when its
 * commit became visible to the rest of the world. Polls as fast as it can; its delay is part of what it measures.
 */
final class CommitWatcher {

    private final DataSource dataSource;
    private final Map<String, Long> firstSeen = new ConcurrentHashMap<>();
    private volatile boolean stop;
    private Thread thread;
    private volatile Exception failure;

    CommitWatcher(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void start() {
        thread = Thread.ofPlatform().name("commit-watcher").start(this::watch);
    }

    private void watch() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select message_id from mail_outbox where status = 'SENT' and sent_at is not null")) {
            connection.setAutoCommit(true);
            while (!stop) {
                try (ResultSet rs = query.executeQuery()) {
                    long now = System.nanoTime();
                    while (rs.next()) {
                        firstSeen.putIfAbsent(rs.getString(1), now);
                    }
                }
                // A short pause leaves the two cores to the dispatcher, SMTP server and database being measured.
                java.util.concurrent.locks.LockSupport.parkNanos(200_000);
            }
        } catch (SQLException e) {
            failure = e;
        }
    }

    /** Waits until all the given messages were seen (or a few seconds passed), then stops. */
    void stopAndWait(Collection<String> messageIds) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!firstSeen.keySet().containsAll(messageIds) && System.nanoTime() < deadline && failure == null) {
            Thread.sleep(5);
        }
        stop = true;
        thread.join();
        if (failure != null) {
            throw new IllegalStateException("The commit watcher failed", failure);
        }
    }

    long firstSeenNanos(String messageId) {
        Long seen = firstSeen.get(messageId);
        if (seen == null) {
            throw new AssertionError("Message " + messageId + " was accepted but never committed as SENT");
        }
        return seen;
    }
}
