package com.careerbridge.crm.notification;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * The key that signs unsubscribe links: the configured secret, or one generated on the very first start and kept in
 * the database. Every instance reads the same row, so a link signed by one instance verifies on all of them and after
 * any restart. Loaded on first use, after Flyway has created the table.
 */
@Component
class SigningKey {

    static final String UNSUBSCRIBE = "unsubscribe-links";
    static final int MIN_CONFIGURED_LENGTH = 32;

    private final MailSettings settings;
    private final DataSource dataSource;
    private final Clock clock;
    private volatile byte[] key;

    SigningKey(MailSettings settings, DataSource dataSource, Clock clock) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.clock = clock;
        String configured = settings == null ? null : settings.unsubscribeSecret();
        if (configured != null && !configured.isBlank() && configured.strip().length() < MIN_CONFIGURED_LENGTH) {
            throw new IllegalArgumentException(
                    "careerbridge.mail.unsubscribe-secret must be at least " + MIN_CONFIGURED_LENGTH + " characters");
        }
    }

    /** A key that is known up front (unit tests). */
    static SigningKey fixed(byte[] key) {
        SigningKey signingKey = new SigningKey(null, null, null);
        signingKey.key = key.clone();
        return signingKey;
    }

    byte[] bytes() {
        byte[] current = key;
        if (current == null) {
            synchronized (this) {
                current = key;
                if (current == null) {
                    current = load();
                    key = current;
                }
            }
        }
        return current;
    }

    private byte[] load() {
        String configured = settings.unsubscribeSecret();
        if (configured != null && !configured.isBlank()) {
            return configured.strip().getBytes(StandardCharsets.UTF_8);
        }
        byte[] candidate = new byte[32];
        new SecureRandom().nextBytes(candidate);
        // A connection of its own, committed at once: the key must not vanish with the rollback of whatever
        // transaction happened to ask for the first link. Two instances starting together both try; the first insert
        // wins and both read the winner.
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into mail_secret (name, secret, created_at) values (?, ?, ?) on conflict (name) do nothing")) {
                insert.setString(1, UNSUBSCRIBE);
                insert.setBytes(2, candidate);
                insert.setTimestamp(3, Timestamp.from(clock.instant()));
                insert.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement("select secret from mail_secret where name = ?")) {
                select.setString(1, UNSUBSCRIBE);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    return rs.getBytes(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read or create the unsubscribe link key", e);
        }
    }

}
