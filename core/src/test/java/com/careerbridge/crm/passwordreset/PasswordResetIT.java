package com.careerbridge.crm.passwordreset;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.ApiTokenService;
import com.careerbridge.crm.account.ApiTokenServiceIT;
import com.careerbridge.crm.account.InvalidCredentialsException;
import com.careerbridge.crm.account.IssuedTokens;
import com.careerbridge.testsupport.MutableClock;
import com.careerbridge.crm.account.PasswordResetInvalidException;
import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.testsupport.CoreIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reset by e-mail against a real PostgreSQL: the link is single-use, expires, and the newest one alone works. */
@CoreIntegrationTest
@Import(ApiTokenServiceIT.Time.class)   // the same context (and movable clock) as the token tests
class PasswordResetIT {

    private static final String PASSWORD = "correct horse battery";
    private static final String NEW_PASSWORD = "a freshly chosen passphrase";

    @Autowired PasswordResetService resets;
    @Autowired AccountService accounts;
    @Autowired ApiTokenService tokens;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    private String run;
    private String address;

    @BeforeEach
    void newRun() {
        run = Long.toString(System.nanoTime(), 36);
        // every test its own client address, so the per-address budget of one does not spill into another
        address = "198.18." + (Math.abs(run.hashCode()) % 250) + "." + (Math.abs(run.hashCode() / 250) % 250);
    }

    private UserAccount account(String name) {
        return accounts.create(new EmailAddress(name + "." + run + "@example.com"), "Reset " + name, Role.CANDIDATE,
                Locale.ENGLISH, PASSWORD);
    }

    private List<String> mailedLinks(UserAccount account) {
        return jdbc.queryForList("""
                select model ->> 'resetLink' from mail_outbox
                where template = 'password-reset' and recipient_kind = 'USER' and recipient_id = ? order by id""",
                String.class, account.getId());
    }

    private String latestToken(UserAccount account) {
        List<String> links = mailedLinks(account);
        assertThat(links).isNotEmpty();
        String link = links.getLast();
        assertThat(link).startsWith("http://localhost:8080/reset-password?token=cbp_");
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    @Test
    void theMailedLinkSetsTheNewPasswordOnceAndOnlyAHashIsStored() {
        UserAccount account = account("once");
        resets.request(account.getEmail().value().toUpperCase(Locale.ROOT), address);
        String token = latestToken(account);
        assertThat(jdbc.queryForObject("select count(*) from password_reset where token_hash = sha256(convert_to(?, 'UTF8'))",
                Integer.class, token)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from password_reset where encode(token_hash, 'escape') like ?",
                Integer.class, "%" + token.substring(4) + "%")).isZero();
        assertThat(resets.problemWith(token)).isEmpty();

        assertThat(resets.reset(token, NEW_PASSWORD)).isEqualTo(account.getEmail().value());
        assertThat(tokens.login(account.getEmail().value(), NEW_PASSWORD, address)).isNotNull();

        assertThat(resets.problemWith(token)).contains(PasswordResetInvalidException.Reason.USED);
        assertThatThrownBy(() -> resets.reset(token, "yet another long passphrase"))
                .isInstanceOfSatisfying(PasswordResetInvalidException.class,
                        e -> assertThat(e.reason()).isEqualTo(PasswordResetInvalidException.Reason.USED));
        assertThat(tokens.login(account.getEmail().value(), NEW_PASSWORD, address)).isNotNull();
    }

    @Test
    void aLinkExpiresAfterThirtyMinutes() {
        UserAccount account = account("expiry");
        resets.request(account.getEmail().value(), address);
        String token = latestToken(account);

        clock.advance(Duration.ofMinutes(29));
        assertThat(resets.problemWith(token)).isEmpty();
        clock.advance(Duration.ofMinutes(1));
        assertThat(resets.problemWith(token)).contains(PasswordResetInvalidException.Reason.EXPIRED);
        assertThatThrownBy(() -> resets.reset(token, NEW_PASSWORD))
                .isInstanceOfSatisfying(PasswordResetInvalidException.class,
                        e -> assertThat(e.reason()).isEqualTo(PasswordResetInvalidException.Reason.EXPIRED));
        assertThatThrownBy(() -> tokens.login(account.getEmail().value(), NEW_PASSWORD, address))
                .isInstanceOf(InvalidCredentialsException.class);
    }

    @Test
    void aNewRequestMakesTheOlderLinksUselessAndUsingOneEndsTheRest() {
        UserAccount account = account("newest");
        resets.request(account.getEmail().value(), address);
        String first = latestToken(account);
        resets.request(account.getEmail().value(), address);
        String second = latestToken(account);
        assertThat(second).isNotEqualTo(first);

        assertThatThrownBy(() -> resets.reset(first, NEW_PASSWORD))
                .isInstanceOfSatisfying(PasswordResetInvalidException.class,
                        e -> assertThat(e.reason()).isEqualTo(PasswordResetInvalidException.Reason.UNKNOWN));
        resets.reset(second, NEW_PASSWORD);
        assertThat(jdbc.queryForObject("""
                select count(*) from password_reset where user_id = ? and used_at is null and revoked_at is null""",
                Integer.class, account.getId())).isZero();
    }

