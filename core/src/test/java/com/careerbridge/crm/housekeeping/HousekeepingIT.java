package com.careerbridge.crm.housekeeping;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.testsupport.MutableClock;
import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.testsupport.CoreIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** One housekeeping pass removes what is past its use and keeps everything still needed. */
@CoreIntegrationTest
@Import(HousekeepingIT.Time.class)
class HousekeepingIT {

    // Not a @TestConfiguration: CoreTestApplication's component scan would pick that up for every other test too.
    static class Time {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.parse("2026-06-01T03:00:00Z"));
        }
    }

    @Autowired
    Housekeeping housekeeping;
    @Autowired
    AccountService accounts;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void removesLongExpiredTokensAndTombstonesBeyondTheSyncWindowOnly() {
        Instant now = clock.instant();
        UserAccount user = accounts.create(new EmailAddress("housekeeping@example.com"), "Kept Clean", Role.CANDIDATE,
                Locale.ENGLISH, "a long enough password");
        long family = jdbc.queryForObject("insert into api_token_family (user_id, created_at) values (?, ?) returning id",
                Long.class, user.getId(), ts(now.minus(Duration.ofDays(40))));
        token("long-expired", family, now.minus(Duration.ofDays(2)));
        token("just-expired", family, now.minus(Duration.ofHours(1)));
        token("valid", family, now.plus(Duration.ofDays(20)));
        link("password_reset", user.getId(), now.minus(Duration.ofDays(2)));
        link("invitation", user.getId(), now.minus(Duration.ofDays(3)));
        link("password_reset", user.getId(), now.minus(Duration.ofHours(2)));
        tombstone(1, now.minus(Duration.ofDays(92)));
        tombstone(2, now.minus(Duration.ofDays(89)));

        Housekeeping.Report report = housekeeping.run();

        assertThat(report.apiTokens()).isEqualTo(1);
        assertThat(report.passwordLinks()).as("reset and invitation links a day past their expiry").isEqualTo(2);
        assertThat(report.tombstones()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from password_reset where user_id = ?", Integer.class,
                user.getId())).isEqualTo(1);
        assertThat(jdbc.queryForList("select encode(token_hash, 'escape') from api_token where family_id = ? "
                + "order by 1", String.class, family)).containsExactly("just-expired", "valid");
        assertThat(jdbc.queryForList("select entity_id from sync_tombstone where audience_id = ?", Long.class,
                user.getId())).isEqualTo(List.of(2L));

        assertThat(housekeeping.run()).as("a second pass, as another instance would run it")
                .isEqualTo(new Housekeeping.Report(0, 0, 0));
    }

    private void token(String name, long family, Instant expiresAt) {
        jdbc.update("insert into api_token (token_hash, family_id, kind, issued_at, expires_at) "
                + "values (convert_to(?, 'UTF8'), ?, 'ACCESS', ?, ?)", name, family,
                ts(expiresAt.minus(Duration.ofMinutes(15))), ts(expiresAt));
    }

    private void link(String table, long userId, Instant expiresAt) {
        jdbc.update("insert into " + table + " (user_id, token_hash, created_at, expires_at) "
                + "values (?, sha256(convert_to(?, 'UTF8')), ?, ?)", userId, table + expiresAt, ts(expiresAt.minus(
                Duration.ofMinutes(30))), ts(expiresAt));
    }

    private void tombstone(long entityId, Instant removedAt) {
        long audience = jdbc.queryForObject("select id from user_account where email = 'housekeeping@example.com'",
                Long.class);
        jdbc.update("insert into sync_tombstone (entity_kind, entity_id, audience_kind, audience_id, removed_at) "
                + "values ('ASSIGNMENT', ?, 'CANDIDATE', ?, ?)", entityId, audience, ts(removedAt));
    }

    private static java.time.OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
