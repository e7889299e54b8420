package com.careerbridge.crm.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins in PostgreSQL (so that all instances agree) and says when the next attempt may be made.
 * The key is the e-mail as typed, whether or not an account has it, so that a throttled unknown e-mail and a throttled
 * real one are indistinguishable. See {@link LoginThrottleProperties} for the policy.
 */
@Component
public class LoginThrottle {

    enum Scope { ACCOUNT_ADDRESS, ACCOUNT, ADDRESS }

    private static final int SUBJECT_MAX = 400;

    private final JdbcTemplate jdbc;
    private final LoginThrottleProperties policy;
    private final Clock clock;

    LoginThrottle(JdbcTemplate jdbc, LoginThrottleProperties policy, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
    }

    /** Throws when any of the three counters currently blocks this e-mail from this address. */
    public void check(String email, String clientAddress) {
        Instant now = now();
        List<OffsetDateTime> blocked = jdbc.query("""
                        select max(blocked_until) from login_failure
                         where blocked_until > ?
                           and ((scope = 'ACCOUNT_ADDRESS' and subject = ?) or (scope = 'ACCOUNT' and subject = ?)
                                or (scope = 'ADDRESS' and subject = ?))
                        """,
                (rs, row) -> rs.getObject(1, OffsetDateTime.class),
                ts(now), pair(email, clientAddress), account(email), address(clientAddress));
        OffsetDateTime until = blocked.isEmpty() ? null : blocked.getFirst();
        if (until != null) {
            throw new LoginThrottledException(Duration.between(now, until.toInstant()));
        }
    }

    /** Counts a failure against all three keys and blocks the ones that ran out of budget. */
    public void recordFailure(String email, String clientAddress) {
        Instant now = now();
        int pairFailures = count(Scope.ACCOUNT_ADDRESS, pair(email, clientAddress), now).failures();
        if (pairFailures > policy.freeFailures()) {
            block(Scope.ACCOUNT_ADDRESS, pair(email, clientAddress), now.plus(pairDelay(pairFailures)));
        }
        Counter perAccount = count(Scope.ACCOUNT, account(email), now);
        if (perAccount.failures() >= policy.accountBudget()) {
            block(Scope.ACCOUNT, account(email), perAccount.windowStart().plus(policy.window()));
        }
        Counter perAddress = count(Scope.ADDRESS, address(clientAddress), now);
        if (perAddress.failures() >= policy.addressBudget()) {
            block(Scope.ADDRESS, address(clientAddress), perAddress.windowStart().plus(policy.window()));
        }
    }

    /** The right password from this address: the delays for this pair start over. */
    public void recordSuccess(String email, String clientAddress) {
        jdbc.update("delete from login_failure where scope = 'ACCOUNT_ADDRESS' and subject = ?", pair(email, clientAddress));
    }

    /** Forgets counters whose window has passed and which no longer block anyone. */
    public int purgeExpired() {
        Instant now = now();
        return jdbc.update("delete from login_failure where window_start < ? and (blocked_until is null or blocked_until < ?)",
                ts(now.minus(policy.window())), ts(now));
    }

    // PostgreSQL keeps microseconds; a rounded-up stored instant would make Retry-After one second too long.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    Duration pairDelay(int failures) {
        int doublings = Math.min(failures - policy.freeFailures() - 1, 30);
        Duration delay = policy.baseDelay().multipliedBy(1L << doublings);
        return delay.compareTo(policy.maxDelay()) > 0 ? policy.maxDelay() : delay;
    }

    private record Counter(int failures, Instant windowStart) {
    }

    private Counter count(Scope scope, String subject, Instant now) {
        OffsetDateTime windowOpenedAfter = ts(now.minus(policy.window()));
        return jdbc.queryForObject("""
                        insert into login_failure (scope, subject, failures, window_start) values (?, ?, 1, ?)
                        on conflict (scope, subject) do update set
                            failures = case when login_failure.window_start <= ? then 1 else login_failure.failures + 1 end,
                            window_start = case when login_failure.window_start <= ? then excluded.window_start
                                                else login_failure.window_start end
                        returning failures, window_start
                        """,
                (rs, row) -> new Counter(rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant()),
                scope.name(), subject, ts(now), windowOpenedAfter, windowOpenedAfter);
    }

    private void block(Scope scope, String subject, Instant until) {
        jdbc.update("update login_failure set blocked_until = ? where scope = ? and subject = ?",
                ts(until), scope.name(), subject);
    }

    private static String account(String email) {
        String normalized = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return normalized.length() > SUBJECT_MAX ? normalized.substring(0, SUBJECT_MAX) : normalized;
    }

    private static String address(String clientAddress) {
        return clientAddress == null ? "unknown" : clientAddress;
    }

    private static String pair(String email, String clientAddress) {
        String pair = address(clientAddress) + " " + account(email);
        return pair.length() > SUBJECT_MAX ? pair.substring(0, SUBJECT_MAX) : pair;
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
