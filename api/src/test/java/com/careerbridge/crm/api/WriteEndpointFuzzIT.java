package com.careerbridge.crm.api;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careerbridge.testsupport.Fixtures;
import com.careerbridge.testsupport.api.ApiClient;
import com.careerbridge.testsupport.api.ApiIntegrationTest;
import com.careerbridge.testsupport.api.ApiWorld;
import com.careerbridge.testsupport.api.ApiWorld.Side;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fuzz corpus against every write endpoint (POST, PUT, PATCH, DELETE under /api/v1, found in Spring MVC's handler
 * mappings): broken bodies, wrong types, out-of-range numbers, control characters, lone surrogates, invalid UTF-8,
 * deep nesting, oversized strings and hostile path values. Each answer must be a 4xx problem document without a stack
 * trace or class name, and no guarded row may change.
 *
 * <p>Endpoints registered in {@link #targets()} are fuzzed field by field with the caller who can reach their
 * validation; an endpoint nobody registered is still fuzzed (path values and whole bodies, as an admin), so a new one
 * is covered from its first day. Free text that is merely hostile ({@code '; drop table}, {@code <script>}) is valid
 * text: it may be stored (2xx) but must never break anything, checked separately.
 */
@ApiIntegrationTest
class WriteEndpointFuzzIT {

    /** Write endpoints that take no input at all (no body, parameter or path variable): nothing to fuzz. */
    static final Map<String, String> EXCLUDED = Map.of(
            "POST /api/v1/me/calendar-feed", "rotates the caller's feed address; takes no input, a body is ignored",
            "DELETE /api/v1/me/calendar-feed", "revokes the caller's feed address; takes no input, a body is ignored");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");
    /** What must never reach a client: Java class names, stack frames, SQL driver messages. */
    static final Pattern LEAK = Pattern.compile(
            "Exception|\\bat [a-z]+\\.[\\w.$]+\\(|\\b(java|jakarta|org\\.springframework|org\\.hibernate|org\\.postgresql"
                    + "|tools\\.jackson|com\\.careerbridge)\\.[a-z]|ERROR: |SQL state");

    /** How a body field may be broken: the values that are wrong for it whatever the rest of the body says. */
    enum Kind { TEXT, REQUIRED_TEXT, CODE, NULLABLE_CODE, NUMBER, NULLABLE_NUMBER, BOOLEAN, LIST }

    static final String HUGE = "\"" + "x".repeat(100_000) + "\"";
    static final List<String> BROKEN_STRINGS = List.of("\"a\\u0000b\"", "\"\\u0000\"", "\"bell\\u0007 escape\\u001b[31m\"",
            "\"\\ud800\"", "\"lone \\udc00 low\"", HUGE, "[\"x\"]", "{\"x\":1}");
    static final List<String> BROKEN_NUMBERS = List.of("1e400", "9223372036854775808", "-9223372036854775809",
            "18446744073709551616", "-1", "0", "1.5", "\"12abc\"", "\"'; drop table candidate; --\"",
            "\"<script>alert(1)</script>\"", "true", "[]", "{}", "\"\"", "\"a\\u0000\"");
    static final List<String> HOSTILE_TEXT = List.of("\"'; drop table candidate; --\"",
            "\"<script>alert(document.cookie)</script>\"", "\"" + "é".repeat(30_000) + "\"", "\"Robert'); DELETE FROM "
                    + "assignment;--\"");

    static final List<String> PATH_VALUES = List.of("-1", "0", "9223372036854775808", "-9223372036854775809", "1e400",
            "1.5", "abc", "%27%3B%20drop%20table%20candidate%3B--", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%00",
            "a%00b", "%FF%FE", "%ED%A0%80", "%C0%AF", "..%2F..%2Fetc", "%3Cscript%3E", "x".repeat(4_000));
    /** How one endpoint is reached with everything right, and which parts of it to break. */
    record Target(String token, Map<String, String> pathValues, String query, String body,
                  Map<String, Kind> fields, Map<String, String> headers, boolean readsBody, boolean emptyBodyAllowed) {

        String path(String pattern) {
            return fill(pattern, pathValues);
        }
    }

    /**
     * One request. Path values Tomcat refuses while parsing the request line (an encoded NUL or slash, bytes that are
     * not UTF-8) are judged like the rest: the API's error report answers them with a problem document too.
     */
    record Call(String endpoint, String description, String method, String path, String contentType, byte[] body,
                Map<String, String> headers, String token) {
    }

    @LocalServerPort
    int port;
    @Autowired
    ApiWorld world;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    ApiClient api;
    Side side;
    String candidateToken;
    String consultantToken;
    String adminToken;

    @BeforeEach
    void world() {
        api = new ApiClient(port);
        side = world.side("Fuzz " + Fixtures.unique(""));
        candidateToken = ApiWorld.signIn(api, side.candidateEmail());
        consultantToken = ApiWorld.signIn(api, side.consultant().getEmail().value());
        adminToken = ApiWorld.signIn(api, fixtures.admin().getEmail().value());
    }

    private Map<String, Target> targets() {
        Map<String, Target> targets = new LinkedHashMap<>();
        targets.put("POST /api/v1/auth/token", new Target(null, Map.of(), null,
                "{\"email\":\"nobody@example.com\",\"password\":\"not the password\"}",
                Map.of("email", Kind.CODE, "password", Kind.CODE), Map.of(), true, false));
        targets.put("POST /api/v1/auth/refresh", new Target(null, Map.of(), null, "{\"refreshToken\":\"cbr_unknown\"}",
                Map.of("refreshToken", Kind.CODE), Map.of(), true, false));
        // Logging out with an unknown token is a 204 by contract, so only broken shapes count as wrong here.
        targets.put("POST /api/v1/auth/logout", new Target(null, Map.of(), null, "{\"refreshToken\":\"cbr_unknown\"}",
                Map.of("refreshToken", Kind.REQUIRED_TEXT), Map.of(), true, true));
        targets.put("POST /api/v1/auth/invitation/accept", new Target(null, Map.of(), null,
                "{\"token\":\"not-a-real-invitation\",\"password\":\"a long enough password\"}",
                Map.of("token", Kind.CODE, "password", Kind.CODE), Map.of(), true, false));
        targets.put("PUT /api/v1/me/guides/{assignmentId}/items/{itemKey}", new Target(candidateToken,
                Map.of("assignmentId", Long.toString(side.assignmentId()), "itemKey", side.itemKey()), null,
                "{\"done\":true}", Map.of("done", Kind.BOOLEAN), Map.of(), true, false));
        targets.put("PUT /api/v1/me/sessions/{sessionId}/action-items/{actionItemId}", new Target(candidateToken,
                Map.of("sessionId", Long.toString(side.pastSessionId()), "actionItemId",
                        Long.toString(side.actionItemId())), null,
                "{\"done\":true}", Map.of("done", Kind.BOOLEAN), Map.of(), true, false));
        targets.put("PATCH /api/v1/me/preferences", new Target(candidateToken, Map.of(), null, "{\"language\":\"ko\"}",
                Map.of("language", Kind.CODE), Map.of("If-Match", etag("/api/v1/me", candidateToken)), true, false));
        targets.put("PUT /api/v1/me/profile/progress-emails", new Target(candidateToken, Map.of(), null,
                "{\"enabled\":true,\"dayOfWeek\":\"MONDAY\",\"localTime\":\"09:00\"}",
                Map.of("enabled", Kind.BOOLEAN, "dayOfWeek", Kind.CODE, "localTime", Kind.CODE),
                Map.of("If-Match", etag("/api/v1/me/profile", candidateToken)), true, false));
        targets.put("PUT /api/v1/sessions/{sessionId}/outcome", new Target(consultantToken,
                Map.of("sessionId", Long.toString(side.pastSessionId())), null, """
                        {"privateNotes":"calm now","sharedSummary":"Practised the pitch again.",
                         "actionItems":[{"id":null,"description":"Send the CV","dueDate":null}],
                         "mockRating":null,"mockGuideId":null}""",
                Map.of("privateNotes", Kind.TEXT, "sharedSummary", Kind.TEXT, "actionItems", Kind.LIST,
                        "actionItems[0].id", Kind.NULLABLE_NUMBER, "actionItems[0].description", Kind.REQUIRED_TEXT,
                        "actionItems[0].dueDate", Kind.NULLABLE_CODE, "mockRating", Kind.NULLABLE_NUMBER),
                Map.of("If-Match", etag("/api/v1/sessions/" + side.pastSessionId(), consultantToken)), true, false));
        targets.put("POST /api/v1/candidates/{candidateId}/assignments", new Target(consultantToken,
                Map.of("candidateId", Long.toString(side.candidate().getId())), null,
                "{\"guideId\":" + guide("account-manager") + ",\"dueDate\":null,\"message\":\"Read it\"}",
                Map.of("guideId", Kind.NUMBER, "dueDate", Kind.NULLABLE_CODE, "message", Kind.TEXT), Map.of(), true,
                false));
        targets.put("POST /api/v1/candidates/{candidateId}/invitation", new Target(consultantToken,
                Map.of("candidateId", Long.toString(side.candidate().getId())), null, null, Map.of(), Map.of(), false,
                false));
        // Takes no body; as a consultant (refused: admins only) so that no fuzzed id can erase anybody.
        targets.put("DELETE /api/v1/candidates/{candidateId}/personal-data", new Target(consultantToken,
                Map.of("candidateId", Long.toString(side.candidate().getId())), null, null, Map.of(), Map.of(), false,
                false));
        // The token is a query parameter; a genuine one would unsubscribe, so the base call carries a forged one.
        targets.put("POST /api/v1/unsubscribe", new Target(null, Map.of(), "token=" + side.candidate().getId() + ".AAAA",
                null, Map.of(), Map.of(), false, false));
        return targets;
    }

    @Test
    void everyWriteEndpointIsFuzzed() {
        Set<String> found = writeEndpoints();
        assertThat(found).as("write endpoints in the handler mappings").hasSizeGreaterThanOrEqualTo(10);
        Set<String> known = new TreeSet<>(targets().keySet());
        known.addAll(EXCLUDED.keySet());
        assertThat(found).as("registered targets for endpoints that no longer exist").containsAll(known);
    }

    @Test
    void brokenInputAlwaysGetsAProblemDocumentAndChangesNothing() {
        Map<String, String> before = fingerprint();
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (Call call : corpus()) {
            ApiClient.Response response = send(call);
            calls++;
            String problem = judge(response);
            if (problem != null) {
                failures.add(call.endpoint() + " · " + call.description() + " → " + problem);
            }
        }
        assertThat(calls).as("calls made").isGreaterThan(500);
        assertThat(failures).as("answers that were not a clean 4xx problem document").isEmpty();
        assertThat(fingerprint()).as("guarded rows after the fuzzing").isEqualTo(before);
    }

    @Test
    void hostileButValidTextIsStoredOrRefusedNeverAnError() {
        long candidatesBefore = count("candidate");
        long assignmentsBefore = count("assignment");
        List<String> failures = new ArrayList<>();
        targets().forEach((endpoint, target) -> target.fields().forEach((field, kind) -> {
            if (kind != Kind.TEXT && kind != Kind.REQUIRED_TEXT) {
                return;
            }
            for (String value : HOSTILE_TEXT) {
                Call call = bodyCall(endpoint, target, field + " = " + abbreviate(value), "application/json",
                        replace(target.body(), field, value).getBytes(StandardCharsets.UTF_8));
                ApiClient.Response response = send(call);
                if (response.status() >= 500 || LEAK.matcher(response.body()).find()) {
                    failures.add(endpoint + " · " + call.description() + " → " + abbreviate(response.toString()));
                }
            }
        }));
        assertThat(failures).isEmpty();
        assertThat(count("candidate")).isEqualTo(candidatesBefore);
        assertThat(count("assignment")).isGreaterThanOrEqualTo(assignmentsBefore);
    }

    /** Null when the answer is what broken input deserves. */
    private static String judge(ApiClient.Response response) {
        String body = response.body() == null ? "" : response.body();
        if (response.status() < 400 || response.status() >= 500) {
            return abbreviate(response.toString());
        }
        if (!String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            return "no problem document: " + abbreviate(response.toString());
        }
        Matcher leak = LEAK.matcher(body);
        if (leak.find()) {
            return "leaks '" + leak.group() + "': " + abbreviate(body);
        }
        return null;
    }

    private List<Call> corpus() {
        Map<String, Target> targets = targets();
        List<Call> calls = new ArrayList<>();
        for (String endpoint : writeEndpoints()) {
            if (EXCLUDED.containsKey(endpoint)) {
                continue;
            }
            Target target = targets.getOrDefault(endpoint, generic(endpoint));
            calls.addAll(pathCalls(endpoint, target));
            if (target.readsBody()) {
                calls.addAll(bodyCalls(endpoint, target));
                calls.addAll(fieldCalls(endpoint, target));
            }
            if (target.query() != null) {
                calls.addAll(queryCalls(endpoint, target));
            }
        }
        return calls;
    }

    /** An endpoint nobody registered: reached as an admin with id 1 everywhere and an empty object as its body. */
    private Target generic(String endpoint) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher variable = PATH_VARIABLE.matcher(endpoint);
        while (variable.find()) {
            values.put(variable.group(1), "1");
        }
        return new Target(adminToken, values, null, "{}", Map.of(), Map.of(), true, false);
    }

    private List<Call> pathCalls(String endpoint, Target target) {
        List<Call> calls = new ArrayList<>();
        String pattern = pattern(endpoint);
        for (String variable : target.pathValues().keySet()) {
            for (String value : PATH_VALUES) {
                Map<String, String> values = new LinkedHashMap<>(target.pathValues());
                values.put(variable, value);
                String body = target.readsBody() ? target.body() : null;
                calls.add(new Call(endpoint, "path " + variable + " = " + abbreviate(value), method(endpoint),
                        fill(pattern, values) + query(target), body == null ? null : "application/json",
                        body == null ? null : body.getBytes(StandardCharsets.UTF_8), target.headers(), target.token()));
            }
        }
        return calls;
    }

    private List<Call> queryCalls(String endpoint, Target target) {
        List<Call> calls = new ArrayList<>();
        String name = target.query().substring(0, target.query().indexOf('='));
        List<String> values = new ArrayList<>(PATH_VALUES);
        values.add("x".repeat(100_000).substring(0, 6_000));
        for (String value : values) {
            calls.add(new Call(endpoint, "query " + name + " = " + abbreviate(value), method(endpoint),
                    target.path(pattern(endpoint)) + "?" + name + "=" + value, null, null, target.headers(),
                    target.token()));
        }
        calls.add(new Call(endpoint, "query " + name + " missing", method(endpoint), target.path(pattern(endpoint)),
                null, null, target.headers(), target.token()));
        calls.add(new Call(endpoint, "query " + name + " twice", method(endpoint), target.path(pattern(endpoint))
                + "?" + target.query() + "&" + target.query(), null, null, target.headers(), target.token()));
        return calls;
    }

    private List<Call> bodyCalls(String endpoint, Target target) {
        String valid = target.body();
        Map<String, byte[]> jsonBodies = new LinkedHashMap<>();
        if (!target.emptyBodyAllowed()) {
            jsonBodies.put("empty body", new byte[0]);
            jsonBodies.put("null body", "null".getBytes(StandardCharsets.UTF_8));
        }
        for (String broken : List.of("{", "}", "{\"", "{\"done\":tru}", "{'done':true}", "{\"a\":1,}", "{\"a\" 1}",
                "[]", "[{}]", "\"text\"", "42", "true", "1e400", "{} {}", "\u0000", "NaN", "/* */ {}",
                valid.substring(0, valid.length() / 2), valid + "]")) {
            jsonBodies.put("body " + abbreviate(broken), broken.getBytes(StandardCharsets.UTF_8));
        }
        jsonBodies.put("array nested 10,000 deep", ("[".repeat(10_000) + "]".repeat(10_000)).getBytes(StandardCharsets.UTF_8));
        jsonBodies.put("object nested 10,000 deep",
                ("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)).getBytes(StandardCharsets.UTF_8));
        jsonBodies.put("body over the size limit", ("{\"pad\":" + HUGE + "}").getBytes(StandardCharsets.UTF_8));
        jsonBodies.put("invalid UTF-8 in a name", concat("{\"", new byte[] {(byte) 0xFF, (byte) 0xFE}, "\":1}"));
        jsonBodies.put("invalid UTF-8 in a value", concat("{\"x\":\"", new byte[] {(byte) 0xC3, (byte) 0x28}, "\"}"));
        jsonBodies.put("overlong UTF-8", concat("{\"x\":\"", new byte[] {(byte) 0xC0, (byte) 0xAF}, "\"}"));
        // Not in the corpus: a UTF-16 body with a byte order mark. Jackson detects the encoding and reads it as the
        // same JSON, which is lenient (RFC 8259 wants UTF-8) but not broken.
        jsonBodies.put("unknown property", replaceObject(valid, "unexpected", "\"x\"").getBytes(StandardCharsets.UTF_8));

        List<Call> calls = new ArrayList<>();
        jsonBodies.forEach((description, bytes) ->
                calls.add(bodyCall(endpoint, target, description, "application/json", bytes)));
        byte[] validBytes = valid.getBytes(StandardCharsets.UTF_8);
        calls.add(bodyCall(endpoint, target, "text/plain", "text/plain", validBytes));
        calls.add(bodyCall(endpoint, target, "XML", "application/xml", "<done>true</done>".getBytes(StandardCharsets.UTF_8)));
        calls.add(bodyCall(endpoint, target, "form", "application/x-www-form-urlencoded",
                "done=true".getBytes(StandardCharsets.UTF_8)));
        calls.add(bodyCall(endpoint, target, "malformed content type", "application/json; charset=\"", validBytes));
        calls.add(bodyCall(endpoint, target, "unknown charset", "application/json; charset=klingon", validBytes));
        if (!target.emptyBodyAllowed()) {
            calls.add(bodyCall(endpoint, target, "no content type", null, validBytes));
        }
        return calls;
    }

    private List<Call> fieldCalls(String endpoint, Target target) {
        List<Call> calls = new ArrayList<>();
        target.fields().forEach((field, kind) -> {
            for (String value : brokenValues(kind)) {
                calls.add(bodyCall(endpoint, target, field + " = " + abbreviate(value), "application/json",
                        replace(target.body(), field, value).getBytes(StandardCharsets.UTF_8)));
            }
        });
        return calls;
    }

    private static List<String> brokenValues(Kind kind) {
        List<String> values = new ArrayList<>();
        switch (kind) {
            case TEXT -> values.addAll(BROKEN_STRINGS);
            case REQUIRED_TEXT -> {
                values.addAll(BROKEN_STRINGS);
                values.addAll(List.of("null", "\"\"", "\"   \""));
            }
            case CODE, NULLABLE_CODE -> {
                values.addAll(BROKEN_STRINGS);
                values.addAll(List.of("\"\"", "\"'; drop table candidate; --\"", "\"<script>alert(1)</script>\"",
                        "12", "true", "\"2026-02-30\"", "\"25:61\"", "\"\\u0000\"",
                        // dates outside the accepted range (PostgreSQL's limits were a 500) and a date-time for a date
                        "\"+999999999-12-31\"", "\"-4800-01-01\"", "\"1899-12-31\"", "\"2026-12-01T10:00:00\""));
                if (kind == Kind.CODE) {
                    values.add("null");
                }
            }
            case NUMBER, NULLABLE_NUMBER -> {
                values.addAll(BROKEN_NUMBERS);
                if (kind == Kind.NUMBER) {
                    values.add("null");
                }
            }
            case BOOLEAN -> values.addAll(List.of("null", "\"yes\"", "\"'; drop table candidate; --\"", "[]", "{}",
                    "\"\\u0000\"", "2.5", HUGE));
            case LIST -> values.addAll(List.of("{}", "\"x\"", "12", "[1]", "[\"x\"]", "[[[]]]", "[null]",
                    "[" + "{\"description\":\"x\"},".repeat(2_000) + "{}]"));
        }
        return values;
    }

    private Call bodyCall(String endpoint, Target target, String description, String contentType, byte[] body) {
        return new Call(endpoint, description, method(endpoint), target.path(pattern(endpoint)) + query(target),
                contentType, body, target.headers(), target.token());
    }

    private ApiClient.Response send(Call call) {
        ApiClient.Request request = api.request(call.method(), call.path()).bearer(call.token());
        call.headers().forEach(request::header);
        if (call.contentType() != null) {
            request.header("Content-Type", call.contentType());
        }
        if (call.body() != null) {
            request.body(HttpRequest.BodyPublishers.ofByteArray(call.body()));
        }
        return request.send();
    }

    /** The body with one field (a name, or {@code list[0].name}) set to a raw JSON text. */
    private static String replace(String body, String field, String rawValue) {
        ObjectNode root = (ObjectNode) JSON.readTree(body);
        ObjectNode holder = root;
        String name = field;
        int dot = field.indexOf("[0].");
        if (dot > 0) {
            holder = (ObjectNode) ((ArrayNode) root.get(field.substring(0, dot))).get(0);
            name = field.substring(dot + 4);
        }
        holder.put(name, "@@FUZZ@@");
        return JSON.writeValueAsString(root).replace("\"@@FUZZ@@\"", rawValue);
    }

    private static String replaceObject(String body, String name, String rawValue) {
        ObjectNode root = (ObjectNode) JSON.readTree(body);
        root.put(name, "@@FUZZ@@");
        return JSON.writeValueAsString(root).replace("\"@@FUZZ@@\"", rawValue);
    }

    private String etag(String path, String token) {
        ApiClient.Response response = api.get(path, token);
        assertThat(response.status()).as(path).isEqualTo(200);
        return response.header("ETag");
    }

    private long guide(String slug) {
        return jdbc.queryForObject("select id from role_guide where slug = ?", Long.class, slug);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private Set<String> writeEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/v1/")) {
                    continue;
                }
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    if (Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE)
                            .contains(method)) {
                        endpoints.add(method.name() + " " + pattern);
                    }
                }
            }
        }
        return endpoints;
    }

    private Map<String, String> fingerprint() {
        Map<String, String> fingerprint = new LinkedHashMap<>();
        for (String table : ObjectLevelAuthorizationIT.GUARDED_TABLES) {
            fingerprint.put(table, jdbc.queryForObject("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' "
                    + "order by t::text)), '') from " + table + " t", String.class));
        }
        return fingerprint;
    }

    private static String method(String endpoint) {
        return endpoint.substring(0, endpoint.indexOf(' '));
    }

    private static String pattern(String endpoint) {
        return endpoint.substring(endpoint.indexOf(' ') + 1);
    }

    private static String query(Target target) {
        return target.query() == null ? "" : "?" + target.query();
    }

    static String fill(String pattern, Map<String, String> values) {
        Matcher variable = PATH_VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            variable.appendReplacement(path, Matcher.quoteReplacement(values.get(variable.group(1))));
        }
        variable.appendTail(path);
        return path.toString();
    }

    private static byte[] concat(String head, byte[] middle, String tail) {
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] end = tail.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[start.length + middle.length + end.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(middle, 0, all, start.length, middle.length);
        System.arraycopy(end, 0, all, start.length + middle.length, end.length);
        return all;
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\p{Cntrl}", "·");
        return flat.length() > 160 ? flat.substring(0, 160) + "…(" + flat.length() + ")" : flat;
    }
}
