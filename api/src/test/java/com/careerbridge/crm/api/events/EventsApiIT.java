package com.careerbridge.crm.api.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.shared.ChangeNotice;
import com.careerbridge.testsupport.Fixtures;
import com.careerbridge.testsupport.api.ApiClient;
import com.careerbridge.testsupport.api.ApiIntegrationTest;
import com.careerbridge.testsupport.api.ApiWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The app's change stream: each signed-in person hears, within two seconds, of committed changes to the candidates
 * they may see — a candidate of their own record only, a consultant of their caseload only — and nothing else.
 */
@ApiIntegrationTest
class EventsApiIT {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    ApiClient api;
    UserAccount consultant;
    Candidate mine;
    Candidate others;
    UserAccount otherConsultant;
    final HttpClient http = HttpClient.newHttpClient();
    Stream<String> body = Stream.empty();

    @BeforeEach
    void world() {
        api = new ApiClient(port);
        consultant = fixtures.consultant("Live Consultant");
        otherConsultant = fixtures.consultant("Other Consultant");
        mine = fixtures.candidateWithLogin(consultant, "Live Candidate");
        others = fixtures.candidateWithLogin(otherConsultant, "Other Candidate");
    }

    @AfterEach
    void hangUp() {
        body.close();
    }

    @Test
    void aCandidateHearsOfTheirOwnChangesOnlyAndWithoutIds() throws Exception {
        LinkedBlockingQueue<String> lines = stream(ApiWorld.signIn(api, mine.getEmail().value()));

        change(others.getId(), "messages");
        change(mine.getId(), "documents");

        assertThat(nextEvent(lines, Duration.ofSeconds(2))).isEqualTo("{\"kind\":\"documents\"}");
        assertThat(nextEvent(lines, Duration.ofMillis(700))).isNull();
    }

    @Test
    void aConsultantHearsOfTheirCaseloadOnly() throws Exception {
        LinkedBlockingQueue<String> lines = stream(ApiWorld.signIn(api, consultant.getEmail().value()));

        change(others.getId(), "messages");
        change(mine.getId(), "messages");

        assertThat(nextEvent(lines, Duration.ofSeconds(2)))
                .isEqualTo("{\"candidateId\":" + mine.getId() + ",\"kind\":\"messages\"}");
        assertThat(nextEvent(lines, Duration.ofMillis(700))).isNull();
    }

    @Test
    void withoutATokenTheStreamIsRefused() {
        ApiClient.Response response = api.request("GET", EventsController.PATH)
                .header("Accept", "text/event-stream").send();
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    private void change(long candidateId, String kind) {
        transactions.executeWithoutResult(status -> events.publishEvent(new ChangeNotice(candidateId, kind)));
    }

    /** Opens the stream and collects its lines; returns once the response has started. */
    private LinkedBlockingQueue<String> stream(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + EventsController.PATH))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
        HttpResponse<Stream<String>> response = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .get(5, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        body = response.body();
        Thread.ofVirtual().start(() -> {
            try {
                body.forEach(lines::add);
            } catch (RuntimeException closed) {
                // the test hung up
            }
        });
        // The opening comment says the feed is registered: changes from now on reach this stream.
        String first = lines.poll(5, TimeUnit.SECONDS);
        assertThat(first).isEqualTo(":connected");
        return lines;
    }

    /** The data of the next change event within the time, or null. */
    private static String nextEvent(LinkedBlockingQueue<String> lines, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        boolean change = false;
        while (true) {
            long left = deadline - System.nanoTime();
            String line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
            if (line == null) {
                return null;
            }
            if (line.equals("event:change")) {
                change = true;
            } else if (change && line.startsWith("data:")) {
                return line.substring("data:".length());
            }
        }
    }
}
