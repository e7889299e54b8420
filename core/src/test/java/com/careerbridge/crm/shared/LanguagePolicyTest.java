package com.careerbridge.crm.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class LanguagePolicyTest {

    private final LanguagePolicy korean = new LanguagePolicy(Office.DEFAULT);
    private final LanguagePolicy english = new LanguagePolicy(new Office(ZoneId.of("Europe/London"), Language.EN));

    @Test
    void the_account_setting_comes_first() {
        assertThat(korean.choose(Language.EN, Language.KO, "ko-KR")).isEqualTo(Language.EN);
    }

    @Test
    void then_the_candidate_record() {
        assertThat(korean.choose(null, Language.EN, "ko-KR")).isEqualTo(Language.EN);
    }

    @Test
    void then_what_the_client_asks_for_in_its_order_of_preference() {
        assertThat(korean.choose(null, null, "fr-FR, en-GB;q=0.8, ko;q=0.5")).isEqualTo(Language.EN);
        assertThat(english.choose(null, null, "de, ko;q=0.9, en;q=0.8")).isEqualTo(Language.KO);
        assertThat(english.choose(null, null, "ko;q=0, en")).isEqualTo(Language.EN);
    }

    @Test
    void then_the_office_default_also_for_unknown_or_malformed_headers() {
        assertThat(korean.choose(null, null, null)).isEqualTo(Language.KO);
        assertThat(english.choose(null, null, "")).isEqualTo(Language.EN);
        assertThat(english.choose(null, null, "fr-FR")).isEqualTo(Language.EN);
        assertThat(korean.choose(null, null, ";;;q=xyz")).isEqualTo(Language.KO);
    }

    @Test
    void a_locale_is_one_of_ours_only_by_its_language() {
        assertThat(LanguagePolicy.supported(Locale.forLanguageTag("en-US"))).contains(Language.EN);
        assertThat(LanguagePolicy.supported(Locale.KOREA)).contains(Language.KO);
        assertThat(LanguagePolicy.supported(Locale.FRENCH)).isEmpty();
        assertThat(LanguagePolicy.supported(null)).isEmpty();
    }
}
