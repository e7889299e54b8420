package com.careerbridge.bench.messaging;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careerbridge.bench.dataset.BenchTokens;
import com.careerbridge.bench.dataset.DataSet;
import com.careerbridge.bench.harness.AppInstance;
import com.careerbridge.bench.harness.BenchPostgres;
import com.careerbridge.bench.harness.BenchSettings;
import com.careerbridge.bench.harness.CoreContext;
import com.careerbridge.bench.harness.LatencyRecorder;
import com.careerbridge.bench.harness.Report;
import com.careerbridge.crm.account.ActingAs;
import com.careerbridge.crm.documents.CandidateDocuments;
import com.careerbridge.crm.documents.DocumentKind;
import com.careerbridge.crm.documents.NewDocument;
import com.careerbridge.crm.messaging.ConversationPage;
import com.careerbridge.crm.messaging.Conversations;
import com.careerbridge.crm.messaging.InboxFilter;
import com.sun.management.ThreadMXBean;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Messages and documents at scale (#16): 50 messages per candidate (5,000,000 at 100,000 candidates) with read marks,
 * the conversations' summary rows and three documents per candidate (300,000, each with a small stored version),
 * generated once into the bench database.
 * <ul>
 * <li>in core's Spring context, as the screens and the API call it: a consultant's inbox (first page, and "waiting for
 *     me"), the administrator's inbox over every conversation, the unread totals behind the menu badge, a conversation
 *     page (staff and the candidate's own) — time and SQL statements per call (goals: inbox first page ≤ 50 ms p95, a
 *     conversation page ≤ 20 ms p95 in ≤ 3 statements);</li>
 * <li>the bytes a 10 MB upload allocates on its thread in core (goal: heap growth under 2 MB; what a thread allocates
 *     bounds what it can leave on the heap);</li>
 * <li>through the packaged application over HTTP: 50 candidates uploading a 10 MB file each at the same moment, then
 *     all downloading it again, every download checked against the upload's SHA-256 (goal: no errors).</li>
 * </ul>
 * Settings: bench.messages.per-candidate (50), bench.messages.repeats (200), bench.messages.warmup (30),
 * bench.messages.concurrent (50), bench.messages.file-bytes (10,000,000), bench.messages.port (18803).
 */
public final class MessagesBenchmark {

    private static final Pattern CONTENT_URL = Pattern.compile("\"contentUrl\"\\s*:\\s*\"([^\"]+)\"");
    private static final String UPLOAD_TITLE = "bench-upload";
    /** Marks the generated messages (a table comment); a change of the generation below changes it. */
    private static final String GENERATION = "bench messages v3";

    private final BenchPostgres postgres;
    private final DataSet data;
    private final Report report;

    public MessagesBenchmark(BenchPostgres postgres, DataSet data, Report report) {
        this.postgres = postgres;
        this.data = data;
        this.report = report;
    }

    public void run() {
        int perCandidate = BenchSettings.integer("bench.messages.per-candidate", 50);
        int repeats = BenchSettings.integer("bench.messages.repeats", 200);
        int warmup = BenchSettings.integer("bench.messages.warmup", 30);
        long messages;
        try (ConfigurableApplicationContext context = CoreContext.open(postgres,
                "spring.jpa.properties.hibernate.generate_statistics=true")) { // migrates a kept data set first
            messages = ensure(perCandidate);
            removeUploads();
            measureReads(context, repeats, warmup, messages);
            measureUploadAllocation(context);
            removeUploads();
        }
        measureConcurrentTransfers();
    }

    // --- reads ---

    private void measureReads(ConfigurableApplicationContext context, int repeats, int warmup, long messages) {
        ActingAs actingAs = context.getBean(ActingAs.class);
        Conversations conversations = context.getBean(Conversations.class);
        Statistics statistics = context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
        long consultant = DataSet.FIRST_CONSULTANT_USER_ID;
        long admin = DataSet.ADMIN_USER_ID;
        long candidate = firstCandidateOf(consultant);
        long candidateUser = DataSet.candidateUserId(candidate);
        long middle = middleMessageOf(candidate);

        Report.Table table = report.table("What", "Who", "p50", "p95", "max", "Statements", "Goal");
        row(table, "Inbox, first page (20)", "a consultant", 50, 0, statistics, actingAs.call(consultant,
                () -> measure(statistics, repeats, warmup, () -> conversations.inbox(InboxFilter.ALL, 0, 20))));
        row(table, "Inbox, waiting for me, first page (20)", "a consultant", 50, 0, statistics,
                actingAs.call(consultant, () -> measure(statistics, repeats, warmup,
                        () -> conversations.inbox(InboxFilter.WAITING_FOR_ME, 0, 20))));
        row(table, "Unread total (menu badge)", "a consultant", 0, 0, statistics, actingAs.call(consultant,
                () -> measure(statistics, repeats, warmup, conversations::unreadTotal)));
        row(table, "Inbox, first page (20), every conversation", "administrator", 50, 0, statistics,
                actingAs.call(admin, () -> measure(statistics, repeats / 4, warmup / 4,
                        () -> conversations.inbox(InboxFilter.ALL, 0, 20))));
        row(table, "Unread total (menu badge), every conversation", "administrator", 0, 0, statistics,
                actingAs.call(admin, () -> measure(statistics, repeats / 4, warmup / 4, conversations::unreadTotal)));
        row(table, "Conversation, newest page (50)", "the consultant", 20, 3, statistics, actingAs.call(consultant,
                () -> measure(statistics, repeats, warmup, () -> conversations.page(candidate, null, 50))));
        row(table, "Conversation, an older page (50)", "the consultant", 20, 3, statistics, actingAs.call(consultant,
                () -> measure(statistics, repeats, warmup, () -> conversations.page(candidate, middle, 50))));
        row(table, "My conversation, newest page (50)", "the candidate", 20, 3, statistics,
                actingAs.call(candidateUser, () -> measure(statistics, repeats, warmup,
                        () -> conversations.mine(null, 50))));
        ConversationPage sample = actingAs.call(consultant, () -> conversations.page(candidate, null, 50));

        report.section("Messages at " + String.format("%,d", messages) + " messages ("
                        + String.format("%,d", data.candidates()) + " candidates, "
                        + String.format("%,d", count("select count(*) from document")) + " documents)",
                "Core's Conversations door in its Spring context in the bench JVM (the SQL the screens and the API "
                        + "run), " + repeats + " timed calls after " + warmup + " warm-up calls, one at a time (the "
                        + "administrator's rows: a quarter of that); statements counted by Hibernate's statistics, "
                        + "the most in any call (the inbox and the unread total run through JDBC and are not counted "
                        + "there: 1 statement each, plus the access check where there is one). A consultant holds "
                        + String.format("%,d", data.candidates() / data.consultants()) + " candidates; the "
                        + "administrator sees all " + String.format("%,d", data.candidates()) + " conversations and "
                        + "took part in one in a hundred (an unread message in each). The sample page holds " + sample.messages().size() + " messages, "
                        + sample.unread() + " unread for the consultant. Load average: " + Report.loadAverage() + ".");
        table.write();
    }

    private static void row(Report.Table table, String what, String who, double goalMillis, int goalStatements,
                            Statistics statistics, Measured measured) {
        LatencyRecorder.Stats stats = measured.stats();
        String goal = goalMillis <= 0 ? "—"
                : "p95 ≤ " + (int) goalMillis + " ms" + (goalStatements > 0 ? ", ≤ " + goalStatements + " statements" : "");
        boolean met = stats.p95Millis() <= goalMillis && (goalStatements == 0 || measured.statements() <= goalStatements);
        String verdict = goalMillis <= 0 ? "—" : (met ? "met" : "missed") + " (" + goal + ")";
        table.row(what, who, Report.ms(stats.p50()), Report.ms(stats.p95()), Report.ms(stats.max()),
                measured.statements(), verdict);
    }

    private record Measured(LatencyRecorder.Stats stats, long statements) {
    }

    private static Measured measure(Statistics statistics, int repeats, int warmup, Supplier<?> call) {
        long[] most = new long[1];
        LatencyRecorder.Stats stats = LatencyRecorder.measure("messages", repeats, warmup, () -> {
            statistics.clear();
            Object result = call.get();
            most[0] = Math.max(most[0], statistics.getPrepareStatementCount());
            return result;
        });
        return new Measured(stats, most[0]);
    }

    // --- the upload's allocation in core ---

    private void measureUploadAllocation(ConfigurableApplicationContext context) {
        ActingAs actingAs = context.getBean(ActingAs.class);
        CandidateDocuments documents = context.getBean(CandidateDocuments.class);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long fileBytes = BenchSettings.integer("bench.messages.file-bytes", 10_000_000);
        long user = DataSet.candidateUserId(data.candidates());
        List<Long> allocated = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            actingAs.run(user, () -> documents.uploadMine(new NewDocument(DocumentKind.OTHER, UPLOAD_TITLE, null),
                    "bench.txt", new GeneratedText(fileBytes)));
            allocated.add(threads.getCurrentThreadAllocatedBytes() - before);
        }
        List<Long> timed = allocated.subList(1, allocated.size()).stream().sorted().toList(); // the first warms up
        long median = timed.get(timed.size() / 2);
        report.text(String.format("Upload of a %,d-byte text file through CandidateDocuments (core, as the API and the "
                        + "upload component call it), bytes allocated on the uploading thread: first (warm-up) %s, then "
                        + "%s, median %s. Goal: heap growth under 2 MB — %s (what the thread allocates bounds what the "
                        + "upload can add to the heap; the content goes to PostgreSQL in 64 KB chunks).%n",
                fileBytes, mib(allocated.getFirst()), timed.stream().map(MessagesBenchmark::mib).toList(), mib(median),
                median < 2L * 1024 * 1024 ? "met" : "missed"));
    }

    private static String mib(long bytes) {
        return String.format("%.2f MiB", bytes / 1048576.0);
    }

    // --- 50 transfers at once over HTTP ---

    private void measureConcurrentTransfers() {
        int concurrent = BenchSettings.integer("bench.messages.concurrent", 50);
        long fileBytes = BenchSettings.integer("bench.messages.file-bytes", 10_000_000);
        String expected = GeneratedText.sha256(fileBytes);
        List<BenchTokens.CandidateToken> tokens = BenchTokens.issue(postgres, data, concurrent, Duration.ofHours(2));
        try (AppInstance app = AppInstance.builder(postgres).port(BenchSettings.integer("bench.messages.port", 18803))
                .jvmOptions("-Xmx1g")
                .argument("--careerbridge.mail.dispatch.enabled=false")
                .argument("--careerbridge.mail.digest.enabled=false")
                .argument("--logging.level.root=WARN")
                .logFile(BenchSettings.benchTarget().resolve("logs/app-messages.log"))
                .build().start();
             HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                     .connectTimeout(Duration.ofSeconds(10)).build()) {
            Duration ready = app.awaitReady(Duration.ofMinutes(10));
            // Readiness comes before the connection pool has filled (in the background, one connection at a time):
            // let it fill, as it has on any instance that has been up for a few seconds.
            Thread.sleep(Duration.ofSeconds(BenchSettings.integer("bench.messages.settle-seconds", 15)));
            LatencyRecorder uploads = new LatencyRecorder("upload");
            LatencyRecorder downloads = new LatencyRecorder("download");
            List<String> contentUrls = new ArrayList<>(); // "i url": the uploader's index and the content's address
            List<String> problems = new ArrayList<>();
            java.util.concurrent.atomic.AtomicInteger retried = new java.util.concurrent.atomic.AtomicInteger();
            long uploadStart = System.nanoTime();
            List<String> uploaded = all(java.util.stream.IntStream.range(0, tokens.size()).<Callable<String>>mapToObj(
                    i -> () -> {
                BenchTokens.CandidateToken token = tokens.get(i);
                long start = System.nanoTime();
                HttpResponse<String> response = http.send(upload(app, token, fileBytes),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 503) {
                    // what the API asks of a client: wait Retry-After, then send again (counted as a retry)
                    retried.incrementAndGet();
                    Thread.sleep(Duration.ofSeconds(
                            Long.parseLong(response.headers().firstValue("Retry-After").orElse("5"))));
                    response = http.send(upload(app, token, fileBytes), HttpResponse.BodyHandlers.ofString());
                }
                Matcher url = CONTENT_URL.matcher(response.body());
                if (response.statusCode() != 201 || !url.find() || !response.body().contains(expected)) {
                    uploads.recordError();
                    return "error: upload " + response.statusCode();
                }
                uploads.record(System.nanoTime() - start);
                return i + " " + url.group(1);
            }).toList());
            double uploadSeconds = (System.nanoTime() - uploadStart) / 1e9;
            for (String outcome : uploaded) {
                (outcome.startsWith("error") ? problems : contentUrls).add(outcome);
            }
            long downloadStart = System.nanoTime();
            List<String> downloaded = all(java.util.stream.IntStream.range(0, contentUrls.size())
                    .<Callable<String>>mapToObj(i -> () -> {
                        long start = System.nanoTime();
                        String[] upload = contentUrls.get(i).split(" ");
                        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(app.uri(upload[1]))
                                        .header("Authorization", "Bearer "
                                                + tokens.get(Integer.parseInt(upload[0])).token())
                                        .timeout(Duration.ofMinutes(5)).GET().build(),
                                HttpResponse.BodyHandlers.ofInputStream());
                        String digest;
                        try (InputStream body = response.body()) {
                            digest = GeneratedText.digest(body);
                        }
                        if (response.statusCode() != 200 || !expected.equals(digest)) {
                            downloads.recordError();
                            return "error: download " + response.statusCode();
                        }
                        downloads.record(System.nanoTime() - start);
                        return "ok";
                    }).toList());
            double downloadSeconds = (System.nanoTime() - downloadStart) / 1e9;
            downloaded.stream().filter(o -> o.startsWith("error")).forEach(problems::add);
            LatencyRecorder.Stats up = uploads.stats();
            LatencyRecorder.Stats down = downloads.stats();

            report.text(String.format("%d candidates each uploading a %,d-byte file at the same moment through the "
                            + "packaged application (`POST /api/v1/me/documents`, multipart, JDK HttpClient, one "
                            + "connection each), then all downloading it again (`GET …/content`, the SHA-256 of every "
                            + "download checked against the upload; an upload answered 503 is sent again after its "
                            + "Retry-After, once, as the API asks of clients): uploads %d ok in %.1f s (p50 %s, max "
                            + "%s; %d of them at the second attempt), "
                            + "downloads %d ok in %.1f s (p50 %s, max %s), errors %s. Application ready after %.1f s "
                            + "(-Xmx1g). Goal: no errors — %s.%n", tokens.size(), fileBytes, up.count(), uploadSeconds,
                    Report.ms(up.p50()), Report.ms(up.max()), retried.get(), down.count(), downloadSeconds,
                    Report.ms(down.p50()), Report.ms(down.max()), problems.isEmpty() ? "none" : problems, ready.toMillis() / 1000.0,
                    !problems.isEmpty() || up.count() != tokens.size() || down.count() != tokens.size() ? "missed"
                            : retried.get() == 0 ? "met" : "met with the clients' retries, missed at the first attempt"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            removeUploads();
        }
    }

    private static HttpRequest upload(AppInstance app, BenchTokens.CandidateToken token, long fileBytes) {
        String boundary = "bench" + token.candidateId();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nOTHER\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n" + UPLOAD_TITLE + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.concat(
                HttpRequest.BodyPublishers.ofByteArray(head),
                HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedText(fileBytes)),
                HttpRequest.BodyPublishers.ofByteArray(tail)), head.length + fileBytes + tail.length);
        return HttpRequest.newBuilder(app.uri("/api/v1/me/documents"))
                .header("Authorization", "Bearer " + token.token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofMinutes(5)).POST(body).build();
    }

    private static List<String> all(List<Callable<String>> tasks) {
        List<String> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(tasks.size())) {
            for (Future<String> outcome : pool.invokeAll(tasks)) {
                try {
                    outcomes.add(outcome.get());
                } catch (Exception e) {
                    outcomes.add("error: " + e.getCause());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return outcomes;
    }

    // --- the data ---

    private long firstCandidateOf(long consultant) {
        return count("select min(id) from candidate where consultant_id = " + consultant);
    }

    private long middleMessageOf(long candidate) {
        return count("select id from message where candidate_id = " + candidate
                + " order by id desc offset 25 limit 1");
    }

    /** The bench's own uploads go again (the trigger on document_version unlinks their content). */
    private void removeUploads() {
        postgres.execute("delete from document where title = '" + UPLOAD_TITLE + "'");
    }

    /**
     * Generates the messages unless the data set has them: per candidate {@code perCandidate} messages over the last
     * {@code perCandidate} days, alternating between the candidate and their consultant (the candidate writes first),
     * the conversation's summary; the candidate has read everything; the consultant everything in four of five
     * conversations and all but the last one or two messages in the fifth; the administrator took part in one
     * conversation in a hundred and has one message unread in each. Three documents
     * per candidate (CV, cover letter, portfolio), each with one version of a few bytes stored as a large object.
     */
    private long ensure(int perCandidate) {
        long wanted = (long) data.candidates() * perCandidate;
        try (Connection connection = postgres.connect(); Statement sql = connection.createStatement()) {
            long existing = count(sql, "select count(*) from message");
            boolean current = count(sql, "select count(*) from pg_description where objoid = 'message'::regclass"
                    + " and description = '" + GENERATION + "'") == 1;
            if (existing == wanted && current) {
                return existing;
            }
            long start = System.nanoTime();
            sql.execute("set work_mem = '256MB'");
            sql.execute("set session_replication_role = replica"); // no foreign-key checks while loading
            sql.execute("truncate message_notice, message_read, conversation, message");
            sql.execute("delete from document"); // the trigger unlinks every version's content
            sql.execute("""
                    insert into message (candidate_id, author_user_id, from_candidate, body, created_at)
                    select k.id, case when n %% 2 = 1 then k.user_id else k.consultant_id end, n %% 2 = 1,
                           case when n %% 2 = 1 then '이번 주 준비 상황을 공유드립니다. 메시지 ' || n
                                else 'Thanks — let us go through item ' || n || ' in our next session.' end,
                           now() - (%d - n) * interval '1 day' - (k.id %% 600) * interval '1 minute'
                    from candidate k, generate_series(1, %d) n
                    where k.user_id is not null and k.consultant_id is not null
                    order by k.id, n""".formatted(perCandidate + 1, perCandidate));
            sql.execute("""
                    insert into conversation (candidate_id, last_message_id, last_message_at, waiting_for_staff)
                    select distinct on (candidate_id) candidate_id, id, created_at, from_candidate
                    from message order by candidate_id, id desc""");
            sql.execute("""
                    insert into message_read (candidate_id, user_id, last_read_message_id, notified_up_to_message_id,
                                              updated_at)
                    select k.id, k.user_id, c.last_message_id, c.last_message_id, c.last_message_at
                    from conversation c join candidate k on k.id = c.candidate_id""");
            sql.execute("""
                    insert into message_read (candidate_id, user_id, last_read_message_id, notified_up_to_message_id,
                                              updated_at)
                    select k.id, k.consultant_id, c.last_message_id - case when abs(hashint8(k.id)) %% 5 = 0 then 1 + k.id %% 2 else 0 end,
                           c.last_message_id, c.last_message_at
                    from conversation c join candidate k on k.id = c.candidate_id""".formatted());
            // the administrator took part in one conversation in a hundred; one message has come since in each
            sql.execute("""
                    insert into message_read (candidate_id, user_id, last_read_message_id, notified_up_to_message_id,
                                              updated_at)
                    select c.candidate_id, %d, c.last_message_id - 1, c.last_message_id, c.last_message_at
                    from conversation c where c.candidate_id %% 100 = 0""".formatted(DataSet.ADMIN_USER_ID));
            sql.execute("""
                    insert into document (candidate_id, kind, title, created_by, created_at, updated_at)
                    select k.id, kind, title, k.user_id, now() - interval '30 days', now() - interval '30 days'
                    from candidate k,
                         (values ('CV', '이력서'), ('COVER_LETTER', 'Cover letter'), ('PORTFOLIO', 'Portfolio')) d(kind, title)
                    order by k.id""");
            sql.execute("""
                    insert into document_version (document_id, number, file_name, content_type, size_bytes, sha256,
                                                  uploaded_by, uploaded_at, content_oid)
                    select d.id, 1, lower(d.kind) || '.txt', 'text/plain', 27,
                           encode(sha256(convert_to('Bench document ' || lpad(d.id::text, 12, '0'), 'UTF8')), 'hex'),
                           d.created_by, d.created_at,
                           lo_from_bytea(0, convert_to('Bench document ' || lpad(d.id::text, 12, '0'), 'UTF8'))
                    from document d""");
            sql.execute("set session_replication_role = origin");
            sql.execute("vacuum (analyze) message");
            sql.execute("vacuum (analyze) conversation");
            sql.execute("vacuum (analyze) message_read");
            sql.execute("vacuum (analyze) document");
            sql.execute("vacuum (analyze) document_version");
            sql.execute("comment on table message is '" + GENERATION + "'");
            long generated = count(sql, "select count(*) from message");
            report.text(String.format("Generated %,d messages, %,d documents in %.0f s.%n", generated,
                    count(sql, "select count(*) from document"), (System.nanoTime() - start) / 1e9));
            return generated;
        } catch (SQLException e) {
            throw new IllegalStateException("Generating the messages failed: " + e.getMessage(), e);
        }
    }

    private long count(String query) {
        try (Connection connection = postgres.connect(); Statement sql = connection.createStatement()) {
            return count(sql, query);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (var rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** A text file of a given size, generated as it is read (never whole in memory), the same bytes every time. */
    static final class GeneratedText extends InputStream {

        private static final byte[] LINE = "CareerBridge bench upload: one line of a plain text file, the same every time.\n"
                .getBytes(StandardCharsets.UTF_8);

        private final long size;
        private long position;

        GeneratedText(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return position < size ? LINE[(int) (position++ % LINE.length)] & 0xff : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - position);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = LINE[(int) ((position + i) % LINE.length)];
            }
            position += n;
            return n;
        }

        static String sha256(long size) {
            try {
                return digest(new GeneratedText(size));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        static String digest(InputStream in) throws IOException {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    sha.update(buffer, 0, n);
                }
                return HexFormat.of().formatHex(sha.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
