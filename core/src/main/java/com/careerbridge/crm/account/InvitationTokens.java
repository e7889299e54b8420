package com.careerbridge.crm.account;

import com.careerbridge.crm.shared.ForOtherFeatures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-use, expiring invitation tokens with which a new account holder sets their first password. Only the SHA-256
 * hash is stored. Issuing a new invitation revokes the account's earlier unused ones, so that only the newest link
 * works. Accepting is one conditional UPDATE, so two simultaneous attempts cannot both use the same token.
 */
@Service
@Transactional
public class InvitationTokens {

    static final String PREFIX = "cbi_";

    /** A freshly issued invitation: the token is shown (mailed) once and never stored. */
    public record Issued(long invitationId, String token, Instant expiresAt) {
    }

    private final JdbcTemplate jdbc;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final ApiTokenStore apiTokens;
    private final ApiTokenService tokenService;
    private final Clock clock;

    InvitationTokens(JdbcTemplate jdbc, UserAccountRepository accounts, PasswordEncoder passwordEncoder,
                     ApiTokenStore apiTokens, ApiTokenService tokenService, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.apiTokens = apiTokens;
        this.tokenService = tokenService;
        this.clock = clock;
    }

    /**
     * Issues an invitation for an account. No access check: the caller (the invitation feature) has decided that the
     * current actor may invite this person.
     */
    @ForOtherFeatures
    public Issued issue(long userId, Long createdBy, Duration validFor) {
        // the account may have been created in this transaction and not be written yet
        accounts.flush();
        Instant now = now();
        jdbc.update("update invitation set revoked_at = ? where user_id = ? and used_at is null and revoked_at is null",
                ts(now), userId);
        String token = ApiTokenService.randomToken(PREFIX);
        Instant expiresAt = now.plus(validFor);
        Long id = jdbc.queryForObject("""
                insert into invitation (user_id, token_hash, created_by, created_at, expires_at)
                values (?, ?, ?, ?, ?) returning id""", Long.class,
                userId, ApiTokenStore.hash(token), createdBy, ts(now), ts(expiresAt));
        return new Issued(id, token, expiresAt);
    }

    /**
     * Uses up the token, sets the account's password (ending every earlier sign-in) and signs the holder in.
     *
     * @throws com.careerbridge.crm.shared.InvalidValueException when the password breaks the policy (the token stays
     *                                                           usable)
     * @throws InvitationInvalidException                        unknown, revoked, used or expired token
     */
    public IssuedTokens accept(String token, String password) {
        return tokenService.signIn(setFirstPassword(token, password).getId());
    }

    /**
     * Uses up the token and sets the account's password, ending every earlier sign-in; the holder then signs in with
     * it (the web's set-password page). Same failures as {@link #accept}.
     *
     * @return the account's e-mail address, to fill in the sign-in form
     */
    public String acceptWithoutSignIn(String token, String password) {
        return setFirstPassword(token, password).getEmail().value();
    }

    /** Whether the link can still be used, without using it: the set-password page says so before asking. */
    @Transactional(readOnly = true)
    public java.util.Optional<InvitationInvalidException.Reason> problemWith(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return java.util.Optional.of(InvitationInvalidException.Reason.UNKNOWN);
        }
        Instant now = now();
        byte[] hash = ApiTokenStore.hash(token);
        Integer usable = jdbc.queryForObject("""
                select count(*) from invitation i join user_account u on u.id = i.user_id
                where i.token_hash = ? and i.used_at is null and i.revoked_at is null and i.expires_at > ? and u.enabled""",
                Integer.class, hash, ts(now));
        return usable != null && usable > 0 ? java.util.Optional.empty() : java.util.Optional.of(whyNot(hash, now));
    }

    private UserAccount setFirstPassword(String token, String password) {
        PasswordPolicy.check("password", password);
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            throw new InvitationInvalidException(InvitationInvalidException.Reason.UNKNOWN);
        }
        Instant now = now();
        byte[] hash = ApiTokenStore.hash(token);
        List<Long> redeemed = jdbc.queryForList("""
                update invitation set used_at = ?
                where token_hash = ? and used_at is null and revoked_at is null and expires_at > ?
                returning user_id""", Long.class, ts(now), hash, ts(now));
        if (redeemed.isEmpty()) {
            throw new InvitationInvalidException(whyNot(hash, now));
        }
        UserAccount account = accounts.findById(redeemed.getFirst())
                .filter(UserAccount::isEnabled)
                .orElseThrow(() -> new InvitationInvalidException(InvitationInvalidException.Reason.UNKNOWN));
        // Throwing here rolls the redemption back: the link stays usable for a better password.
        PasswordPolicy.check("password", password, account.getEmail().value(), account.getDisplayName());
        account.changePassword(passwordEncoder.encode(password), now);
        accounts.flush();
        apiTokens.revokeAllOf(account.getId(), ApiTokenStore.RevokeReason.PASSWORD_CHANGED, now);
        return account;
    }

    private InvitationInvalidException.Reason whyNot(byte[] hash, Instant now) {
        List<InvitationInvalidException.Reason> reasons = jdbc.query(
                "select used_at, revoked_at, expires_at from invitation where token_hash = ?",
                (rs, row) -> {
                    if (rs.getObject("used_at") != null) {
                        return InvitationInvalidException.Reason.USED;
                    }
                    if (rs.getObject("revoked_at") != null) {
                        return InvitationInvalidException.Reason.UNKNOWN;
                    }
                    return rs.getObject("expires_at", OffsetDateTime.class).toInstant().isAfter(now)
                            ? InvitationInvalidException.Reason.UNKNOWN
                            : InvitationInvalidException.Reason.EXPIRED;
                }, (Object) hash);
        return reasons.isEmpty() ? InvitationInvalidException.Reason.UNKNOWN : reasons.getFirst();
    }

    // Same precision as PostgreSQL, so that the new tokens are not older than the password change they follow.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

}
