package com.careerbridge.crm.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.careerbridge.crm.account.twofactor.Base32;
import com.careerbridge.crm.account.twofactor.Totp;
import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.testsupport.CoreIntegrationTest;
import com.careerbridge.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CoreIntegrationTest
@Import(TwoFactorServiceIT.Time.class)
class TwoFactorServiceIT {

    private static final String PASSWORD = "correct horse battery";
    private static final String ADDRESS = "198.51.100.9";

    // Not a @TestConfiguration: CoreTestApplication's component scan would pick that up for every other test too.
    static class Time {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock(Instant.parse("2026-05-04T09:00:10Z"));
        }
    }

    @Autowired TwoFactorService twoFactor;
    @Autowired SecuritySettings settings;
    @Autowired AccountService accounts;
    @Autowired ActingAs actingAs;
    @Autowired CurrentActor currentActor;
    @Autowired UserDetailsService userDetails;
    @Autowired MutableClock clock;

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        actingAs.run(admin().getId(), () -> settings.requireTwoFactorForStaff(false));
    }

    private UserAccount account(Role role) {
        String email = role.name().toLowerCase(Locale.ROOT) + "." + System.nanoTime() + "@example.com";
        return accounts.create(new EmailAddress(email), "Test " + role, role, Locale.ENGLISH, PASSWORD);
    }

    private UserAccount admin() {
        return account(Role.ADMIN);
    }

    /** The session right after a correct password, as the login form leaves it. */
    private AuthenticatedUser afterPassword(UserAccount account) {
        AuthenticatedUser user = (AuthenticatedUser) userDetails.loadUserByUsername(account.getEmail().value());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    private <T> T as(UserAccount account, Supplier<T> work) {
        return actingAs.call(account.getId(), work);
    }

    private String currentCode(String secret) {
        return Totp.code(Base32.decode(secret), Totp.step(clock.instant()));
    }

    /** Enrols the account and returns its secret; the confirming code's step is used up. */
    private String enrol(UserAccount account) {
        TwoFactorService.Enrolment enrolment = as(account, twoFactor::beginEnrolment);
        as(account, () -> twoFactor.confirmEnrolment(currentCode(enrolment.secret())));
        return enrolment.secret();
    }

    @Test
    void enrolmentStaysPendingUntilACorrectCodeConfirmsIt() {
        UserAccount user = account(Role.CONSULTANT);
        TwoFactorService.Enrolment enrolment = as(user, twoFactor::beginEnrolment);

        assertThat(enrolment.secret()).matches("[A-Z2-7]{32}");
        assertThat(enrolment.otpauthUri()).startsWith("otpauth://totp/CareerBridge:" + user.getEmail().value()
                + "?secret=" + enrolment.secret() + "&issuer=CareerBridge");
        assertThat(as(user, twoFactor::status).enrolmentPending()).isTrue();
        assertThat(afterPassword(user).pendingSecondStep()).isEmpty();

        String wrong = currentCode(enrolment.secret()).equals("000000") ? "111111" : "000000";
        assertThatThrownBy(() -> as(user, () -> twoFactor.confirmEnrolment(wrong)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.violations().getFirst().reason()).isEqualTo("two-factor-code-wrong"));
        assertThat(twoFactor.isEnabled(user.getId())).isFalse();

        List<String> recoveryCodes = as(user, () -> twoFactor.confirmEnrolment(currentCode(enrolment.secret())));

        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
        assertThat(twoFactor.isEnabled(user.getId())).isTrue();
        assertThat(as(user, twoFactor::status).recoveryCodesLeft()).isEqualTo(10);
        AuthenticatedUser afterPassword = afterPassword(user);
        assertThat(afterPassword.pendingSecondStep()).contains(SecondStep.CODE);
        assertThat(afterPassword.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly(SecondStep.PENDING_AUTHORITY);
    }

    @Test
    void aHalfSignedInSessionIsNoActorForAnyService() {
        UserAccount user = account(Role.CONSULTANT);
        enrol(user);
        afterPassword(user);

        assertThatThrownBy(currentActor::get).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> twoFactor.disable(PASSWORD)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void theSecondStepGivesTheRoleAndACodeWorksOnlyOnce() {
        UserAccount user = account(Role.CONSULTANT);
        String secret = enrol(user);
        String confirmingCode = currentCode(secret);

        afterPassword(user);
        assertThatThrownBy(() -> twoFactor.completeSignIn(confirmingCode, ADDRESS))
                .as("the code that confirmed the enrolment is used up").isInstanceOf(InvalidValueException.class);

        clock.advance(Duration.ofSeconds(30));
        String code = currentCode(secret);
        AuthenticatedUser signedIn = twoFactor.completeSignIn(code, ADDRESS);
        assertThat(signedIn.pendingSecondStep()).isEmpty();
        assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_CONSULTANT");

        afterPassword(user);
        assertThatThrownBy(() -> twoFactor.completeSignIn(code, ADDRESS)).as("replayed within its 90 seconds")
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aRecoveryCodeWorksOnceAndOthersStillWork() {
        UserAccount user = account(Role.CANDIDATE);
        TwoFactorService.Enrolment enrolment = as(user, twoFactor::beginEnrolment);
        List<String> codes = as(user, () -> twoFactor.confirmEnrolment(currentCode(enrolment.secret())));

        afterPassword(user);
        assertThat(twoFactor.completeSignIn(codes.get(3).toLowerCase(Locale.ROOT), ADDRESS).pendingSecondStep()).isEmpty();

        afterPassword(user);
        assertThatThrownBy(() -> twoFactor.completeSignIn(codes.get(3), ADDRESS)).isInstanceOf(InvalidValueException.class);
        afterPassword(user);
        assertThat(twoFactor.completeSignIn(codes.get(4), ADDRESS).pendingSecondStep()).isEmpty();
        assertThat(as(user, twoFactor::status).recoveryCodesLeft()).isEqualTo(8);
    }

    @Test
    void wrongCodesAreThrottledLikeWrongPasswords() {
        UserAccount user = account(Role.CONSULTANT);
        String secret = enrol(user);
        String wrong = "12345678".substring(0, 6);
        afterPassword(user);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> twoFactor.completeSignIn(wrong.equals(currentCode(secret)) ? "654321" : wrong, ADDRESS))
                    .isInstanceOf(InvalidValueException.class);
        }
        // The next step's code is accepted (clock tolerance) and unused: only the throttle stands in its way.
        String nextCode = Totp.code(Base32.decode(secret), Totp.step(clock.instant()) + 1);
        assertThatThrownBy(() -> twoFactor.completeSignIn(nextCode, ADDRESS))
                .as("even the right code waits").isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void onlyAnAdminRequiresTwoFactorForStaffAndThenStaffMustEnrol() {
        UserAccount consultant = account(Role.CONSULTANT);
        UserAccount candidate = account(Role.CANDIDATE);
        assertThatThrownBy(() -> actingAs.run(consultant.getId(), () -> settings.requireTwoFactorForStaff(true)))
                .isInstanceOf(ForbiddenException.class);
        assertThat(settings.twoFactorRequiredForStaff()).isFalse();

        actingAs.run(admin().getId(), () -> settings.requireTwoFactorForStaff(true));

        assertThat(settings.twoFactorRequiredForStaff()).isTrue();
        assertThat(afterPassword(consultant).pendingSecondStep()).contains(SecondStep.ENROLMENT);
        assertThat(afterPassword(candidate).pendingSecondStep()).isEmpty();

        afterPassword(consultant);
        assertThatThrownBy(twoFactor::completeEnrolmentSignIn).as("not enrolled yet")
                .isInstanceOf(com.careerbridge.crm.shared.ConflictException.class);
        TwoFactorService.Enrolment enrolment = twoFactor.beginEnrolment();
        twoFactor.confirmEnrolment(currentCode(enrolment.secret()));
        assertThat(twoFactor.completeEnrolmentSignIn().getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_CONSULTANT");

        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> actingAs.run(consultant.getId(), () -> twoFactor.disable(PASSWORD)))
                .as("staff cannot turn it off while it is required").isInstanceOf(ForbiddenException.class);
    }

    @Test
    void disablingNeedsProofAndAnAdminCanResetALostPhone() {
        UserAccount user = account(Role.CONSULTANT);
        enrol(user);
        assertThatThrownBy(() -> actingAs.run(user.getId(), () -> twoFactor.disable("not my password")))
                .isInstanceOf(InvalidValueException.class);
        assertThat(twoFactor.isEnabled(user.getId())).isTrue();

        UserAccount colleague = account(Role.CONSULTANT);
        assertThatThrownBy(() -> actingAs.run(colleague.getId(), () -> twoFactor.reset(user.getId())))
                .isInstanceOf(ForbiddenException.class);
        assertThat(twoFactor.isEnabled(user.getId())).isTrue();

        actingAs.run(admin().getId(), () -> twoFactor.reset(user.getId()));
        assertThat(twoFactor.isEnabled(user.getId())).isFalse();
        assertThat(afterPassword(user).pendingSecondStep()).isEmpty();

        SecurityContextHolder.clearContext();
        enrol(user);
        actingAs.run(user.getId(), () -> twoFactor.disable(PASSWORD));
        assertThat(twoFactor.isEnabled(user.getId())).isFalse();
    }
}
