package com.careerbridge.crm.account;

import com.careerbridge.crm.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

    private static final String EMAIL = "jonathan.kimberly@example.com";
    private static final String NAME = "Jonathan Kimberly";

    private static void refused(String password, String reason) {
        assertThatThrownBy(() -> PasswordPolicy.check("password", password, EMAIL, NAME))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.violations()).containsExactly(
                                new InvalidValueException.FieldViolation("password", reason)));
    }

    private static void accepted(String password) {
        assertThatCode(() -> PasswordPolicy.check("password", password, EMAIL, NAME)).doesNotThrowAnyException();
    }

    @Test
    void elevenCharactersAreTooFewAndTwelveAreEnough() {
        refused("river mount", "password-too-short");
        accepted("river mounta");
    }

    @Test
    void lengthIsCountedInCodePointsNotJavaChars() {
        // 11 emoji are 22 UTF-16 units but only 11 characters
        refused("🍀".repeat(5) + "🌸".repeat(6), "password-too-short");
        accepted("한국어로 된 긴 비밀번호예요");
    }

    @Test
    void moreThan128CharactersAreRefused() {
        accepted("correct horse ".repeat(9) + "ab");   // 128
        refused("correct horse ".repeat(9) + "abc", "password-too-long");   // 129
    }

    @Test
    void commonPasswordsFromTheShippedListAreRefusedWhateverTheirCase() {
        refused("password1234", "password-common");
        refused("PassWord1234", "password-common");
        refused("1q2w3e4r5t6y", "password-common");
    }

    @Test
    void aCommonPasswordWithDigitsOrSymbolsAroundItOrRepeatedIsStillCommon() {
        refused("Sunshine2026!", "password-common");
        refused("!!iloveyou123", "password-common");
        refused("passwordpassword", "password-common");
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "111111111111111", "abcabcabcabc", "ㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋ"})
    void aRepeatedCharacterOrShortRunIsRefused(String password) {
        refused(password, "password-common");
    }

    @Test
    void theOwnEmailAddressItsLocalPartOrTheNameAreRefused() {
        refused("jonathan.kimberly@example.com", "password-personal");
        refused("Jonathan.Kimberly@Example.com", "password-personal");
        refused("jonathan.kimberly", "password-personal");
        refused("Jonathan Kimberly", "password-personal");
        refused("jonathankimberly", "password-personal");
        // without an account to compare with, the same password is fine; and more than the name is fine too
        assertThatCode(() -> PasswordPolicy.check("password", "jonathan.kimberly@example.com"))
                .doesNotThrowAnyException();
        accepted("jonathan kimberly walks to work");
    }

    @Test
    void noCompositionRules() {
        accepted("all lower case words here");
        accepted("1234 5678 9012 3456 78x");
    }
}
