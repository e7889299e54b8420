package com.careerbridge.crm.passwordreset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts reset requests in PostgreSQL (every instance sees the same numbers) in fixed windows, per e-mail address and
 * per client address. Keys are SHA-256 hashes, so the table holds no e-mail or IP address. Counting runs in the
 * caller's transaction: a refused request rolls its own count back and does not extend anyone's wait.
 */
@Component
class PasswordResetThrottle {

    enum Scope { EMAIL, ADDRESS }

    private final JdbcTemplate jdbc;
    private final PasswordResetProperties policy;
    private final Clock clock;

    PasswordResetThrottle(JdbcTemplate jdbc, PasswordResetProperties policy, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
    }

    /** Counts one request against both keys; throws when either is over its budget. */
    void count(String email, String clientAddress) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.update("delete from password_reset_request where window_start < ?", ts(now.minus(policy.window())));
        Counter perEmail = count(Scope.EMAIL, normalized(email), now);
        Counter perAddress = count(Scope.ADDRESS, clientAddress == null ? "unknown" : clientAddress, now);
        Instant until = null;
        if (perEmail.requests() > policy.perEmail()) {
            until = perEmail.windowStart().plus(policy.window());
        }
        if (perAddress.requests() > policy.perAddress()) {
            Instant addressUntil = perAddress.windowStart().plus(policy.window());
            until = until == null || addressUntil.isAfter(until) ? addressUntil : until;
        }
        if (until != null) {
            throw new PasswordResetThrottledException(Duration.between(now, until));
        }
    }

    private record Counter(int requests, Instant windowStart) {
    }

    private Counter count(Scope scope, String subject, Instant now) {
        OffsetDateTime windowOpenedAfter = ts(now.minus(policy.window()));
        return jdbc.queryForObject("""
                        insert into password_reset_request (scope, subject, requests, window_start) values (?, ?, 1, ?)
                        on conflict (scope, subject) do update set
                            requests = case when password_reset_request.window_start <= ? then 1
                                            else password_reset_request.requests + 1 end,
                            window_start = case when password_reset_request.window_start <= ? then excluded.window_start
                                                else password_reset_request.window_start end
                        returning requests, window_start
                        """,
                (rs, row) -> new Counter(rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant()),
                scope.name(), sha256(subject), ts(now), windowOpenedAfter, windowOpenedAfter);
    }

    private static String normalized(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
