package com.careerbridge.crm.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import com.careerbridge.crm.shared.DomainException;
import com.careerbridge.crm.shared.ForOtherFeatures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static com.careerbridge.crm.shared.SqlColumns.instant;

/**
 * The one mechanism behind every mailed link that lets the holder of an account's mailbox set its password — the
 * invitation (first password) and the password reset. Each link is a single-use, expiring token of which only the
 * SHA-256 hash is stored; a new link revokes the account's earlier unused ones of the same kind, so only the newest
 * works. Using one is a conditional UPDATE (two simultaneous attempts cannot both succeed), and the new password ends
 * every sign-in of the account: API tokens are revoked, and web sessions older than {@code password_changed_at} end.
 * The use cases that mail and redeem the links are the invitation and password-reset features.
 */
@Service
@Transactional
public class PasswordLinks {

    private static final int MAX_TOKEN_LENGTH = 100;

    /** The kinds of link: each has its own table, token prefix, name of the password field and refusal. */
    public enum Kind {
        INVITATION("invitation", "cbi_", "password", true,
                problem -> new InvitationInvalidException(InvitationInvalidException.Reason.valueOf(problem.name()))),
        PASSWORD_RESET("password_reset", "cbp_", "newPassword", false,
                problem -> new PasswordResetInvalidException(PasswordResetInvalidException.Reason.valueOf(problem.name())));

        private final String table;
        private final String prefix;
        private final String passwordField;
        private final boolean recordsIssuer;
        private final Function<Problem, DomainException> refusal;

        Kind(String table, String prefix, String passwordField, boolean recordsIssuer,
             Function<Problem, DomainException> refusal) {
            this.table = table;
            this.prefix = prefix;
            this.passwordField = passwordField;
            this.recordsIssuer = recordsIssuer;
            this.refusal = refusal;
        }

        boolean wellFormed(String token) {
            return token != null && token.startsWith(prefix) && token.length() <= MAX_TOKEN_LENGTH;
        }
    }

    /** Why a link cannot be used: unknown (or replaced by a newer one), already used, or expired. */
    public enum Problem {
        UNKNOWN, USED, EXPIRED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A freshly issued link's token: mailed once, never stored. */
    public record Issued(long id, String token, Instant expiresAt) {

        @Override
        public String toString() {
            return "Issued[" + id + ", expires " + expiresAt + "]";
        }
    }

    private final JdbcTemplate jdbc;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final ApiTokenStore apiTokens;
    private final Clock clock;

    PasswordLinks(JdbcTemplate jdbc, UserAccountRepository accounts, PasswordEncoder passwordEncoder,
                  ApiTokenStore apiTokens, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.apiTokens = apiTokens;
        this.clock = clock;
    }

    /**
     * A new link for the account; its earlier unused ones of this kind stop working. No access check: the caller
     * decided that this account may have one (an invitation by staff, a reset for whoever holds the mailbox).
     *
     * @param issuedBy the account that asked for it, kept for invitations; {@code null} when nobody did
     */
    @ForOtherFeatures
    public Issued issue(Kind kind, long userId, Long issuedBy, Duration validFor) {
        // the account may have been created in this transaction and not be written yet
        accounts.flush();
        Instant now = now();
        revokeOpen(kind, userId, now);
        String token = ApiTokenService.randomToken(kind.prefix);
        Instant expiresAt = now.plus(validFor);
        byte[] hash = ApiTokenStore.hash(token);
        Long id = kind.recordsIssuer
                ? jdbc.queryForObject("insert into " + kind.table + " (user_id, token_hash, created_by, created_at,"
                        + " expires_at) values (?, ?, ?, ?, ?) returning id", Long.class,
                        userId, hash, issuedBy, ts(now), ts(expiresAt))
                : jdbc.queryForObject("insert into " + kind.table + " (user_id, token_hash, created_at, expires_at)"
                        + " values (?, ?, ?, ?) returning id", Long.class, userId, hash, ts(now), ts(expiresAt));
        return new Issued(id, token, expiresAt);
    }

