package com.careerbridge.crm.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.documents.DocumentSamples;
import com.careerbridge.testsupport.Fixtures;
import com.careerbridge.testsupport.api.ApiClient;
import com.careerbridge.testsupport.api.ApiIntegrationTest;
import com.careerbridge.testsupport.api.ApiWorld;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents over the API: a multipart upload by the candidate, the consultant's edited version with If-Match, the
 * download served so that no browser runs it, the preview, comments, a refused type as a problem document, and an
 * oversized upload answered 413 from its Content-Length before the body is sent.
 */
@ApiIntegrationTest
class DocumentsApiIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired Fixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    HttpClient http = HttpClient.newHttpClient();
    ApiClient api;
    UserAccount consultant;
    Candidate candidate;
    String consultantToken;
    String candidateToken;

    @BeforeEach
    void world() {
        api = new ApiClient(port);
        consultant = fixtures.consultant("Documents Consultant");
        candidate = fixtures.candidateWithLogin(consultant, "Documents Candidate");
        consultantToken = ApiWorld.signIn(api, consultant.getEmail().value());
        candidateToken = ApiWorld.signIn(api, candidate.getEmail().value());
    }

    /** A multipart body: the form fields, then the file. */
    private static byte[] multipart(String boundary, String fileName, String fileType, byte[] file, String... fields) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String field : fields) {
            String[] pair = field.split("=", 2);
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + pair[0]
                    + "\"\r\n\r\n" + pair[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + fileType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private HttpResponse<byte[]> send(String method, String path, String token, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Authorization", "Bearer " + token);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<byte[]> upload(String path, String token, String fileName, String claimedType, byte[] file,
                                        String ifMatch, String... fields) {
        String boundary = "b" + UUID.randomUUID().toString().replace("-", "");
        byte[] body = multipart(boundary, fileName, claimedType, file, fields);
        return ifMatch == null
                ? send("POST", path, token, body, "Content-Type", "multipart/form-data; boundary=" + boundary)
                : send("POST", path, token, body, "Content-Type", "multipart/form-data; boundary=" + boundary,
                        "If-Match", ifMatch);
    }

    private static JsonNode json(HttpResponse<byte[]> response) {
        return JSON.readTree(new String(response.body(), StandardCharsets.UTF_8));
    }

    private static String describe(HttpResponse<byte[]> response) {
        return response.statusCode() + " " + response.headers().map() + " "
                + new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void theCandidateHandsInACvTheConsultantReturnsAnEditedVersionAndBothDownloadIt() {
        byte[] pdf = DocumentSamples.pdf();
        HttpResponse<byte[]> created = upload("/api/v1/me/documents", candidateToken, "내 이력서 <v1>.pdf",
                "text/html", pdf, null, "kind=CV", "title=My CV");
        assertThat(created.statusCode()).as(describe(created)).isEqualTo(201);
        JsonNode document = json(created);
        long documentId = document.get("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/documents/" + documentId);
        JsonNode v1 = document.get("versions").get(0);
        assertThat(v1.get("contentType").asString()).as("the detected type, not the claimed one")
                .isEqualTo("application/pdf");
        assertThat(v1.get("size").asLong()).isEqualTo(pdf.length);
        assertThat(v1.get("hasPreview").asBoolean()).isTrue();
        String etag = created.headers().firstValue("ETag").orElseThrow();

        // The consultant sees it, looks at the preview, comments, and returns an edited version.
        HttpResponse<byte[]> list = send("GET", "/api/v1/candidates/" + candidate.getId() + "/documents",
                consultantToken, null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(json(list).get(0).get("id").asLong()).isEqualTo(documentId);
        HttpResponse<byte[]> preview = send("GET", v1.get("previewUrl").asString(), consultantToken, null);
        assertThat(preview.statusCode()).as(describe(preview)).isEqualTo(200);
        assertThat(preview.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(preview.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(preview.body()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');

        HttpResponse<byte[]> comment = send("POST", "/api/v1/documents/versions/" + v1.get("id").asLong()
                + "/comments", consultantToken, "{\"text\":\"Shorten the summary.\\nThen send v3.\"}".getBytes(),
                "Content-Type", "application/json");
        assertThat(comment.statusCode()).as(describe(comment)).isEqualTo(201);
        assertThat(json(comment).get("byCandidate").asBoolean()).isFalse();

        HttpResponse<byte[]> stale = upload("/api/v1/documents/" + documentId + "/versions", consultantToken,
                "edited.docx", "application/octet-stream", DocumentSamples.docx(), "\"" + documentId + "-99\"");
        assertThat(stale.statusCode()).as(describe(stale)).isEqualTo(412);
        byte[] docx = DocumentSamples.docx();
        HttpResponse<byte[]> v2 = upload("/api/v1/documents/" + documentId + "/versions", consultantToken,
                "edited.docx", "application/octet-stream", docx, etag);
        assertThat(v2.statusCode()).as(describe(v2)).isEqualTo(201);
        JsonNode second = json(v2).get("versions").get(1);
        assertThat(second.get("number").asInt()).isEqualTo(2);
        assertThat(second.get("byCandidate").asBoolean()).isFalse();

        // The candidate reads the comment and downloads v2: an attachment that no browser runs.
        HttpResponse<byte[]> comments = send("GET", "/api/v1/documents/versions/" + v1.get("id").asLong()
                + "/comments", candidateToken, null);
        assertThat(json(comments).get(0).get("text").asString()).isEqualTo("Shorten the summary.\nThen send v3.");
        HttpResponse<byte[]> download = send("GET", second.get("contentUrl").asString(), candidateToken, null);
        assertThat(download.statusCode()).as(describe(download)).isEqualTo(200);
        assertThat(download.body()).isEqualTo(docx);
        assertThat(download.headers().firstValue("Content-Type")).hasValue(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.headers().firstValue("Content-Security-Policy").orElseThrow()).startsWith("sandbox");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"edited.docx\"; filename*=UTF-8''edited.docx");
        assertThat(download.headers().firstValue("ETag")).hasValue("\"" + second.get("sha256").asString() + "\"");
        HttpResponse<byte[]> again = send("GET", second.get("contentUrl").asString(), candidateToken, null,
                "If-None-Match", "\"" + second.get("sha256").asString() + "\"");
        assertThat(again.statusCode()).isEqualTo(304);

        // A name with quotes and Hangul cannot break out of the header.
        HttpResponse<byte[]> first = send("GET", v1.get("contentUrl").asString(), consultantToken, null);
        assertThat(first.headers().firstValue("Content-Disposition").orElseThrow()).isEqualTo(
                "attachment; filename=\"_ ___ _v1_.pdf\"; filename*=UTF-8''%EB%82%B4%20%EC%9D%B4%EB%A0%A5%EC%84%9C%20_v1_.pdf");
        assertThat(jdbc.queryForObject("""
                select count(*) from security_audit where action = 'DOCUMENT_DOWNLOADED' and subject_id = ?""",
                Long.class, v1.get("id").asLong())).as("staff downloading the candidate's file is audited")
                .isEqualTo(1);
    }

    @Test
    void aRefusedTypeIsAProblemAtTheFileAndSomeoneElsesDocumentIsNotFound() {
        HttpResponse<byte[]> html = upload("/api/v1/me/documents", candidateToken, "cv.pdf", "application/pdf",
                DocumentSamples.html(), null, "kind=CV", "title=CV");
        assertThat(html.statusCode()).as(describe(html)).isEqualTo(400);
        assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json(html).get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(json(html).get("errors").get(0).get("reason").asString()).isEqualTo("type-not-allowed");

        // Form fields are checked like any other input: a control character, an unknown kind.
        HttpResponse<byte[]> bell = upload("/api/v1/me/documents", candidateToken, "cv.txt", "text/plain",
                "cv".getBytes(), null, "kind=CV", "title=ring\u0007");
        assertThat(bell.statusCode()).as(describe(bell)).isEqualTo(400);
        assertThat(json(bell).get("errors").get(0).get("field").asString()).isEqualTo("title");
        HttpResponse<byte[]> kind = upload("/api/v1/me/documents", candidateToken, "cv.txt", "text/plain",
                "cv".getBytes(), null, "kind=DIARY", "title=CV");
        assertThat(kind.statusCode()).as(describe(kind)).isEqualTo(400);
        assertThat(json(kind).get("errors").get(0).get("field").asString()).isEqualTo("kind");
        HttpResponse<byte[]> noFile = send("POST", "/api/v1/me/documents", candidateToken,
                "--x\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nCV\r\n--x--\r\n".getBytes(),
                "Content-Type", "multipart/form-data; boundary=x");
        assertThat(noFile.statusCode()).as(describe(noFile)).isEqualTo(400);
        assertThat(noFile.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");

        UserAccount other = fixtures.consultant("Other Documents Consultant");
        String otherToken = ApiWorld.signIn(api, other.getEmail().value());
        HttpResponse<byte[]> created = upload("/api/v1/me/documents", candidateToken, "cv.png", "image/png",
                DocumentSamples.png(), null, "kind=PORTFOLIO", "title=Portfolio");
        long versionId = json(created).get("versions").get(0).get("id").asLong();
        HttpResponse<byte[]> refused = send("GET", "/api/v1/documents/versions/" + versionId + "/content",
                otherToken, null);
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void anUploadOverTheLimitIsAnswered413BeforeItsBodyIsSent() throws IOException {
        long declared = 50L * 1024 * 1024;
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/me/documents HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + candidateToken + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: "
                    + declared + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // Not a byte of the 50 MB is sent: the answer comes from the headers alone.
            // The server keeps the connection open for a while to swallow the body that never comes: read the answer
            // itself, not until the connection closes.
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            String answer = "";
            int n;
            while (!answer.contains("10 MB") && (n = in.read(buffer)) > 0) {
                received.write(buffer, 0, n);
                answer = received.toString(StandardCharsets.UTF_8);
            }
            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer).contains("application/problem+json").contains("10 MB");
        }
    }
}
