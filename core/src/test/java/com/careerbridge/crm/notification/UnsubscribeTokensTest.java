package com.careerbridge.crm.notification;

import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnsubscribeTokensTest {

    private final UnsubscribeTokens tokens = new UnsubscribeTokens(
            SigningKey.fixed("a-test-key-that-is-long-enough-for-hmac".getBytes(StandardCharsets.UTF_8)),
            MailFixtures.settings());

    @Test
    void a_genuine_token_names_its_candidate() {
        String token = tokens.issue(4711);

        assertThat(tokens.verify(token)).isEqualTo(OptionalLong.of(4711));
        assertThat(token).matches("4711\\.[A-Za-z0-9_-]{43}");
    }

    @Test
    void the_link_points_at_the_unsubscribe_page_of_the_configured_base_url() {
        assertThat(tokens.link(12).toString())
                .isEqualTo("https://crm.careerbridge.test/unsubscribe?token=" + tokens.issue(12));
    }

    @Test
    void a_token_for_another_candidate_or_with_a_changed_signature_is_refused() {
        String token = tokens.issue(4711);
        String signature = token.substring(token.indexOf('.') + 1);

        assertThat(tokens.verify("4712." + signature)).isEmpty();
        char last = signature.charAt(signature.length() - 1);
        String tampered = "4711." + signature.substring(0, signature.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertThat(tokens.verify(tampered)).isEmpty();
        assertThat(tokens.verify("4711." + signature.substring(1))).isEmpty();
        assertThat(tokens.verify("04711." + signature)).isEmpty();
    }

    @Test
    void a_token_signed_for_another_purpose_is_not_an_unsubscribe_token() {
        String other = tokens.sign("confirm-email", 4711);

        assertThat(tokens.verify("confirm-email", other)).hasValue(4711);
        assertThat(tokens.verify(other)).isEmpty();
    }

    @Test
    void a_token_signed_with_another_key_is_refused() {
        UnsubscribeTokens otherInstallation = new UnsubscribeTokens(
                SigningKey.fixed("another-key-of-another-installation!!".getBytes(StandardCharsets.UTF_8)),
                MailFixtures.settings());

        assertThat(tokens.verify(otherInstallation.issue(4711))).isEmpty();
    }

    @Test
    void garbage_is_refused_without_an_exception() {
        for (String garbage : new String[] {null, "", ".", "4711", "4711.", ".abc", "abc.def", "-5.abc", "0.abc",
                "4711.!!!", "9999999999999999999999.abc", "x".repeat(500)}) {
            assertThat(tokens.verify(garbage)).as(String.valueOf(garbage)).isEmpty();
        }
    }
}
