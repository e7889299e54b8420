package com.careerbridge.crm.app;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * What an operator sees when the configuration is wrong: the packaged jar exits with a non-zero status, in bounded
 * time, with a short explanation and the fix, and without pages of stack traces that bury it.
 */
class BadConfigurationIT {

    private static final Path JAR = Path.of("target", "careerbridge-crm.jar");
    private static final long TIMEOUT_SECONDS = 300;

    @TempDir
    Path work;

    record Outcome(int exitCode, String output) {
    }

    @Test
    void anUnreachableDatabaseIsExplainedInOneMessage() throws Exception {
        Outcome outcome = runJar("--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/nope", "--server.port=0");

        assertThat(outcome.exitCode()).as("exit status").isNotZero();
        assertThat(outcome.output())
                .contains("APPLICATION FAILED TO START")
                .contains("Cannot connect to the PostgreSQL server at jdbc:postgresql://127.0.0.1:1/nope")
                .contains("Connection to 127.0.0.1:1 refused")
                .contains("Check SPRING_DATASOURCE_URL");
        assertNoStackTraces(outcome);
        assertReadableBlock(outcome);
    }

    @Test
    void aPortInUseIsExplainedInOneMessage() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(0));
            int port = taken.getLocalPort();

            Outcome outcome = runJar("--server.port=" + port,
                    "--careerbridge.embedded-database.data-directory=" + work.resolve("postgres"));

            assertThat(outcome.exitCode()).as("exit status").isNotZero();
            assertThat(outcome.output())
                    .contains("APPLICATION FAILED TO START")
                    .contains("Port " + port + " was already in use");
            assertThat(outcome.output()).as("found out before the database and Hibernate started")
                    .doesNotContain("HikariPool").doesNotContain("Flyway").doesNotContain("Hibernate ORM");
            assertNoStackTraces(outcome);
            assertReadableBlock(outcome);
        }
    }

    @Test
    void anUnusableDataDirectoryIsExplainedInOneMessage() throws Exception {
        Path notADirectory = Files.writeString(work.resolve("a-file"), "not a directory");

        Outcome outcome = runJar("--server.port=0",
                "--careerbridge.embedded-database.data-directory=" + notADirectory.resolve("postgres"));

        assertThat(outcome.exitCode()).as("exit status").isNotZero();
        assertThat(outcome.output())
                .contains("APPLICATION FAILED TO START")
                .contains("Cannot create the embedded database directory")
                .contains("careerbridge.embedded-database.data-directory");
        assertNoStackTraces(outcome);
    }

    /** The explanation reads as a block, one line each, as docs/operations.md shows it — not one line with \n in it. */
    private static void assertReadableBlock(Outcome outcome) {
        List<String> lines = outcome.output().lines().map(String::strip).toList();
        assertThat(lines).contains("APPLICATION FAILED TO START", "Description:", "Action:");
        String block = outcome.output().substring(outcome.output().indexOf("APPLICATION FAILED TO START"));
        assertThat(block).as("the explanation block").doesNotContain("\\n");
    }

    private static void assertNoStackTraces(Outcome outcome) {
        assertThat(outcome.output())
                .as("the output names the problem once, without stack traces:%n%s", outcome.output())
                .doesNotContain("\tat ")
                .doesNotContain("Caused by:")
                .doesNotContain("Application run failed")
                .doesNotContain("Exception encountered during context initialization");
    }

    private Outcome runJar(String... arguments) throws IOException, InterruptedException {
        assertThat(JAR).as("the packaged application (built in the package phase, before the integration tests)").exists();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // what the operator reads does not depend on the compiler; C1 alone starts the jar on half the CPU
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-jar", JAR.toString()));
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile(work, "app", ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // The developer's or CI's own settings must not change what this test starts.
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("CAREERBRIDGE_")
                || name.equals("PORT") || name.equals("JAVA_TOOL_OPTIONS"));
        builder.command().set(command.indexOf("-jar") + 1, JAR.toAbsolutePath().toString());
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            fail("the application neither started nor exited within %d s:%n%s", TIMEOUT_SECONDS,
                    Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Outcome(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
