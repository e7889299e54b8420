package com.careerbridge.crm.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * scripts/run.sh, the README's way to start the application, decides when to extract the packaged jar and record the AOT
 * cache again, and how the training start is isolated from the user's data and configuration. A stand-in for the JDK's
 * {@code java} notes every call instead of starting anything, so these checks take a second; the real training start is
 * what {@code ./mvnw package -DskipTests} runs (app/pom.xml, profile run-form).
 */
class RunScriptIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path SCRIPT = ROOT.resolve("scripts/run.sh");
    private static final Path JAR = ROOT.resolve("app/target/careerbridge-crm.jar");
    private static final String CONFIGURED_DATABASE = "jdbc:postgresql://db.example:5432/production";

    /** Records its working directory, SPRING_DATASOURCE_URL and arguments, and creates what each call would. */
    private static final String FAKE_JAVA = """
            #!/bin/sh
            here="$(dirname "$0")/../.."
            { echo call; echo "cwd=$PWD"; echo "url=${SPRING_DATASOURCE_URL-}"; for a in "$@"; do echo "arg=$a"; done; } >>"$here/calls"
            previous=""
            for a in "$@"; do
                case "$a" in
                    -XX:AOTCacheOutput=*) : >"${a#-XX:AOTCacheOutput=}"; [ -f "$here/fail-training" ] && exit 3 ;;
                esac
                [ "$previous" = "--destination" ] && : >"$a/careerbridge-crm.jar"
                previous="$a"
            done
            exit 0
            """;

    @TempDir Path work;
    private Path jdk;
    private Path dir;

    record Call(String workingDirectory, String datasourceUrl, List<String> arguments) {

        boolean extracts() {
            return arguments.contains("-Djarmode=tools");
        }

        boolean trains() {
            return arguments.stream().anyMatch(argument -> argument.startsWith("-XX:AOTCacheOutput="));
        }

        boolean runsTheApplication() {
            return arguments.stream().anyMatch(argument -> argument.startsWith("-XX:AOTCache="));
        }
    }

    record Outcome(int exitCode, String output, List<Call> calls) {
    }

    @BeforeEach
    void fakeJdk() throws IOException {
        assertThat(JAR).as("the packaged jar (built before the integration tests)").exists();
        jdk = work.resolve("jdk");
        Path java = Files.createDirectories(jdk.resolve("bin")).resolve("java");
        Files.writeString(java, FAKE_JAVA);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(jdk.resolve("release"), "JAVA_RUNTIME_VERSION=\"25.0.3+9-LTS\"\n");
        dir = work.resolve("fast");
    }

    @Test
    void theFirstStartPreparesOnceThenStartsWithTheCacheAndTheArgumentsGiven() throws Exception {
        Outcome first = run("--server.port=18123", "--careerbridge.admin.name=Kim Min");

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.calls()).hasSize(3);
        assertThat(first.calls().get(0).extracts()).isTrue();
        assertThat(first.calls().get(0).arguments()).containsSubsequence("-jar", JAR.toString(), "extract",
                "--destination", dir.toString());
        assertThat(first.calls().get(1).trains()).isTrue();
        Call started = first.calls().get(2);
        assertThat(started.arguments()).containsExactly("-XX:AOTCache=" + dir.resolve("careerbridge-crm.aot"), "-jar",
                dir.resolve("careerbridge-crm.jar").toString(), "--server.port=18123", "--careerbridge.admin.name=Kim Min");
        assertThat(started.datasourceUrl()).as("the application itself keeps the configuration").isEqualTo(CONFIGURED_DATABASE);

        Outcome second = run("--server.port=18123");

        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(second.calls()).as("nothing prepared again").singleElement()
                .satisfies(call -> assertThat(call.runsTheApplication()).isTrue());
    }

    @Test
    void theTrainingStartSeesNeitherTheConfiguredDatabaseNorTheWorkingDirectoryData() throws Exception {
        Outcome outcome = run("--prepare-only");

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        Call training = outcome.calls().stream().filter(Call::trains).findFirst().orElseThrow();
        assertThat(training.datasourceUrl()).isEmpty();
        assertThat(Path.of(training.workingDirectory())).as("./config and ./data are not the project's")
                .isNotEqualTo(ROOT);
        String dataDirectory = training.arguments().stream()
                .filter(argument -> argument.startsWith("--careerbridge.embedded-database.data-directory="))
                .findFirst().orElseThrow().substring("--careerbridge.embedded-database.data-directory=".length());
        assertThat(Path.of(dataDirectory)).isAbsolute().doesNotExist();
        assertThat(Path.of(dataDirectory).startsWith(ROOT)).isFalse();
        assertThat(training.arguments()).contains("-Dspring.context.exit=onRefresh", "--server.port=0");
        assertThat(outcome.calls()).as("--prepare-only starts nothing").noneMatch(Call::runsTheApplication);
    }

    @Test
    void aCacheOlderThanTheJarIsRecordedAgain() throws Exception {
        assertThat(run("--prepare-only").exitCode()).isZero();
        Files.setLastModifiedTime(dir.resolve("careerbridge-crm.aot"),
                FileTime.fromMillis(Files.getLastModifiedTime(JAR).toMillis() - 3_600_000));

        Outcome outcome = run();

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.calls()).extracting(Call::extracts, Call::trains, Call::runsTheApplication)
                .containsExactly(tuple(true, false, false), tuple(false, true, false), tuple(false, false, true));
    }

    @Test
    void anotherJdkBuildRecordsTheCacheAgain() throws Exception {
        assertThat(run("--prepare-only").exitCode()).isZero();
        assertThat(run("--prepare-only").calls()).as("prepared already").isEmpty();

        Files.writeString(jdk.resolve("release"), "JAVA_RUNTIME_VERSION=\"25.0.4+7-LTS\"\n");
        Outcome outcome = run("--prepare-only");

        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.calls()).filteredOn(Call::trains).hasSize(1);
    }

    @Test
    void aFailedTrainingLeavesNoCacheAndSaysWhereToLook() throws Exception {
        Files.writeString(work.resolve("fail-training"), "");

        Outcome outcome = run("--server.port=18123");

        assertThat(outcome.exitCode()).isNotZero();
        assertThat(outcome.output()).contains("The training run failed; see " + dir.resolve("training.log"));
        assertThat(dir.resolve("careerbridge-crm.aot")).as("a half-written cache is not left to be used").doesNotExist();
        assertThat(outcome.calls()).noneMatch(Call::runsTheApplication);
    }

    private Outcome run(String... arguments) throws IOException, InterruptedException {
        Path calls = work.resolve("calls");
        Files.deleteIfExists(calls);
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString(), "--dir", dir.toString()));
        command.addAll(Arrays.asList(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", jdk.toString());
        builder.environment().put("SPRING_DATASOURCE_URL", CONFIGURED_DATABASE);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Outcome(process.exitValue(), output, Files.exists(calls) ? parse(Files.readAllLines(calls)) : List.of());
    }

    private static List<Call> parse(List<String> lines) {
        List<Call> calls = new ArrayList<>();
        String cwd = null;
        String url = null;
        List<String> arguments = null;
        for (String line : lines) {
            if (line.equals("call")) {
                if (arguments != null) {
                    calls.add(new Call(cwd, url, arguments));
                }
                arguments = new ArrayList<>();
            } else if (line.startsWith("cwd=")) {
                cwd = line.substring(4);
            } else if (line.startsWith("url=")) {
                url = line.substring(4);
            } else if (line.startsWith("arg=")) {
                arguments.add(line.substring(4));
            }
        }
        if (arguments != null) {
            calls.add(new Call(cwd, url, arguments));
        }
        return calls;
    }
}
