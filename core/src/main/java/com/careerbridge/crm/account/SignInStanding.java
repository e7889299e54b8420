package com.careerbridge.crm.account;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether a sign-in made (or re-confirmed) at a given moment still stands: the account exists, is enabled, and its
 * password has not been changed since. The web UI asks on every request of a signed-in session, so that deactivating
 * an account or changing its password ends the sessions on every instance at once; hence one primary-key lookup, no
 * transaction, no entity.
 */
@Component
public class SignInStanding {

    private final JdbcTemplate jdbc;

    SignInStanding(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean stillStands(long userId, Instant confirmedAt) {
        Boolean stands = jdbc.queryForObject("""
                        select exists(select 1 from user_account
                                       where id = ? and enabled and password_changed_at <= ?)
                        """,
                Boolean.class, userId, confirmedAt.atOffset(ZoneOffset.UTC));
        return Boolean.TRUE.equals(stands);
    }
}
