package com.careerbridge.crm.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.careerbridge.testsupport.Fixtures;
import com.careerbridge.testsupport.api.ApiClient;
import com.careerbridge.testsupport.api.ApiIntegrationTest;
import com.careerbridge.testsupport.api.ApiWorld;
import com.careerbridge.testsupport.api.ApiWorld.Side;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sibling of {@link WriteEndpointFuzzIT} for the other half of a request: the query parameters and path variables
 * of every endpoint under /api/v1 (GET included), found in Spring MVC's handler mappings so that a new endpoint is
 * covered from its first day. Out-of-range numbers and dates, control characters, bytes that are not UTF-8, oversized
 * values and ids of the wrong kind are always answered with a 4xx problem document, never a 500; the values that are
 * wrong whatever the endpoint (control characters, a date outside the accepted range, a number that is no number) are
 * refused at the parameter by name. No ERROR is logged for any of it.
 */
@ApiIntegrationTest
class ParameterFuzzIT {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final Pattern LEAK = WriteEndpointFuzzIT.LEAK;

    /** Wrong for any parameter or path variable: refused at the field, reason invalid. */
    static final List<String> CONTROL = List.of("%00", "a%00b", "a%07b", "%1B%5B31m", "%7F", "%0B", "x%08");
    /** Not UTF-8 once decoded: a 4xx, whoever notices first. */
    static final List<String> NOT_UTF8 = List.of("%FF%FE", "%ED%A0%80", "%C0%AF");
    /** Wrong for a number parameter whatever its rule: not a whole number, or none that fits. */
    static final List<String> NOT_A_NUMBER = List.of("9223372036854775808", "-9223372036854775809", "2147483648",
            "-2147483649", "1e400", "1.5", "abc", "0x10", "%EF%BC%91"); // the last is a full-width digit one
    /** Of {@link #NOT_A_NUMBER}, those that are too large only for an int. */
    static final Set<String> FITS_A_LONG = Set.of("2147483648", "-2147483649");
    /** Wrong for an instant parameter: outside the years 1900–9999, or not an ISO-8601 instant. */
    static final List<String> NOT_AN_INSTANT = List.of("%2B1000000-01-01T00:00:00Z", "-4800-01-01T00:00:00Z",
            "1899-12-31T23:59:59Z", "%2B10000-01-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-12-01", "yesterday",
            "1764579600");
    /** Wrong for a date parameter: outside the years 1900–9999, no such day, or not an ISO-8601 date. */
    static final List<String> NOT_A_DATE = List.of("%2B1000000-01-01", "-4800-01-01", "1899-12-31", "%2B10000-01-01",
            "2026-02-30", "2026-12-01T00:00:00Z", "yesterday", "1764579600");
    /** Odd but not necessarily wrong: any answer except a 5xx or a leak. */
    static final List<String> ODD = List.of("", "%20", "-1", "0", "%27%3B%20drop%20table%20candidate%3B--",
            "%3Cscript%3E", "%E2%80%AE", "%F0%9F%98%80", "x".repeat(6_000));
    /** Path variables: all of these name nothing. */
    static final List<String> BROKEN_PATH_VALUES = List.of("-1", "0", "9223372036854775808", "-9223372036854775809",
            "2147483648", "1e400", "1.5", "abc", "%01", "a%07b", "%1B", "%7F", "%00", "%FF%FE", "%C0%AF",
            "..%2F..%2Fetc", "x".repeat(4_000));

    record Endpoint(String method, String pattern, Map<String, Class<?>> queryParameters, Set<String> required) {

        String name() {
            return method + " " + pattern;
        }

        boolean reads() {
            return method.equals("GET");
        }
    }

    record Call(Endpoint endpoint, String description, String path, boolean mustRefuse, String refusedField) {
    }

    @LocalServerPort
    int port;
    @Autowired
    ApiWorld world;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    ApiClient api;
    Side side;
    String candidateToken;
    String consultantToken;

    @BeforeEach
    void world() {
        api = new ApiClient(port);
        side = world.side("Params " + Fixtures.unique(""));
        candidateToken = ApiWorld.signIn(api, side.candidateEmail());
        consultantToken = ApiWorld.signIn(api, side.consultant().getEmail().value());
    }

    @Test
    void theCorpusReachesEveryKindOfInput() {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).as("endpoints in the handler mappings").hasSizeGreaterThanOrEqualTo(25);
        assertThat(endpoints).as("endpoints with query parameters")
                .filteredOn(endpoint -> !endpoint.queryParameters().isEmpty()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(endpoints).as("GET endpoints with path variables")
                .filteredOn(endpoint -> endpoint.reads() && endpoint.pattern().contains("{"))
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(endpoints.stream().flatMap(endpoint -> endpoint.queryParameters().values().stream()))
                .as("parameter types the corpus has values for").contains(Instant.class, Integer.class, String.class);
    }

