package com.careerbridge.crm.account;

import java.time.Clock;

import com.careerbridge.crm.shared.ForbiddenException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Security rules an admin switches at run time, kept in PostgreSQL so that every instance applies the same ones at
 * the next sign-in. Only admins may change them.
 */
@Service
@Transactional
public class SecuritySettings {

    static final String TWO_FACTOR_REQUIRED_FOR_STAFF = "security.two-factor-required-for-staff";

    private final JdbcTemplate jdbc;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final CurrentActor currentActor;
    private final Clock clock;

    SecuritySettings(JdbcTemplate jdbc, CurrentActor currentActor, Clock clock,
                     org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** Whether admins and consultants must sign in with a second factor (off until an admin turns it on). */
    @Transactional(readOnly = true)
    public boolean twoFactorRequiredForStaff() {
        return jdbc.query("select value from system_setting where name = ?", (rs, row) -> rs.getString(1),
                TWO_FACTOR_REQUIRED_FOR_STAFF).stream().findFirst().map(Boolean::parseBoolean).orElse(false);
    }

    /** @throws ForbiddenException for anyone but an admin */
    public void requireTwoFactorForStaff(boolean required) {
        Actor actor = currentActor.get();
        if (!actor.isAdmin()) {
            throw new ForbiddenException("security-settings");
        }
        jdbc.update("""
                insert into system_setting (name, value, updated_at, updated_by) values (?, ?, ?, ?)
                on conflict (name) do update set value = excluded.value, updated_at = excluded.updated_at,
                                                 updated_by = excluded.updated_by
                """, TWO_FACTOR_REQUIRED_FOR_STAFF, Boolean.toString(required), clock.instant().atOffset(java.time.ZoneOffset.UTC),
                actor.authorId());
        events.publishEvent(new AccountEvents.TwoFactorRequirementChanged(required, actor.userId()));
    }
}
