package com.careerbridge.crm.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The token tables, in plain SQL: the per-request check must stay one indexed statement, which an entity lookup with
 * lazy associations would not guarantee.
 */
@Repository
class ApiTokenStore {

    enum Kind { ACCESS, REFRESH }

    /** Why a family was ended; kept for the audit trail and support questions. */
    enum RevokeReason { LOGOUT, REFRESH_TOKEN_REUSED, PASSWORD_CHANGED, DEACTIVATED, ERASED }

    /** The outcome of presenting a refresh token. */
    sealed interface Redemption {
        record Redeemed(long familyId, long userId) implements Redemption {
        }

        /** Used before: when and from which client address. */
        record Reused(long familyId, Instant usedAt, String usedFrom) implements Redemption {
        }

        record Invalid() implements Redemption {
        }
    }

    private final JdbcTemplate jdbc;

    ApiTokenStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long createFamily(long userId, Instant now) {
        return jdbc.queryForObject(
                "insert into api_token_family (user_id, created_at) values (?, ?) returning id",
                Long.class, userId, ts(now));
    }

    void insertToken(String rawToken, long familyId, Kind kind, Instant issuedAt, Instant expiresAt) {
        jdbc.update("insert into api_token (token_hash, family_id, kind, issued_at, expires_at) values (?, ?, ?, ?, ?)",
                hash(rawToken), familyId, kind.name(), ts(issuedAt), ts(expiresAt));
    }

    /**
     * The one statement behind every authenticated API request: the token, its family and its account together, so
     * that logout, reuse detection, a password change and deactivation take effect on the very next request.
     */
    Optional<VerifiedAccessToken> findValidAccessToken(String rawToken, Instant now) {
        List<VerifiedAccessToken> rows = jdbc.query("""
                        select u.id, u.email, u.display_name, u.role, u.locale, u.must_change_password,
                               t.family_id, t.expires_at
                          from api_token t
                          join api_token_family f on f.id = t.family_id
                          join user_account u on u.id = f.user_id
                         where t.token_hash = ? and t.kind = 'ACCESS' and t.expires_at > ?
                           and f.revoked_at is null
                           and u.enabled and t.issued_at >= u.password_changed_at
                        """,
                (rs, row) -> new VerifiedAccessToken(
                        new AuthenticatedUser(rs.getLong(1), rs.getString(2), rs.getString(3),
                                Role.valueOf(rs.getString(4)), Locale.forLanguageTag(rs.getString(5)),
                                rs.getBoolean(6)),
                        rs.getLong(7), rs.getObject(8, OffsetDateTime.class).toInstant()),
                hash(rawToken), ts(now));
        return rows.stream().findFirst();
    }

    /**
     * Marks a refresh token used, atomically: of two concurrent requests with the same token only one wins, the other
     * is treated as reuse.
     */
    Redemption redeemRefreshToken(String rawToken, Instant now, String clientAddress) {
        byte[] hash = hash(rawToken);
        List<Redemption> redeemed = jdbc.query("""
                        update api_token t set used_at = ?, used_from = ?
                          from api_token_family f, user_account u
                         where t.token_hash = ? and t.kind = 'REFRESH' and t.used_at is null and t.expires_at > ?
                           and f.id = t.family_id and f.revoked_at is null
                           and u.id = f.user_id and u.enabled and t.issued_at >= u.password_changed_at
                        returning t.family_id, u.id
                        """,
                (rs, row) -> new Redemption.Redeemed(rs.getLong(1), rs.getLong(2)),
                ts(now), clientAddress == null ? null : clientAddress.substring(0, Math.min(64, clientAddress.length())),
                hash, ts(now));
        if (!redeemed.isEmpty()) {
            return redeemed.getFirst();
        }
        List<Redemption> reused = jdbc.query("""
                        select family_id, used_at, used_from from api_token
                         where token_hash = ? and kind = 'REFRESH' and used_at is not null""",
                (rs, row) -> new Redemption.Reused(rs.getLong(1),
                        rs.getObject(2, java.time.OffsetDateTime.class).toInstant(), rs.getString(3)), hash);
        return reused.isEmpty() ? new Redemption.Invalid() : reused.getFirst();
    }

    Optional<Long> familyOf(String rawToken) {
        return jdbc.query("select family_id from api_token where token_hash = ?",
                (rs, row) -> rs.getLong(1), hash(rawToken)).stream().findFirst();
    }

    void revokeFamily(long familyId, RevokeReason reason, Instant now) {
        jdbc.update("update api_token_family set revoked_at = ?, revoke_reason = ? where id = ? and revoked_at is null",
                ts(now), reason.name(), familyId);
    }

    int revokeAllOf(long userId, RevokeReason reason, Instant now) {
        return jdbc.update(
                "update api_token_family set revoked_at = ?, revoke_reason = ? where user_id = ? and revoked_at is null",
                ts(now), reason.name(), userId);
    }

    /** Tokens that expired a day ago or more are no use to anyone; neither are families left without tokens. */
    int purgeExpired(Instant now) {
        int tokens = jdbc.update("delete from api_token where expires_at < ?", ts(now.minus(1, ChronoUnit.DAYS)));
        jdbc.update("delete from api_token_family f where not exists (select 1 from api_token t where t.family_id = f.id)"
                + " and f.created_at < ?", ts(now.minus(1, ChronoUnit.DAYS)));
        return tokens;
    }

    static byte[] hash(String rawToken) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(rawToken.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
