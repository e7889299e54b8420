package com.careerbridge.testsupport.api;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every (method, path, status) the API's integration tests received through {@link ApiClient}, kept for the whole
 * test run (one JVM), so that {@code DeclaredStatusesIT} can compare them with the statuses the OpenAPI document
 * declares. The path is kept as sent (without the query string); the check maps it to the document's templates.
 */
public final class ObservedStatuses {

    /**
     * One answer the tests saw, with the contract headers it carried ({@link #CONTRACT_HEADERS}); {@code testClass}
     * is the first test class that saw it, for the failure message.
     */
    public record Observation(String method, String path, int status, Set<String> headers, String testClass) {
    }

    /** Headers the OpenAPI document must declare where the API sends them ({@code Vary} only for the language). */
    public static final List<String> CONTRACT_HEADERS = List.of("ETag", "Location", "Retry-After", "Vary",
            "WWW-Authenticate");

    private static final Map<String, Observation> SEEN = new ConcurrentHashMap<>();

    private ObservedStatuses() {
    }

    static void record(String method, String pathAndQuery, HttpResponse<?> response) {
        int query = pathAndQuery.indexOf('?');
        String path = query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
        Set<String> headers = new TreeSet<>();
        for (String name : CONTRACT_HEADERS) {
            List<String> values = response.headers().allValues(name);
            boolean present = name.equals("Vary")
                    ? values.stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).contains("accept-language"))
                    : !values.isEmpty();
            if (present) {
                headers.add(name);
            }
        }
        SEEN.computeIfAbsent(method + " " + path + " " + response.statusCode() + " " + headers,
                key -> new Observation(method, path, response.statusCode(), headers, callingTestClass()));
    }

    public static List<Observation> all() {
        return new ArrayList<>(SEEN.values());
    }

    /** The outermost class on the stack whose name ends in IT or Test: the test that made the request. */
    private static String callingTestClass() {
        return StackWalker.getInstance().walk(frames -> frames
                .map(StackWalker.StackFrame::getClassName)
                .filter(name -> name.endsWith("IT") || name.endsWith("Test") || name.contains("IT$"))
                .reduce((first, second) -> second)
                .orElse("?"));
    }
}