    @Test
    void everyParameterAndPathVariableAnswersBrokenInputWithAProblemDocument() {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root().addAppender(log);
        List<String> failures = new ArrayList<>();
        int calls = 0;
        try {
            for (Call call : corpus()) {
                ApiClient.Response response = api.request(call.endpoint().method(), call.path())
                        .bearer(tokenFor(call.endpoint())).send();
                calls++;
                String problem = judge(call, response);
                if (problem != null) {
                    failures.add(call.endpoint().name() + " · " + call.description() + " → " + problem);
                }
            }
        } finally {
            root().detachAppender(log);
        }
        assertThat(calls).as("calls made").isGreaterThan(500);
        assertThat(failures).as("answers that were not a clean problem document").isEmpty();
        assertThat(log.list.stream().filter(event -> event.getLevel().isGreaterOrEqual(Level.ERROR))
                .map(event -> event.getFormattedMessage() + " " + event.getThrowableProxy()))
                .as("ERROR log lines caused by client input").isEmpty();
    }

    private List<Call> corpus() {
        List<Call> calls = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            Map<String, String> pathValues = validPathValues(endpoint.pattern());
            String base = fill(endpoint.pattern(), pathValues);
            Map<String, String> required = new LinkedHashMap<>();
            endpoint.required().forEach(name -> required.put(name, validQueryValue(name,
                    endpoint.queryParameters().get(name))));
            for (String variable : pathValues.keySet()) {
                for (String value : BROKEN_PATH_VALUES) {
                    Map<String, String> values = new LinkedHashMap<>(pathValues);
                    values.put(variable, value);
                    calls.add(new Call(endpoint, "path " + variable + " = " + abbreviate(value),
                            fill(endpoint.pattern(), values) + query(required, null, null), true, null));
                }
                if (endpoint.reads()) {
                    for (Map.Entry<String, Long> id : idsOfEveryKind().entrySet()) {
                        Map<String, String> values = new LinkedHashMap<>(pathValues);
                        values.put(variable, Long.toString(id.getValue()));
                        calls.add(new Call(endpoint, "path " + variable + " = the id of " + id.getKey(),
                                fill(endpoint.pattern(), values) + query(required, null, null), false, null));
                    }
                }
            }
            endpoint.queryParameters().forEach((name, type) -> {
                for (String value : CONTROL) {
                    calls.add(new Call(endpoint, "query " + name + " = " + value, base + query(required, name, value),
                            true, name));
                }
                for (String value : NOT_UTF8) {
                    calls.add(new Call(endpoint, "query " + name + " = " + value, base + query(required, name, value),
                            true, null));
                }
                if (Number.class.isAssignableFrom(boxed(type))) {
                    for (String value : NOT_A_NUMBER) {
                        if (boxed(type) == Long.class && FITS_A_LONG.contains(value)) {
                            // a whole number a long holds (an id cursor such as ?before=): valid, tried below as odd
                            calls.add(new Call(endpoint, "query " + name + " = " + value,
                                    base + query(required, name, value), false, null));
                            continue;
                        }
                        calls.add(new Call(endpoint, "query " + name + " = " + abbreviate(value),
                                base + query(required, name, value), true, name));
                    }
                }
                if (type == Instant.class || type == LocalDate.class) {
                    for (String value : type == LocalDate.class ? NOT_A_DATE : NOT_AN_INSTANT) {
                        calls.add(new Call(endpoint, "query " + name + " = " + value,
                                base + query(required, name, value), true, name));
                    }
                }
                for (String value : ODD) {
                    calls.add(new Call(endpoint, "query " + name + " = " + abbreviate(value),
                            base + query(required, name, value), false, null));
                }
                calls.add(new Call(endpoint, "query " + name + " twice", base + query(required, name,
                        validQueryValue(name, type) + "&" + name + "=" + validQueryValue(name, type)), false, null));
            });
            // over the connector's request-line limit: refused before the application, still a problem document
            calls.add(new Call(endpoint, "a 9,000-character query", base + "?pad=" + "x".repeat(9_000), true, null));
        }
        return calls;
    }

    private static String judge(Call call, ApiClient.Response response) {
        String body = response.body() == null ? "" : response.body();
        if (response.status() >= 500 || call.mustRefuse() && response.status() < 400) {
            return abbreviate(response.toString());
        }
        if (response.status() >= 400) {
            if (!String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                return "no problem document: " + abbreviate(response.toString());
            }
            Matcher leak = LEAK.matcher(body);
            if (leak.find()) {
                return "leaks '" + leak.group() + "': " + abbreviate(body);
            }
            if (call.refusedField() != null && response.status() == 400 && !names(response.json(), call.refusedField())) {
                return "refused without naming " + call.refusedField() + ": " + abbreviate(body);
            }
            if (call.refusedField() != null && response.status() != 400 && response.status() != 401
                    && response.status() != 403) {
                return "expected 400 at " + call.refusedField() + ": " + abbreviate(response.toString());
            }
        }
        return null;
    }

    private static boolean names(JsonNode problem, String field) {
        JsonNode errors = problem.get("errors");
        return errors != null && errors.values().stream().anyMatch(error -> field.equals(error.get("field").asString()));
    }

    /** The caller who gets past authorization to the input checks: the candidate for their own things, else staff. */
    private String tokenFor(Endpoint endpoint) {
        if (endpoint.pattern().startsWith("/api/v1/auth/") || endpoint.pattern().startsWith("/api/v1/calendar/")
                || endpoint.pattern().startsWith("/api/v1/unsubscribe") || endpoint.pattern().startsWith("/api/v1/brand")) {
            return null;
        }
        return endpoint.pattern().startsWith("/api/v1/me") ? candidateToken : consultantToken;
    }

    private Map<String, String> validPathValues(String pattern) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher variable = PATH_VARIABLE.matcher(pattern);
        while (variable.find()) {
            String name = variable.group(1);
            values.put(name, switch (name) {
                case "candidateId" -> Long.toString(side.candidate().getId());
                case "assignmentId" -> Long.toString(side.assignmentId());
                case "itemKey" -> side.itemKey();
                case "sessionId" -> Long.toString(side.pastSessionId());
                case "actionItemId" -> Long.toString(side.actionItemId());
                case "consultantId" -> Long.toString(side.consultant().getId());
                default -> "1";
            });
        }
        return values;
    }

    /** Ids of every kind the world has, to send where another kind is expected. */
    private Map<String, Long> idsOfEveryKind() {
        Map<String, Long> ids = new TreeMap<>();
        ids.put("a candidate", side.candidate().getId());
        ids.put("the candidate's account", side.candidateUserId());
        ids.put("a consultant", side.consultant().getId());
        ids.put("a guide", side.guideId());
        ids.put("an assignment", side.assignmentId());
        ids.put("a target role", side.targetRoleId());
        ids.put("an upcoming session", side.upcomingSessionId());
        ids.put("a past session", side.pastSessionId());
        ids.put("an action item", side.actionItemId());
        return ids;
    }

    private static String validQueryValue(String name, Class<?> type) {
        if (type == Instant.class) {
            return name.equals("to") ? "2026-12-02T00:00:00Z" : "2026-12-01T00:00:00Z";
        }
        if (type == LocalDate.class) {
            return name.equals("to") ? "2026-12-02" : "2026-12-01";
        }
        if (Number.class.isAssignableFrom(boxed(type))) {
            return "1";
        }
        return "x";
    }

    /** The required parameters with valid values, and one parameter set to {@code value} (raw, already encoded). */
    private static String query(Map<String, String> required, String name, String value) {
        Map<String, String> parameters = new LinkedHashMap<>(required);
        if (name != null) {
            parameters.put(name, value);
        }
        if (parameters.isEmpty()) {
            return "";
        }
        StringBuilder query = new StringBuilder("?");
        parameters.forEach((key, raw) -> query.append(query.length() > 1 ? "&" : "").append(key).append('=')
                .append(raw));
        return query.toString();
    }

    private List<Endpoint> endpoints() {
        Map<String, Endpoint> endpoints = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            Map<String, Class<?>> parameters = new LinkedHashMap<>();
            Set<String> required = new java.util.TreeSet<>();
            // The @RequestParams of a multipart upload (#16) are the form's fields, not query parameters: sent in the
            // query they would meet 415 first. DocumentsApiIT sends broken form fields in the multipart body.
            boolean form = entry.getKey().getConsumesCondition().getConsumableMediaTypes()
                    .contains(org.springframework.http.MediaType.MULTIPART_FORM_DATA);
            for (MethodParameter parameter : entry.getValue().getMethodParameters()) {
                RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
                if (annotation != null && !form) {
                    String name = !annotation.name().isEmpty() ? annotation.name() : parameter.getParameterName();
                    parameters.put(name, parameter.getParameterType());
                    if (annotation.required()) {
                        required.add(name);
                    }
                }
            }
            for (String pattern : entry.getKey().getPatternValues()) {
                if (!pattern.startsWith("/api/v1/")) {
                    continue;
                }
                for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
                    Endpoint endpoint = new Endpoint(method.name(), pattern, parameters, required);
                    endpoints.put(endpoint.name(), endpoint);
                }
            }
        }
        return List.copyOf(endpoints.values());
    }

    private static Class<?> boxed(Class<?> type) {
        return type == int.class ? Integer.class : type == long.class ? Long.class : type;
    }

    private static String fill(String pattern, Map<String, String> values) {
        return WriteEndpointFuzzIT.fill(pattern, values);
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\p{Cntrl}", "·");
        return flat.length() > 160 ? flat.substring(0, 160) + "…(" + flat.length() + ")" : flat;
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
