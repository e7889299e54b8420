package com.careerbridge.crm.api;

import java.util.List;
import java.util.Locale;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.ActingAs;
import com.careerbridge.testsupport.MutableClock;
import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.SecuritySettings;
import com.careerbridge.crm.account.TwoFactorService;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.account.twofactor.Base32;
import com.careerbridge.crm.account.twofactor.Totp;
import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.testsupport.api.ApiClient;
import com.careerbridge.testsupport.api.ApiIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@ApiIntegrationTest
class TwoFactorApiIT {

    private static final String PASSWORD = "correct horse battery";
    private static final String PROBLEMS = "https://careerbridge.example/problems/";

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired TwoFactorService twoFactor;
    @Autowired SecuritySettings settings;
    @Autowired ActingAs actingAs;
    @Autowired MutableClock clock;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private UserAccount account(Role role) {
        String email = "otp." + role.name().toLowerCase(Locale.ROOT) + "." + System.nanoTime() + "@example.com";
        return accounts.create(new EmailAddress(email), "Minji Seo", role, Locale.ENGLISH, PASSWORD);
    }

    private record Enrolled(String secret, List<String> recoveryCodes) {
    }

    private Enrolled enrol(UserAccount account) {
        TwoFactorService.Enrolment enrolment = actingAs.call(account.getId(), twoFactor::beginEnrolment);
        List<String> codes = actingAs.call(account.getId(), () -> twoFactor.confirmEnrolment(code(enrolment.secret(), 0)));
        return new Enrolled(enrolment.secret(), codes);
    }

    /** The code of the step {@code offset} steps from now (the enrolment used the current one). */
    private String code(String secret, int offset) {
        return Totp.code(Base32.decode(secret), Totp.step(clock.instant()) + offset);
    }

    private ApiClient.Response token(UserAccount account, String otp) {
        String otpField = otp == null ? "" : ",\"otp\":\"" + otp + "\"";
        return api.postJson("/api/v1/auth/token", "{\"email\":\"" + account.getEmail().value() + "\",\"password\":\""
                + PASSWORD + "\"" + otpField + "}");
    }

    private static void assertProblem(ApiClient.Response response, int status, String type) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo(PROBLEMS + type);
        assertThat(response.body()).doesNotContain("accessToken");
    }

    @Test
    void anAccountWithTwoFactorLoginNeedsACodeForAToken() {
        UserAccount account = account(Role.CANDIDATE);
        Enrolled enrolled = enrol(account);

        assertProblem(token(account, null), 401, "two-factor-required");
        assertProblem(token(account, ""), 401, "two-factor-required");
        assertProblem(token(account, code(enrolled.secret(), 0)), 401, "invalid-credentials");

        String fresh = code(enrolled.secret(), 1);
        ApiClient.Response signedIn = token(account, fresh);
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
        assertThat(signedIn.json().get("accessToken").asString()).startsWith("cba_");

        assertProblem(token(account, fresh), 401, "invalid-credentials");
    }

    @Test
    void aRecoveryCodeOpensOnceAndTheCodeNeverStandsInForThePassword() {
        UserAccount account = account(Role.CONSULTANT);
        Enrolled enrolled = enrol(account);
        String recovery = enrolled.recoveryCodes().getFirst();

        assertThat(token(account, recovery).status()).isEqualTo(200);
        assertProblem(token(account, recovery), 401, "invalid-credentials");

        ApiClient.Response wrongPassword = api.postJson("/api/v1/auth/token", "{\"email\":\"" + account.getEmail().value()
                + "\",\"password\":\"not the password\",\"otp\":\"" + code(enrolled.secret(), 1) + "\"}");
        assertProblem(wrongPassword, 401, "invalid-credentials");
    }

    @Test
    void wrongCodesAreThrottledLikeWrongPasswords() {
        UserAccount account = account(Role.CANDIDATE);
        Enrolled enrolled = enrol(account);
        String wrong = code(enrolled.secret(), 1).equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 4; i++) {
            assertProblem(token(account, wrong), 401, "invalid-credentials");
        }
        ApiClient.Response throttled = token(account, code(enrolled.secret(), 1));
        assertProblem(throttled, 429, "too-many-attempts");
        assertThat(throttled.header("Retry-After")).isNotBlank();
    }

    @Test
    void anAccountWithoutTwoFactorLoginSignsInAsBefore() {
        UserAccount account = account(Role.CANDIDATE);
        assertThat(token(account, null).status()).isEqualTo(200);
        assertThat(token(account, "123456").status()).as("an otp is ignored when none is needed").isEqualTo(200);
    }

    @Test
    void staffWhoMustEnrolGetNoTokenUntilTheyHave() {
        UserAccount consultant = account(Role.CONSULTANT);
        UserAccount admin = account(Role.ADMIN);
        actingAs.run(admin.getId(), () -> settings.requireTwoFactorForStaff(true));
        try {
            assertProblem(token(consultant, null), 403, "two-factor-enrolment-required");
            assertThat(token(account(Role.CANDIDATE), null).status()).isEqualTo(200);
        } finally {
            actingAs.run(admin.getId(), () -> settings.requireTwoFactorForStaff(false));
        }
    }
}
