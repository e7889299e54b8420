package com.careerbridge.crm.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.testsupport.CoreIntegrationTest;
import com.careerbridge.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CoreIntegrationTest
@Import(ApiTokenServiceIT.Time.class)
public class ApiTokenServiceIT {

    private static final String PASSWORD = "correct horse battery";
    private static final String ADDRESS = "203.0.113.7";

    // Not a @TestConfiguration: CoreTestApplication's component scan would pick that up for every other test too.
    public static class Time {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
        }
    }

    @Autowired
    ApiTokenService tokens;

    @Autowired
    AccountService accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    Clock injectedClock;

    @Autowired
    JdbcTemplate jdbc;

    private UserAccount account(String email) {
        return accounts.create(new EmailAddress(email), "Test " + email, Role.CANDIDATE, Locale.ENGLISH, PASSWORD);
    }

    @Test
    void theServicesRunOnTheMovableClock() {
        assertThat(injectedClock).isSameAs(clock);
    }

    @Test
    void accessTokenWorksUntilItExpires() {
        UserAccount account = account("expiry@example.com");
        IssuedTokens issued = tokens.login("Expiry@Example.com", PASSWORD, ADDRESS);

        assertThat(issued.accessTokenExpiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(tokens.authenticate(issued.accessToken())).hasValueSatisfying(verified -> {
            assertThat(verified.user().userId()).isEqualTo(account.getId());
            assertThat(verified.user().role()).isEqualTo(Role.CANDIDATE);
        });
        clock.advance(Duration.ofMinutes(14));
        assertThat(tokens.authenticate(issued.accessToken())).isPresent();
        clock.advance(Duration.ofMinutes(1));
        assertThat(tokens.authenticate(issued.accessToken())).isEmpty();
    }

    @Test
    void storesOnlyHashesOfTheTokens() {
        account("hashes@example.com");
        IssuedTokens issued = tokens.login("hashes@example.com", PASSWORD, ADDRESS);

        Integer rawStored = jdbc.queryForObject(
                "select count(*) from api_token where token_hash = convert_to(?, 'UTF8') or token_hash = convert_to(?, 'UTF8')",
                Integer.class, issued.accessToken(), issued.refreshToken());
        Integer hashed = jdbc.queryForObject(
                "select count(*) from api_token where token_hash = sha256(convert_to(?, 'UTF8'))",
                Integer.class, issued.accessToken());
        assertThat(rawStored).isZero();
        assertThat(hashed).isOne();
    }

    @Test
    void refreshRotatesAndReplayingAUsedRefreshTokenRevokesTheWholeFamily() {
        account("rotation@example.com");
        IssuedTokens first = tokens.login("rotation@example.com", PASSWORD, ADDRESS);
        IssuedTokens second = tokens.refresh(first.refreshToken(), ADDRESS);

        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(tokens.authenticate(second.accessToken())).isPresent();

        assertThatThrownBy(() -> tokens.refresh(first.refreshToken(), "198.51.100.7"))
                .as("replayed from another client").isInstanceOf(InvalidCredentialsException.class);

        assertThat(tokens.authenticate(second.accessToken())).isEmpty();
        assertThat(tokens.authenticate(first.accessToken())).isEmpty();
        assertThatThrownBy(() -> tokens.refresh(second.refreshToken(), ADDRESS)).isInstanceOf(InvalidCredentialsException.class);
    }

    @Test
    void twoRefreshesRacingFromOneClientKeepTheSignIn() {
        account("race@example.com");
        IssuedTokens first = tokens.login("race@example.com", PASSWORD, ADDRESS);
        IssuedTokens winner = tokens.refresh(first.refreshToken(), ADDRESS);
        clock.advance(java.time.Duration.ofSeconds(5));

        assertThatThrownBy(() -> tokens.refresh(first.refreshToken(), ADDRESS))
                .isInstanceOf(RefreshTokenJustUsedException.class);
        assertThat(tokens.authenticate(winner.accessToken())).as("the winner's new tokens still work").isPresent();
        assertThat(tokens.refresh(winner.refreshToken(), ADDRESS).accessToken()).isNotBlank();
    }

    @Test
    void aRepeatAfterTheGraceWindowIsTheftAndRevokesTheSignIn() {
        account("late-repeat@example.com");
        IssuedTokens first = tokens.login("late-repeat@example.com", PASSWORD, ADDRESS);
        IssuedTokens second = tokens.refresh(first.refreshToken(), ADDRESS);
        clock.advance(java.time.Duration.ofSeconds(31));

        assertThatThrownBy(() -> tokens.refresh(first.refreshToken(), ADDRESS))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThat(tokens.authenticate(second.accessToken())).isEmpty();
    }

    @Test
    void refreshesRacingForRealLetExactlyOneWinAndRevokeNothing() throws Exception {
        account("parallel@example.com");
        IssuedTokens first = tokens.login("parallel@example.com", PASSWORD, ADDRESS);
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.Callable<Object> refresh = () -> {
            start.await();
            try {
                return tokens.refresh(first.refreshToken(), ADDRESS);
            } catch (RuntimeException e) {
                return e;
            }
        };
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var a = pool.submit(refresh);
            var b = pool.submit(refresh);
            java.util.List<Object> outcomes = java.util.List.of(a.get(), b.get());

            assertThat(outcomes).filteredOn(IssuedTokens.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(RefreshTokenJustUsedException.class::isInstance).hasSize(1);
            IssuedTokens won = (IssuedTokens) outcomes.stream().filter(IssuedTokens.class::isInstance).findFirst()
                    .orElseThrow();
            assertThat(tokens.authenticate(won.accessToken())).isPresent();
        }
    }

    @Test
    void anotherSignInOfTheSameAccountSurvivesReuseInOneFamily() {
        account("two-devices@example.com");
        IssuedTokens phone = tokens.login("two-devices@example.com", PASSWORD, ADDRESS);
        IssuedTokens tablet = tokens.login("two-devices@example.com", PASSWORD, ADDRESS);
        tokens.refresh(phone.refreshToken(), ADDRESS);
        clock.advance(java.time.Duration.ofMinutes(1));
        assertThatThrownBy(() -> tokens.refresh(phone.refreshToken(), ADDRESS)).isInstanceOf(InvalidCredentialsException.class);

        assertThat(tokens.authenticate(tablet.accessToken())).isPresent();
    }

    @Test
    void logoutEndsTheSignIn() {
        account("logout@example.com");
        IssuedTokens issued = tokens.login("logout@example.com", PASSWORD, ADDRESS);
        tokens.logout(issued.refreshToken());

        assertThat(tokens.authenticate(issued.accessToken())).isEmpty();
        assertThatThrownBy(() -> tokens.refresh(issued.refreshToken(), ADDRESS)).isInstanceOf(InvalidCredentialsException.class);
    }

    @Test
    void passwordChangeRevokesEveryTokenAtOnce() {
        UserAccount account = account("password@example.com");
        IssuedTokens issued = tokens.login("password@example.com", PASSWORD, ADDRESS);
        accounts.changePassword(account.getId(), PASSWORD, "an entirely new password");

        assertThat(tokens.authenticate(issued.accessToken())).isEmpty();
        assertThatThrownBy(() -> tokens.refresh(issued.refreshToken(), ADDRESS)).isInstanceOf(InvalidCredentialsException.class);
        assertThat(tokens.login("password@example.com", "an entirely new password", ADDRESS)).isNotNull();
    }

    @Test
    void deactivationRevokesEveryTokenAndReactivationDoesNotReviveThem() {
        UserAccount account = account("deactivated@example.com");
        IssuedTokens issued = tokens.login("deactivated@example.com", PASSWORD, ADDRESS);
        accounts.deactivate(account.getId());

        assertThat(tokens.authenticate(issued.accessToken())).isEmpty();
        assertThatThrownBy(() -> tokens.login("deactivated@example.com", PASSWORD, ADDRESS))
                .isInstanceOf(InvalidCredentialsException.class);

        accounts.reactivate(account.getId());
        assertThat(tokens.authenticate(issued.accessToken())).isEmpty();
    }

    @Test
    void aDisabledFlagSetBehindTheServicesBackStillLocksTokensOut() {
        UserAccount account = account("sql-disabled@example.com");
        IssuedTokens issued = tokens.login("sql-disabled@example.com", PASSWORD, ADDRESS);
        jdbc.update("update user_account set enabled = false where id = ?", account.getId());

        assertThat(tokens.authenticate(issued.accessToken())).isEmpty();
    }

    @Test
    void unknownEmailAndWrongPasswordFailTheSameWay() {
        account("known@example.com");
        assertThatThrownBy(() -> tokens.login("known@example.com", "wrong password!!", ADDRESS))
                .isInstanceOf(InvalidCredentialsException.class).hasMessage("auth.invalid-credentials");
        assertThatThrownBy(() -> tokens.login("nobody@example.com", "wrong password!!", ADDRESS))
                .isInstanceOf(InvalidCredentialsException.class).hasMessage("auth.invalid-credentials");
        assertThatThrownBy(() -> tokens.login("not an e-mail", "wrong password!!", ADDRESS))
                .isInstanceOf(InvalidCredentialsException.class).hasMessage("auth.invalid-credentials");
    }

    @Test
    void failuresPerAccountAndAddressDelayTheNextAttemptExponentially() {
        account("guessed@example.com");
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> tokens.login("guessed@example.com", "wrong password!!", ADDRESS))
                    .isInstanceOf(InvalidCredentialsException.class);
        }
        // The fourth failure costs a one-second wait, the fifth two seconds.
        assertThatThrownBy(() -> tokens.login("guessed@example.com", "wrong password!!", ADDRESS))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThatThrownBy(() -> tokens.login("guessed@example.com", PASSWORD, ADDRESS))
                .isInstanceOfSatisfying(LoginThrottledException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
        // Another address is not slowed down by this pair.
        assertThat(tokens.login("guessed@example.com", PASSWORD, "198.51.100.1")).isNotNull();

        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> tokens.login("guessed@example.com", "wrong password!!", ADDRESS))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThatThrownBy(() -> tokens.login("guessed@example.com", PASSWORD, ADDRESS))
                .isInstanceOfSatisfying(LoginThrottledException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(2)));
        clock.advance(Duration.ofSeconds(2));
        assertThat(tokens.login("guessed@example.com", PASSWORD, ADDRESS)).isNotNull();
    }

    @Test
    void anAccountAttackedFromManyAddressesIsBlockedForOneWindowOnly() {
        account("targeted@example.com");
        for (int i = 0; i < 20; i++) {
            String address = "192.0.2." + i;
            assertThatThrownBy(() -> tokens.login("targeted@example.com", "wrong password!!", address))
                    .isInstanceOf(InvalidCredentialsException.class);
        }
        assertThatThrownBy(() -> tokens.login("targeted@example.com", PASSWORD, "198.51.100.99"))
                .isInstanceOfSatisfying(LoginThrottledException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(15)));

        clock.advance(Duration.ofMinutes(15));
        assertThat(tokens.login("targeted@example.com", PASSWORD, "198.51.100.99")).isNotNull();
    }

    @Test
    void anUnknownEmailIsThrottledExactlyLikeAKnownOne() {
        account("real@example.com");
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> tokens.login("real@example.com", "wrong password!!", "192.0.2.200"))
                    .isInstanceOf(InvalidCredentialsException.class);
            assertThatThrownBy(() -> tokens.login("ghost@example.com", "wrong password!!", "192.0.2.201"))
                    .isInstanceOf(InvalidCredentialsException.class);
        }
        assertThatThrownBy(() -> tokens.login("real@example.com", "wrong password!!", "192.0.2.200"))
                .isInstanceOfSatisfying(LoginThrottledException.class,
                        e -> assertThat(e.retryAfterSeconds()).isEqualTo(1));
        assertThatThrownBy(() -> tokens.login("ghost@example.com", "wrong password!!", "192.0.2.201"))
                .isInstanceOfSatisfying(LoginThrottledException.class,
                        e -> assertThat(e.retryAfterSeconds()).isEqualTo(1));
    }
}
