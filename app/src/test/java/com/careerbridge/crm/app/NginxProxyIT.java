package com.careerbridge.crm.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
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
    HttpServer upstream2;
    Process nginx;
    int port;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeEach
    void start() throws Exception {
        assumeTrue(Files.isExecutable(NGINX) || System.getenv("CI") != null,
                "nginx is not installed (apt-get install nginx-light); .ci/run installs it");
        upstream = standIn("app");
        upstream2 = standIn("app-2");
        port = freePort();
        String config = Files.readString(CONFIG)
                .replace("server app:8080", "server 127.0.0.1:" + upstream.getAddress().getPort())
                .replace("server app-2:8080", "server 127.0.0.1:" + upstream2.getAddress().getPort())
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
            upstream2.stop(0);
        }
    }

    @Test
    void a_client_cannot_choose_the_address_the_application_believes() throws Exception {
        for (String path : new String[] {"/api/v1/me", "/login"}) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("X-Forwarded-For", "203.0.113.66").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.body()).as(path).endsWith(" xff=127.0.0.1");
        }
    }

    @Test
    void when_no_instance_answers_the_api_gets_a_problem_document() throws Exception {
        upstream.stop(0);
        upstream2.stop(0);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/v1/me")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.body()).contains("\"status\":503").contains("/problems/service-unavailable");
    }

    @Test
    void the_api_goes_to_any_instance_the_ui_stays_with_one() throws Exception {
        Set<String> api = new HashSet<>();
        Set<String> ui = new HashSet<>();
        for (int i = 0; i < 8; i++) {
            api.add(instanceAnswering("/api/v1/me"));
            ui.add(instanceAnswering("/login"));
        }
        assertThat(api).as("instances serving one client's API requests").containsExactlyInAnyOrder("app", "app-2");
        assertThat(ui).as("instances serving one client's web UI").hasSize(1);
    }

    @Test
    void a_body_nginx_refuses_is_a_problem_document_for_the_api() throws Exception {
        // Only the declared length: nginx answers from the headers, before any of the 30 MB would be read.
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("POST /api/v1/candidates HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 30000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            StringBuilder answer = new StringBuilder();
            byte[] chunk = new byte[4096];
            int read;
            while (answer.indexOf("}") < 0 && (read = socket.getInputStream().read(chunk)) > 0) {
                answer.append(new String(chunk, 0, read, StandardCharsets.UTF_8));
            }

            assertThat(answer.toString()).startsWith("HTTP/1.1 413").containsIgnoringCase("Content-Type: application/problem+json")
                    .contains("\"status\":413").contains("/problems/payload-too-large");
        }
    }

    @Test
    void the_event_stream_passes_each_event_at_once_and_stays_open() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/events"))
                .header("Accept", "text/event-stream").build();
        long start = System.nanoTime();
        HttpResponse<java.io.InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (java.io.BufferedReader lines = new java.io.BufferedReader(
                new java.io.InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertThat(response.statusCode()).isEqualTo(200);
            // The stand-in writes the first event and holds the stream open for 3 s before the second: an nginx that
            // buffered would pass nothing on before then.
            assertThat(lines.readLine()).isEqualTo("event:change");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2_500));
            assertThat(lines.readLine()).isEqualTo("data:{\"candidateId\":1,\"kind\":\"messages\"} http/1.1 keep");
            assertThat(lines.readLine()).isEmpty();
            assertThat(lines.readLine()).isEqualTo("event:change");
        }
    }

    private String instanceAnswering(String path) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body().substring("instance=".length(), response.body().indexOf(' '));
    }

    /** A stand-in instance that says who it is and what X-Forwarded-For it received. */
    private static HttpServer standIn(String name) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = ("instance=" + name + " xff=" + exchange.getRequestHeaders().getFirst("X-Forwarded-For"))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        // A stand-in event stream: one event at once, the next after 3 s; it reports the protocol and the Connection
        // header it was reached with (an upstream stream must be HTTP/1.1 without "close").
        server.createContext("/api/v1/events", exchange -> {
            String connection = exchange.getRequestHeaders().getFirst("Connection");
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            java.io.OutputStream out = exchange.getResponseBody();
            out.write(("event:change\ndata:{\"candidateId\":1,\"kind\":\"messages\"} "
                    + exchange.getProtocol().toLowerCase(java.util.Locale.ROOT) + " "
                    + (connection == null || connection.isEmpty() ? "keep" : connection) + "\n\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.write("event:change\ndata:{}\n\n".getBytes(StandardCharsets.UTF_8));
            exchange.close();
        });
        server.start();
        return server;
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