    /**
     * Uses up the link and sets the account's password; every sign-in of the account ends.
     *
     * @return the account
     * @throws com.careerbridge.crm.shared.InvalidValueException when the password breaks the policy; the link stays
     *                                                           usable
     * @throws InvitationInvalidException                        (invitations) the link cannot be used
     * @throws PasswordResetInvalidException                     (resets) the link cannot be used
     */
    @ForOtherFeatures
    public UserAccount setPassword(Kind kind, String token, String password) {
        PasswordPolicy.check(kind.passwordField, password);
        if (!kind.wellFormed(token)) {
            throw kind.refusal.apply(Problem.UNKNOWN);
        }
        Instant now = now();
        byte[] hash = ApiTokenStore.hash(token);
        List<Long> redeemed = jdbc.queryForList("update " + kind.table + " set used_at = ?"
                + " where token_hash = ? and used_at is null and revoked_at is null and expires_at > ?"
                + " returning user_id", Long.class, ts(now), hash, ts(now));
        if (redeemed.isEmpty()) {
            throw kind.refusal.apply(whyNot(kind, hash, now));
        }
        UserAccount account = accounts.findById(redeemed.getFirst())
                .filter(UserAccount::isEnabled)
                .orElseThrow(() -> kind.refusal.apply(Problem.UNKNOWN));
        // Throwing here rolls the redemption back: the link stays usable for a better password.
        PasswordPolicy.check(kind.passwordField, password, account.getEmail().value(), account.getDisplayName());
        account.changePassword(passwordEncoder.encode(password), now);
        accounts.flush();
        revokeOpen(kind, account.getId(), now);
        apiTokens.revokeAllOf(account.getId(), ApiTokenStore.RevokeReason.PASSWORD_CHANGED, now);
        events.publishEvent(new AccountEvents.PasswordChanged(account.getId(),
                kind == Kind.INVITATION ? "invitation-link" : "reset-link"));
        return account;
    }

    /** Why the link cannot be used, or empty when it can; nothing is used up (link previews open the page too). */
    @Transactional(readOnly = true)
    public Optional<Problem> problemWith(Kind kind, String token) {
        if (!kind.wellFormed(token)) {
            return Optional.of(Problem.UNKNOWN);
        }
        Instant now = now();
        byte[] hash = ApiTokenStore.hash(token);
        Integer usable = jdbc.queryForObject("select count(*) from " + kind.table + " l join user_account u"
                + " on u.id = l.user_id where l.token_hash = ? and l.used_at is null and l.revoked_at is null"
                + " and l.expires_at > ? and u.enabled", Integer.class, hash, ts(now));
        return usable != null && usable > 0 ? Optional.empty() : Optional.of(whyNot(kind, hash, now));
    }

    /** Drops links of every kind that expired a day ago or more; nobody can use them, and they name an account. */
    public int purgeExpired() {
        OffsetDateTime dayAgo = ts(now().minus(1, ChronoUnit.DAYS));
        int purged = 0;
        for (Kind kind : Kind.values()) {
            purged += jdbc.update("delete from " + kind.table + " where expires_at < ?", dayAgo);
        }
        return purged;
    }

    /** The newest link of a kind an account was given (expired ones stay a day, see {@link #purgeExpired}). */
    public record LinkState(Instant createdAt, Instant expiresAt, Instant usedAt, Instant revokedAt) {
    }

    /** The account's newest link of this kind, if any is still kept. No access check: the caller decided. */
    @ForOtherFeatures
    @Transactional(readOnly = true)
    public Optional<LinkState> newest(Kind kind, long userId) {
        return jdbc.query("select created_at, expires_at, used_at, revoked_at from " + kind.table
                        + " where user_id = ? order by created_at desc, id desc limit 1",
                (rs, row) -> new LinkState(instant(rs, "created_at"), instant(rs, "expires_at"),
                        instant(rs, "used_at"), instant(rs, "revoked_at")), userId).stream().findFirst();
    }

    private void revokeOpen(Kind kind, long userId, Instant now) {
        jdbc.update("update " + kind.table + " set revoked_at = ?"
                + " where user_id = ? and used_at is null and revoked_at is null", ts(now), userId);
    }

    private Problem whyNot(Kind kind, byte[] hash, Instant now) {
        List<Problem> problems = jdbc.query(
                "select used_at, revoked_at, expires_at from " + kind.table + " where token_hash = ?",
                (rs, row) -> {
                    if (rs.getObject("used_at") != null) {
                        return Problem.USED;
                    }
                    if (rs.getObject("revoked_at") != null) {
                        return Problem.UNKNOWN;
                    }
                    return rs.getObject("expires_at", OffsetDateTime.class).toInstant().isAfter(now)
                            ? Problem.UNKNOWN : Problem.EXPIRED;
                }, (Object) hash);
        return problems.isEmpty() ? Problem.UNKNOWN : problems.getFirst();
    }

    // Same precision as PostgreSQL, so that password_changed_at compares exactly with session stamps and token times.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
