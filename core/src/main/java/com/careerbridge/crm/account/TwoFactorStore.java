package com.careerbridge.crm.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The two-factor tables in plain SQL. Using a code or a recovery code is a single conditional update, so two requests
 * racing with the same code (on one instance or two) cannot both succeed.
 */
@Repository
class TwoFactorStore {

    record Enrolment(long userId, String secret, boolean confirmed) {
    }

    private final JdbcTemplate jdbc;

    TwoFactorStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Enrolment> find(long userId) {
        return jdbc.query("select user_id, secret, confirmed_at is not null from two_factor where user_id = ?",
                (rs, row) -> new Enrolment(rs.getLong(1), rs.getString(2), rs.getBoolean(3)), userId).stream().findFirst();
    }

    boolean isConfirmed(long userId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from two_factor where user_id = ? and confirmed_at is not null)", Boolean.class,
                userId));
    }

    /** Starts (or starts over) an enrolment that is not confirmed yet; a confirmed one is left alone. */
    boolean startPending(long userId, String secret, Instant now) {
        return jdbc.update("""
                insert into two_factor (user_id, secret, created_at) values (?, ?, ?)
                on conflict (user_id) do update set secret = excluded.secret, created_at = excluded.created_at,
                                                    last_used_step = 0
                 where two_factor.confirmed_at is null
                """, userId, secret, ts(now)) == 1;
    }

    /** Accepts the code's time step if it is newer than any used before: the replay check. */
    boolean useStep(long userId, long step) {
        return jdbc.update("update two_factor set last_used_step = ? where user_id = ? and last_used_step < ?",
                step, userId, step) == 1;
    }

    void confirm(long userId, Instant now) {
        jdbc.update("update two_factor set confirmed_at = ? where user_id = ?", ts(now), userId);
    }

    void replaceRecoveryCodes(long userId, List<byte[]> hashes, Instant now) {
        jdbc.update("delete from two_factor_recovery_code where user_id = ?", userId);
        jdbc.batchUpdate("insert into two_factor_recovery_code (user_id, code_hash, created_at) values (?, ?, ?)",
                hashes.stream().map(hash -> new Object[] {userId, hash, ts(now)}).toList());
    }

    boolean useRecoveryCode(long userId, byte[] hash, Instant now) {
        return jdbc.update("update two_factor_recovery_code set used_at = ? where user_id = ? and code_hash = ?"
                + " and used_at is null", ts(now), userId, hash) == 1;
    }

    int recoveryCodesLeft(long userId) {
        Integer left = jdbc.queryForObject(
                "select count(*) from two_factor_recovery_code where user_id = ? and used_at is null", Integer.class, userId);
        return left == null ? 0 : left;
    }

    boolean remove(long userId) {
        jdbc.update("delete from two_factor_recovery_code where user_id = ?", userId);
        return jdbc.update("delete from two_factor where user_id = ?", userId) == 1;
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
