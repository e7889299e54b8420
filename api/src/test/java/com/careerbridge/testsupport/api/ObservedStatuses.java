package com.careerbridge.testsupport.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every (method, path, status) the API's integration tests received through {@link ApiClient}, kept for the whole
 * test run (one JVM), so that {@code DeclaredStatusesIT} can compare them with the statuses the OpenAPI document
 * declares. The path is kept as sent (without the query string); the check maps it to the document's templates.
 */
public final class ObservedStatuses {

    /** One answer the tests saw; {@code testClass} is the first test class that saw it, for the failure message. */
    public record Observation(String method, String path, int status, String testClass) {
    }

    private static final Map<String, Observation> SEEN = new ConcurrentHashMap<>();

    private ObservedStatuses() {
    }

    static void record(String method, String pathAndQuery, int status) {
        int query = pathAndQuery.indexOf('?');
        String path = query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
        SEEN.computeIfAbsent(method + " " + path + " " + status,
                key -> new Observation(method, path, status, callingTestClass()));
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
