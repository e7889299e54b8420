package com.careerbridge.crm.app;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.ToolProvider;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The image's health check and entry point, run here as the Dockerfile writes them (no Docker engine needed): the
 * probe's JVM must start whatever JVM options the application is given, and must probe the port the application
 * really listens on — the one given as {@code --server.port} to the container, else SERVER_PORT. A probe that cannot
 * start, or knocks at the wrong port, keeps the container unhealthy and compose.scale.yaml's nginx from ever starting.
 */
class DockerImageTest {

    private static final Path DOCKER = Path.of("..", "docker");
    private static final Pattern HEALTHCHECK = Pattern.compile("(?m)^HEALTHCHECK[^\\n]*?\\bCMD\\s+(\\[.*?])", Pattern.DOTALL);

    @TempDir Path directory;
    private HttpServer application;
    private final AtomicInteger readiness = new AtomicInteger(200);

    @BeforeEach
    void standInApplication() throws IOException {
        application = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        application.createContext("/actuator/health/readiness", exchange -> {
            exchange.sendResponseHeaders(readiness.get(), -1);
            exchange.close();
        });
        application.start();
    }

    @AfterEach
    void stop() {
        application.stop(0);
    }

    @Test
    void theProbeStartsWhateverJvmOptionsTheApplicationIsGiven() throws Exception {
        Map<String, String> environment = Map.of(
                "JAVA_TOOL_OPTIONS", "-Xms512m", "JDK_JAVA_OPTIONS", "-Xms512m", "_JAVA_OPTIONS", "-Xms512m",
                "SERVER_PORT", Integer.toString(applicationPort()));

        Result ready = healthCheck(environment);
        assertThat(ready.exitCode()).as("probe output: %s", ready.output()).isZero();

        readiness.set(503);
        assertThat(healthCheck(environment).exitCode()).as("readiness DOWN").isEqualTo(1);
    }

    @Test
    void theProbeKnocksAtThePortGivenToTheContainer() throws Exception {
        int elsewhere = freePort();
        Map<String, String> environment = Map.of("SERVER_PORT", Integer.toString(elsewhere));

        Result started = entrypoint(environment, "--server.port=" + applicationPort(), "--spring.profiles.active=x");
        assertThat(started.output()).as("the application is started with the arguments")
                .contains("--server.port=" + applicationPort()).contains("--spring.profiles.active=x");
        assertThat(healthCheck(environment).exitCode()).as("--server.port wins over SERVER_PORT").isZero();

        entrypoint(Map.of("SERVER_PORT", Integer.toString(applicationPort())));
        assertThat(healthCheck(Map.of("SERVER_PORT", Integer.toString(applicationPort()))).exitCode())
                .as("a later start without --server.port: SERVER_PORT").isZero();
        assertThat(healthCheck(Map.of("PORT", Integer.toString(applicationPort()))).exitCode())
                .as("PORT when SERVER_PORT is not set, as application.yml says").isZero();
        assertThat(healthCheck(Map.of("SERVER_PORT", Integer.toString(elsewhere))).exitCode())
                .as("nothing listens there").isEqualTo(1);
    }

    /** The Dockerfile's HEALTHCHECK command, with the image's paths pointed at this test's copies. */
    private Result healthCheck(Map<String, String> environment) throws Exception {
        Path classes = directory.resolve("healthcheck");
        if (!Files.isDirectory(classes)) {
            Files.createDirectories(classes);
            int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null,
                    "-d", classes.toString(), DOCKER.resolve("HealthCheck.java").toString());
            assertThat(compiled).as("HealthCheck.java compiles").isZero();
        }
        Matcher matcher = HEALTHCHECK.matcher(Files.readString(DOCKER.resolve("Dockerfile")).replace("\\\n", " "));
        assertThat(matcher.find()).as("a HEALTHCHECK ... CMD [...] in the Dockerfile").isTrue();
        List<String> command = new ArrayList<>();
        for (String part : JsonMapper.builder().build().readValue(matcher.group(1), String[].class)) {
            command.add(part.replace("/app/healthcheck", classes.toString()));
        }
        return run(command, environment);
    }

    /** docker/entrypoint.sh with a stand-in {@code java} that only says what it was given. */
    private Result entrypoint(Map<String, String> environment, String... arguments) throws Exception {
        Path bin = directory.resolve("bin");
        if (!Files.isDirectory(bin)) {
            Files.createDirectories(bin);
            Path java = bin.resolve("java");
            Files.writeString(java, "#!/bin/sh\necho \"java $*\"\n");
            Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        List<String> command = new ArrayList<>(List.of("sh", DOCKER.resolve("entrypoint.sh").toString()));
        command.addAll(List.of(arguments));
        return run(command, environment, bin);
    }

    private Result run(List<String> command, Map<String, String> environment) throws Exception {
        return run(command, environment, Path.of(System.getProperty("java.home"), "bin"));
    }

    private Result run(List<String> command, Map<String, String> environment, Path firstOnPath) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.contains("JAVA_OPTIONS") || name.equals("SERVER_PORT") || name.equals("PORT"));
        env.put("PATH", firstOnPath + ":" + System.getenv("PATH"));
        env.put("CAREERBRIDGE_PORT_FILE", directory.resolve("careerbridge.port").toString());
        env.putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
        return new Result(process.exitValue(), output);
    }

    private int applicationPort() {
        return application.getAddress().getPort();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private record Result(int exitCode, String output) {
    }
}
