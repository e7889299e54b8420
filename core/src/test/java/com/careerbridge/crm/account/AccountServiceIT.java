package com.careerbridge.crm.account;

import java.util.Locale;

import com.careerbridge.crm.shared.ConflictException;
import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.testsupport.CoreIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CoreIntegrationTest
class AccountServiceIT {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void flywayCreatedTheSchemaOnRealPostgres() {
        String version = jdbc.queryForObject("select version()", String.class);
        assertThat(version).startsWith("PostgreSQL");
        Integer applied = jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class);
        assertThat(applied).isPositive();
    }

    @Test
    void storesOnlyAHashAndMatchesEmailsCaseInsensitively() {
        UserAccount created = accounts.create(new EmailAddress("Mina.Park@Example.com"), "Mina Park", Role.CONSULTANT,
                Locale.KOREAN, "correct horse battery");

        String stored = jdbc.queryForObject("select password_hash from user_account where id = ?", String.class, created.getId());
        assertThat(stored).startsWith("{bcrypt}$2a$10$").doesNotContain("correct horse battery");
        assertThat(accounts.findByEmail(new EmailAddress("mina.park@example.com"))).contains(created);
        assertThatThrownBy(() -> accounts.create(new EmailAddress("MINA.PARK@example.com"), "Other", Role.CANDIDATE,
                Locale.ENGLISH, "another long password"))
                .isInstanceOf(ConflictException.class).hasMessage("conflict.email-taken");
    }

    @Test
    void refusesShortPasswordsAndWrongCurrentPassword() {
        assertThatThrownBy(() -> accounts.create(new EmailAddress("short@example.com"), "Short", Role.CANDIDATE,
                Locale.ENGLISH, "too-short"))
                .isInstanceOf(InvalidValueException.class).hasMessage("invalid.password.password-too-short");

        UserAccount account = accounts.createWithTemporaryPassword(new EmailAddress("temp@example.com"), "Temp",
                Role.CONSULTANT, Locale.ENGLISH, "temporary-password-1");
        assertThat(account.isMustChangePassword()).isTrue();

        assertThatThrownBy(() -> accounts.changePassword(account.getId(), "not-the-password", "a brand new password"))
                .isInstanceOf(InvalidValueException.class).hasMessage("invalid.currentPassword.password-wrong");

        accounts.changePassword(account.getId(), "temporary-password-1", "a brand new password");
        assertThat(accounts.findById(account.getId()).orElseThrow().isMustChangePassword()).isFalse();
    }
}
