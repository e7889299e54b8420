package com.careerbridge.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The office's time zone is one setting ({@code careerbridge.office.time-zone}, core's {@code shared.Office}), not a
 * literal in whichever class needs "today". A time zone written as a literal in main code fails here, unless it is the
 * setting's own default or data (the demo consultancy lives in Seoul).
 */
class OnePolicyTest {

    private static final Pattern ZONE_LITERAL = Pattern.compile("ZoneId\\.of\\(\\s*\"");
    private static final List<String> ALLOWED = List.of(
            "core/src/main/java/com/careerbridge/crm/shared/Office.java",
            "core/src/main/java/com/careerbridge/crm/demo/DemoData.java");

    @Test
    void no_time_zone_is_hard_coded_outside_the_office_setting() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<String> offenders;
        try (Stream<Path> files = Stream.of("core", "api", "web-ui", "app")
                .map(module -> root.resolve(module).resolve("src/main/java"))
                .flatMap(OnePolicyTest::javaFiles)) {
            offenders = files.filter(file -> !ALLOWED.contains(root.relativize(file).toString().replace('\\', '/')))
                    .filter(OnePolicyTest::hasZoneLiteral)
                    .map(file -> root.relativize(file).toString())
                    .toList();
        }
        assertThat(offenders).as("time zones written as literals (use Office / ViewerTime)").isEmpty();
    }

    private static Stream<Path> javaFiles(Path directory) {
        try {
            return Files.walk(directory).filter(file -> file.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean hasZoneLiteral(Path file) {
        try {
            return ZONE_LITERAL.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
