package com.careerbridge.crm.ui.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Korean and English say the same things, and every text key the views ask for exists (prefixes: some key). */
class TranslationBundlesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\\s*\"([A-Za-z0-9_.\\-]+)\"");

    @Test
    void koreanAndEnglishHaveTheSameKeysAndNoEmptyTexts() throws IOException {
        Properties english = load("vaadin-i18n/translations.properties");
        Properties korean = load("vaadin-i18n/translations_ko.properties");

        assertThat(new TreeSet<>(korean.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        assertThat(english.stringPropertyNames()).allSatisfy(key -> {
            assertThat(english.getProperty(key)).as("en " + key).isNotBlank();
            assertThat(korean.getProperty(key)).as("ko " + key).isNotBlank();
        });
    }

    @Test
    void everyLiteralKeyInTheViewsIsTranslated() throws IOException {
        Set<String> known = load("vaadin-i18n/translations.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    boolean found = key.endsWith(".")
                            ? known.stream().anyMatch(k -> k.startsWith(key)) // a prefix completed at run time
                            : known.contains(key);
                    if (!found) {
                        missing.add(matcher.group(1) + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
