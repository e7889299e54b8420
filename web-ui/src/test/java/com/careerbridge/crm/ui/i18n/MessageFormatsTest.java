package com.careerbridge.crm.ui.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Texts with placeholders go through {@link MessageFormat} (Vaadin's default provider does that whenever arguments are
 * given): counts must read "1 candidate" / "2 candidates", and an apostrophe must be doubled or it swallows the rest
 * of the text.
 */
class MessageFormatsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    /** English nouns that follow a count somewhere in the bundle. */
    private static final String NOUNS = "candidate|row|open item|item|guide|session|e-mail|day|character";
    private static final Pattern ONE_WITH_PLURAL = Pattern.compile("(?<![\\d,.])1 (" + NOUNS + ")s\\b");
    private static final Pattern MANY_WITH_SINGULAR = Pattern.compile("(?<![\\d,.])(2|1,000) (" + NOUNS + ")\\b(?!s)");

    /**
     * Field errors that {@code UiErrors} also shows without arguments, so they must stay free of choice patterns; the
     * numbers in them are the password policy's fixed limits (12 and 128), never 1.
     */
    private static final Set<String> FIXED_LIMITS = Set.of("error.password-too-short", "error.password-too-long");

    private final DefaultI18NProvider provider = new DefaultI18NProvider(Translations.SUPPORTED);

    @Test
    void englishCountsAgreeWithTheirNumber() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String key : withPlaceholders(load("vaadin-i18n/translations.properties"))) {
            if (FIXED_LIMITS.contains(key)) {
                continue;
            }
            for (long count : new long[] {1, 2, 1000}) {
                String text = provider.getTranslation(key, Locale.ENGLISH, counts(key, count));
                Matcher one = ONE_WITH_PLURAL.matcher(text);
                Matcher many = MANY_WITH_SINGULAR.matcher(text);
                if (count == 1 && one.find() || count > 1 && many.find()) {
                    wrong.add(key + " with " + count + ": " + text);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theDashboardCountReadsNaturally() {
        assertThat(provider.getTranslation("dashboard.scope.consultant", Locale.ENGLISH, 1L))
                .isEqualTo("Your caseload: 1 candidate");
        assertThat(provider.getTranslation("dashboard.scope.consultant", Locale.ENGLISH, 1234L))
                .isEqualTo("Your caseload: 1,234 candidates");
        assertThat(provider.getTranslation("dashboard.scope.consultant", Locale.KOREAN, 1L)).isEqualTo("담당 후보자: 1명");
    }

    @Test
    void everyTextWithPlaceholdersIsAValidPatternThatKeepsItsApostrophes() throws IOException {
        for (String resource : List.of("vaadin-i18n/translations.properties", "vaadin-i18n/translations_ko.properties")) {
            Properties bundle = load(resource);
            for (String key : withPlaceholders(bundle)) {
                String pattern = bundle.getProperty(key);
                String text = new MessageFormat(pattern, Locale.ENGLISH).format(counts(key, 3));
                assertThat(text).as(resource + " " + key + ": a lone apostrophe quotes the rest of the text")
                        .doesNotContain("{");
                assertThat(text.chars().filter(c -> c == '\'').count()).as(resource + " " + key)
                        .isEqualTo(pattern.replace("''", "'").chars().filter(c -> c == '\'').count());
            }
        }
    }

    /** Every argument a number: names and dates print as digits, which is all these checks need. */
    private static Object[] counts(String key, long value) {
        Object[] args = new Object[6];
        Arrays.fill(args, value);
        return args;
    }

    private static List<String> withPlaceholders(Properties bundle) {
        return bundle.stringPropertyNames().stream().sorted()
                .filter(key -> PLACEHOLDER.matcher(bundle.getProperty(key)).find()).toList();
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageFormatsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