    @Test
    void aPasswordThatBreaksThePolicyLeavesTheLinkUsable() {
        UserAccount account = account("policy");
        resets.request(account.getEmail().value(), address);
        String token = latestToken(account);

        assertThatThrownBy(() -> resets.reset(token, "sunshine1234"))
                .isInstanceOf(InvalidValueException.class).hasMessage("invalid.newPassword.password-common");
        assertThatThrownBy(() -> resets.reset(token, account.getEmail().value()))
                .isInstanceOf(InvalidValueException.class).hasMessage("invalid.newPassword.password-personal");
        assertThat(resets.problemWith(token)).isEmpty();
        resets.reset(token, NEW_PASSWORD);
    }

    @Test
    void resettingEndsEverySignInOfTheAccount() {
        UserAccount account = account("signins");
        IssuedTokens phone = tokens.login(account.getEmail().value(), PASSWORD, address);
        Instant before = accounts.findById(account.getId()).orElseThrow().getPasswordChangedAt();
        clock.advance(Duration.ofSeconds(1));
        resets.request(account.getEmail().value(), address);
        resets.reset(latestToken(account), NEW_PASSWORD);

        assertThat(tokens.authenticate(phone.accessToken())).isEmpty();
        assertThatThrownBy(() -> tokens.refresh(phone.refreshToken(), "192.0.2.1")).isInstanceOf(InvalidCredentialsException.class);
        // web sessions stamped before this instant are ended by the session guard
        assertThat(accounts.findById(account.getId()).orElseThrow().getPasswordChangedAt()).isAfter(before);
    }

    @Test
    void anUnknownOrDisabledAddressGetsTheSameAnswerAndNoMail() {
        UserAccount disabled = account("disabled");
        accounts.deactivate(disabled.getId());
        long before = jdbc.queryForObject("select count(*) from mail_outbox", Long.class);
        long resetsBefore = jdbc.queryForObject("select count(*) from password_reset", Long.class);

        resets.request("nobody." + run + "@example.com", address);
        resets.request(disabled.getEmail().value(), address);
        resets.request("not an e-mail address", address);

        assertThat(jdbc.queryForObject("select count(*) from mail_outbox", Long.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from password_reset", Long.class)).isEqualTo(resetsBefore);
        assertThat(mailedLinks(disabled)).isEmpty();
    }

    @Test
    void aMailboxGetsAtMostThreeResetMailsAnHourWhoeverAsks() {
        UserAccount account = account("bombed");
        for (int i = 0; i < 3; i++) {
            resets.request(account.getEmail().value(), "192.0.2." + i);
        }
        assertThatThrownBy(() -> resets.request(account.getEmail().value(), "192.0.2.99"))
                .isInstanceOfSatisfying(PasswordResetThrottledException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofHours(1)));
        assertThat(mailedLinks(account)).hasSize(3);
        // an unknown address is counted exactly like a real one
        String ghost = "ghost." + run + "@example.com";
        for (int i = 0; i < 3; i++) {
            resets.request(ghost, "192.0.2." + (10 + i));
        }
        assertThatThrownBy(() -> resets.request(ghost, "192.0.2.99")).isInstanceOf(PasswordResetThrottledException.class);

        clock.advance(Duration.ofHours(1));
        resets.request(account.getEmail().value(), "192.0.2.99");
        assertThat(mailedLinks(account)).hasSize(4);
    }

    @Test
    void oneClientAddressCanAskForAtMostTenResetsAnHour() {
        for (int i = 0; i < 10; i++) {
            resets.request("someone" + i + "." + run + "@example.com", address);
        }
        assertThatThrownBy(() -> resets.request("someone-else." + run + "@example.com", address))
                .isInstanceOf(PasswordResetThrottledException.class);
        resets.request("someone-else." + run + "@example.com", address + "1");
    }

    @Test
    void changingThePasswordRevokesApiTokensAndMovesTheStampForward() {
        UserAccount account = account("change");
        IssuedTokens phone = tokens.login(account.getEmail().value(), PASSWORD, address);
        Instant before = accounts.findById(account.getId()).orElseThrow().getPasswordChangedAt();
        clock.advance(Duration.ofSeconds(1));

        Instant changedAt = accounts.changePassword(account.getId(), PASSWORD, NEW_PASSWORD);

        assertThat(changedAt).isAfter(before)
                .isEqualTo(accounts.findById(account.getId()).orElseThrow().getPasswordChangedAt());
        assertThat(tokens.authenticate(phone.accessToken())).isEmpty();
        assertThatThrownBy(() -> accounts.changePassword(account.getId(), NEW_PASSWORD, "password1234"))
                .isInstanceOf(InvalidValueException.class).hasMessage("invalid.newPassword.password-common");
    }

    @Test
    void changingThePasswordThroughTheApiGivesTheCallerANewSignInAndEndsTheOthers() {
        UserAccount account = account("api-change");
        IssuedTokens phone = tokens.login(account.getEmail().value(), PASSWORD, address);
        IssuedTokens tablet = tokens.login(account.getEmail().value(), PASSWORD, address);
        clock.advance(Duration.ofSeconds(1));

        IssuedTokens fresh = accounts.changePasswordAndSignIn(account.getId(), PASSWORD, NEW_PASSWORD);

        assertThat(tokens.authenticate(phone.accessToken())).isEmpty();
        assertThat(tokens.authenticate(tablet.accessToken())).isEmpty();
        assertThat(tokens.authenticate(fresh.accessToken())).isPresent();
        assertThat(tokens.refresh(fresh.refreshToken(), "192.0.2.1")).isNotNull();
    }
}
