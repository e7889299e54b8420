package com.careerbridge.crm.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docker/nginx.conf run by a real nginx (Debian's, installed by .ci/run) in front of a stand-in instance that echoes
 * what it received: the client cannot choose the address the application believes, and nginx's own failures for the
 * API are problem documents. Only the upstream addresses and the port are changed from the committed file.
 */
class NginxProxyIT {

    private static final Path CONFIG = Path.of("..", "docker", "nginx.conf");
    private static final Path NGINX = Path.of("/usr/sbin/nginx");

    @TempDir Path directory;
    HttpServer upstream;
    Process nginx;
    int port;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeEach
    void start() throws Exception {
        assumeTrue(Files.isExecutable(NGINX) || System.getenv("CI") != null,
                "nginx is not installed (apt-get install nginx-light); .ci/run installs it");
        upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        upstream.createContext("/", exchange -> {
            byte[] body = ("xff=" + exchange.getRequestHeaders().getFirst("X-Forwarded-For")).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        upstream.start();
        port = freePort();
        String config = Files.readString(CONFIG)
                .replace("server app:8080", "server 127.0.0.1:" + upstream.getAddress().getPort())
                .replace("server app-2:8080", "server 127.0.0.1:" + freePort())
                .replace("listen 80;", "listen 127.0.0.1:" + port + ";");
        Files.writeString(directory.resolve("default.conf"), config);
        Files.writeString(directory.resolve("nginx.conf"), """
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log;
                events {}
                http {
                    access_log off;
                    client_body_temp_path %1$s;
                    proxy_temp_path %1$s;
                    include %1$s/default.conf;
                }
                """.formatted(directory));
        nginx = new ProcessBuilder(NGINX.toString(), "-c", directory.resolve("nginx.conf").toString(),
                "-p", directory.toString()).redirectErrorStream(true).redirectOutput(directory.resolve("out.log").toFile())
                .start();
        for (int i = 0; i < 50 && !listening(port); i++) {
            Thread.sleep(100);
        }
        assertThat(listening(port)).as("nginx started: %s", Files.readString(directory.resolve("out.log"))).isTrue();
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor(5, TimeUnit.SECONDS);
        }
        if (upstream != null) {
            upstream.stop(0);
        }
    }

    @Test
    void a_client_cannot_choose_the_address_the_application_believes() throws Exception {
        for (String path : new String[] {"/api/v1/me", "/login"}) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("X-Forwarded-For", "203.0.113.66").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.body()).as(path).isEqualTo("xff=127.0.0.1");
        }
    }

    @Test
    void when_no_instance_answers_the_api_gets_a_problem_document() throws Exception {
        upstream.stop(0);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/v1/me")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.body()).contains("\"status\":503").contains("/problems/service-unavailable");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean listening(int port) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
