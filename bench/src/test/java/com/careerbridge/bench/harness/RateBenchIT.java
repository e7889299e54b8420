package com.careerbridge.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The C load generator against servers whose behaviour is known: every scheduled request is accounted for exactly
 * once, responses framed by length, by chunks or by the end of the connection are all read, a server slower than the
 * rate shows as queueing latency and unanswered requests (not as a lower rate with good latencies), and a server that
 * is not there as errors.
 */
class RateBenchIT {

    private static RateBench generator;

    private HttpServer server;
    private ExecutorService executor;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    @TempDir
    Path temp;

    @BeforeAll
    static void compile() {
        generator = RateBench.compiled();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    @Test
    void countsEveryScheduledRequestOnceWhateverTheFramingOrStatus() throws IOException {
        start(4);
        handle("/plain", exchange -> reply(exchange, 200, new byte[1000]));
        handle("/chunked", exchange -> {
            exchange.sendResponseHeaders(200, 0); // length 0: chunked
            byte[] text = "a line of the body\n".repeat(500).getBytes(StandardCharsets.US_ASCII);
            try (OutputStream body = exchange.getResponseBody()) {
                for (int i = 0; i < 10; i++) {
                    body.write(text); // 95 kB in all: longer than the generator's read buffer
                    body.flush();
                }
            }
        });
        handle("/unavailable", exchange -> reply(exchange, 503, new byte[0]));
        handle("/token", exchange -> reply(exchange,
                "Bearer t-1".equals(exchange.getRequestHeaders().getFirst("Authorization")) ? 200 : 401, new byte[2]));
        Path list = Files.writeString(temp.resolve("list.tsv"), "/plain\n/chunked\n/unavailable\n/token\tt-1\n");

        RateBench.Result result = generator.run(RateBench.load(port(), 200, Duration.ofSeconds(2))
                .warmup(Duration.ofMillis(500)).connections(4).requests(list));

        assertThat(result.scheduled()).isEqualTo(400);
        assertThat(result.ok()).isEqualTo(300);
        assertThat(result.count("err_status")).isEqualTo(100);
        assertThat(result.values().get("statuses")).isEqualTo("200:300,503:100");
        assertThat(result.count("err_io") + result.count("err_unanswered") + result.count("malformed")).isZero();
        assertThat(result.count("warmup_scheduled")).isEqualTo(100);
        assertThat(result.count("warmup_failed")).isEqualTo(25);
        // what the server saw: each of the 500 requests once, the lines used in turn, the token sent
        assertThat(hits.get("/plain").get()).isEqualTo(125);
        assertThat(hits.get("/chunked").get()).isEqualTo(125);
        assertThat(hits.get("/unavailable").get()).isEqualTo(125);
        assertThat(hits.get("/token").get()).isEqualTo(125);
        assertThat(result.achievedRate()).isBetween(190.0, 210.0);
        assertThat(result.generatorCpuSeconds()).isGreaterThanOrEqualTo(0.0);
    }

    @Test
    void readsBodiesThatEndWithTheConnectionAndOpensANewOne() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        try (ServerSocket listener = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
             ExecutorService connections = Executors.newVirtualThreadPerTaskExecutor()) {
            // HTTP/1.0 without a length: the body is whatever comes until the server closes.
            connections.execute(() -> {
                while (!listener.isClosed()) {
                    try {
                        Socket socket = listener.accept();
                        connections.execute(() -> answerOnceAndClose(socket, requests));
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            RateBench.Result result = generator.run(RateBench.load(listener.getLocalPort(), 100, Duration.ofSeconds(1))
                    .connections(2).path("/x"));
            listener.close();

            assertThat(result.ok()).isEqualTo(100);
            assertThat(result.errors()).isZero();
            assertThat(requests.get()).isEqualTo(100);
            assertThat(result.count("closed_by_server")).isEqualTo(100);
        }
    }

    @Test
    void aServerSlowerThanTheRateShowsAsQueueingAndUnansweredRequests() throws IOException {
        start(1); // one request at a time, 20 ms each: at most 50 per second
        handle("/slow", exchange -> {
            sleep(20);
            reply(exchange, 200, new byte[10]);
        });

        RateBench.Result result = generator.run(RateBench.load(port(), 100, Duration.ofSeconds(2))
                .connections(2).deadline(Duration.ofSeconds(1)).path("/slow"));

        // 200 due in 2 s, about 150 can be served by the deadline: the rest are errors, not silently dropped
        assertThat(result.scheduled()).isEqualTo(200);
        assertThat(result.ok() + result.count("err_unanswered")).isEqualTo(200);
        assertThat(result.count("err_unanswered")).isGreaterThan(20);
        assertThat(result.achievedRate()).isLessThan(60.0);
        // latency counts from when a request was due: the queue grows by ~50 requests a second
        assertThat(result.p50Millis()).isGreaterThan(300.0);
        assertThat(result.maxMillis()).isGreaterThan(1000.0);
    }

    @Test
    void measuresAKnownLatency() throws IOException {
        start(8);
        handle("/thirty", exchange -> {
            sleep(30);
            reply(exchange, 200, new byte[10]);
        });

        RateBench.Result result = generator.run(RateBench.load(port(), 50, Duration.ofSeconds(2))
                .connections(8).path("/thirty"));

        assertThat(result.ok()).isEqualTo(100);
        assertThat(result.p50Millis()).isBetween(30.0, 40.0);
        assertThat(result.maxMillis()).isGreaterThanOrEqualTo(result.p99Millis());
    }

    @Test
    void aServerThatIsNotThereGivesErrors() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }

        RateBench.Result result = generator.run(RateBench.load(port, 50, Duration.ofSeconds(1))
                .connections(2).deadline(Duration.ofMillis(300)).path("/"));

        assertThat(result.ok()).isZero();
        assertThat(result.count("err_unanswered")).isEqualTo(50);
        assertThat(result.count("connect_errors")).isPositive();
    }

    private void start(int threads) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        executor = Executors.newFixedThreadPool(threads);
        server.setExecutor(executor);
        server.start();
    }

    private int port() {
        return server.getAddress().getPort();
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private void handle(String path, Handler handler) {
        server.createContext(path, exchange -> {
            hits.computeIfAbsent(path, key -> new AtomicInteger()).incrementAndGet();
            handler.handle(exchange);
        });
    }

    private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void answerOnceAndClose(Socket socket, AtomicInteger requests) {
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            int matched = 0;
            byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
            while (matched < end.length) {
                int b = in.read();
                if (b < 0) {
                    return; // the generator closed it without a request
                }
                matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
            }
            requests.incrementAndGet();
            out.write("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException ignored) {
            // the test's assertions say whether it mattered
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
