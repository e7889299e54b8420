package com.careerbridge.crm.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-use, expiring tokens that let the holder of an account's mailbox choose a new password. Only the SHA-256 hash
 * is stored; a new token revokes the account's earlier unused ones, so only the newest link works. Using one is a
 * conditional UPDATE (two simultaneous attempts cannot both succeed), and the new password ends every sign-in of the
 * account: API tokens are revoked and web sessions older than the new {@code password_changed_at} are ended.
 */
@Service
@Transactional
public class PasswordResetTokens {

    static final String PREFIX = "cbp_";
    private static final int MAX_TOKEN_LENGTH = 100;

    /** A freshly issued token: mailed once, never stored. */
    public record Issued(long resetId, String token, Instant expiresAt) {

        @Override
        public String toString() {
            return "Issued[" + resetId + ", expires " + expiresAt + "]";
        }
    }

    private final JdbcTemplate jdbc;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final ApiTokenStore apiTokens;
    private final Clock clock;

    PasswordResetTokens(JdbcTemplate jdbc, UserAccountRepository accounts, PasswordEncoder passwordEncoder,
                        ApiTokenStore apiTokens, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.apiTokens = apiTokens;
        this.clock = clock;
    }

    /** A new token for the account; its earlier unused ones stop working. The caller decided the account may have one. */
    public Issued issue(long userId, Duration validFor) {
        Instant now = now();
        revokeOpenTokens(userId, now);
        String token = ApiTokenService.randomToken(PREFIX);
        Instant expiresAt = now.plus(validFor);
        Long id = jdbc.queryForObject("""
                insert into password_reset (user_id, token_hash, created_at, expires_at)
                values (?, ?, ?, ?) returning id""", Long.class,
                userId, ApiTokenStore.hash(token), ts(now), ts(expiresAt));
        return new Issued(id, token, expiresAt);
    }

    /**
     * Uses up the token and sets the new password; every sign-in of the account ends.
     *
     * @return the account's e-mail address, to fill in the sign-in form
     * @throws com.careerbridge.crm.shared.InvalidValueException ({@code newPassword}) when the password breaks the
     *                                                           policy; the token stays usable
     * @throws PasswordResetInvalidException                     unknown, replaced, used or expired token
     */
    public String reset(String token, String newPassword) {
        PasswordPolicy.check("newPassword", newPassword);
        if (!wellFormed(token)) {
            throw new PasswordResetInvalidException(PasswordResetInvalidException.Reason.UNKNOWN);
        }
        Instant now = now();
        byte[] hash = ApiTokenStore.hash(token);
        List<Long> redeemed = jdbc.queryForList("""
                update password_reset set used_at = ?
                where token_hash = ? and used_at is null and revoked_at is null and expires_at > ?
                returning user_id""", Long.class, ts(now), hash, ts(now));
        if (redeemed.isEmpty()) {
            throw new PasswordResetInvalidException(whyNot(hash, now));
        }
        UserAccount account = accounts.findById(redeemed.getFirst())
                .filter(UserAccount::isEnabled)
                .orElseThrow(() -> new PasswordResetInvalidException(PasswordResetInvalidException.Reason.UNKNOWN));
        // Throwing here rolls the redemption back: the link stays usable for a better password.
        PasswordPolicy.check("newPassword", newPassword, account.getEmail().value(), account.getDisplayName());
        account.changePassword(passwordEncoder.encode(newPassword), now);
        accounts.flush();
        revokeOpenTokens(account.getId(), now);
        apiTokens.revokeAllOf(account.getId(), ApiTokenStore.RevokeReason.PASSWORD_CHANGED, now);
        return account.getEmail().value();
    }

    /** Why the link cannot be used, or empty when it can; nothing is used up (link previews open the page too). */
    @Transactional(readOnly = true)
    public Optional<PasswordResetInvalidException.Reason> problemWith(String token) {
        if (!wellFormed(token)) {
            return Optional.of(PasswordResetInvalidException.Reason.UNKNOWN);
        }
        Instant now = now();
        byte[] hash = ApiTokenStore.hash(token);
        Integer usable = jdbc.queryForObject("""
                select count(*) from password_reset r join user_account u on u.id = r.user_id
                where r.token_hash = ? and r.used_at is null and r.revoked_at is null and r.expires_at > ? and u.enabled""",
                Integer.class, hash, ts(now));
        return usable != null && usable > 0 ? Optional.empty() : Optional.of(whyNot(hash, now));
    }

    /** Drops tokens that expired a day ago or more; nobody can use them, and they name an account. */
    public int purgeExpired() {
        return jdbc.update("delete from password_reset where expires_at < ?", ts(now().minus(1, ChronoUnit.DAYS)));
    }

    private void revokeOpenTokens(long userId, Instant now) {
        jdbc.update("update password_reset set revoked_at = ? where user_id = ? and used_at is null and revoked_at is null",
                ts(now), userId);
    }

    private PasswordResetInvalidException.Reason whyNot(byte[] hash, Instant now) {
        List<PasswordResetInvalidException.Reason> reasons = jdbc.query(
                "select used_at, revoked_at, expires_at from password_reset where token_hash = ?",
                (rs, row) -> {
                    if (rs.getObject("used_at") != null) {
                        return PasswordResetInvalidException.Reason.USED;
                    }
                    if (rs.getObject("revoked_at") != null) {
                        return PasswordResetInvalidException.Reason.UNKNOWN;
                    }
                    return rs.getObject("expires_at", OffsetDateTime.class).toInstant().isAfter(now)
                            ? PasswordResetInvalidException.Reason.UNKNOWN
                            : PasswordResetInvalidException.Reason.EXPIRED;
                }, (Object) hash);
        return reasons.isEmpty() ? PasswordResetInvalidException.Reason.UNKNOWN : reasons.getFirst();
    }

    private static boolean wellFormed(String token) {
        return token != null && token.startsWith(PREFIX) && token.length() <= MAX_TOKEN_LENGTH;
    }

    // Same precision as PostgreSQL, so that password_changed_at compares exactly with session stamps and token times.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

}
