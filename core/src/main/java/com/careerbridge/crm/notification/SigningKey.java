package com.careerbridge.crm.notification;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile byte[] key;

    @Autowired
    SigningKey(MailSettings settings, DataSource dataSource, Clock clock) {
        this(settings, JdbcClient.create(dataSource), clock);
    }

    private SigningKey(MailSettings settings, JdbcClient jdbc, Clock clock) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
        String configured = settings == null ? null : settings.unsubscribeSecret();
        if (configured != null && !configured.isBlank() && configured.strip().length() < MIN_CONFIGURED_LENGTH) {
            throw new IllegalArgumentException(
                    "careerbridge.mail.unsubscribe-secret must be at least " + MIN_CONFIGURED_LENGTH + " characters");
        }
    }

    /** A key that is known up front (unit tests). */
    static SigningKey fixed(byte[] key) {
        SigningKey signingKey = new SigningKey(null, (JdbcClient) null, null);
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
        // Two instances starting together both try; the first insert wins and both read the winner.
        jdbc.sql("insert into mail_secret (name, secret, created_at) values (?, ?, ?) on conflict (name) do nothing")
                .params(UNSUBSCRIBE, candidate, Timestamp.from(clock.instant()))
                .update();
        return jdbc.sql("select secret from mail_secret where name = ?").param(UNSUBSCRIBE)
                .query(byte[].class).single();
    }
}
