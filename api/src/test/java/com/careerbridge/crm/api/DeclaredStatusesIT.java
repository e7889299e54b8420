package com.careerbridge.crm.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.careerbridge.testsupport.api.ApiClient;
import com.careerbridge.testsupport.api.ApiIntegrationTest;
import com.careerbridge.testsupport.api.ObservedStatuses;
import com.careerbridge.testsupport.api.RunsLast;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document and the API cannot drift apart: every status the other integration tests of this run received
 * for an operation must be declared for that operation in the served document (a generated client treats an
 * undeclared status as a failure it cannot decode), and so must the contract headers that answer carried (ETag,
 * Location, Retry-After, Vary: Accept-Language, WWW-Authenticate; see {@link ObservedStatuses}). Runs after all other test classes ({@link RunsLast}); statuses
 * the document declares but no test provoked are written to {@value #REPORT} (and the console) as a to-do list for
 * tests, not as a failure.
 */
@ApiIntegrationTest
@RunsLast
class DeclaredStatusesIT {

    static final String REPORT = "target/openapi-status-coverage.txt";

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @LocalServerPort
    int port;

    /** One operation of the document with the regular expression its path template stands for. */
    private record Operation(String method, String template, Pattern pattern, Set<Integer> declared,
                             Map<Integer, Set<String>> headers) {

        int literalLength() {
            return template.replaceAll("\\{[^}]+}", "").length();
        }
    }

    @Test
    void everyStatusTheTestsObservedIsDeclaredForItsOperation() throws IOException {
        List<ObservedStatuses.Observation> observed = ObservedStatuses.all();
        Assumptions.assumeTrue(observed.stream().anyMatch(o -> !o.path().contains("openapi")),
                "Nothing observed: run this check together with the other integration tests of the module");

        ApiClient.Response served = new ApiClient(port).get("/api/v1/openapi.json", null);
        assertThat(served.status()).as(served.toString()).isEqualTo(200);
        List<Operation> operations = operationsOf(served.json());

        Map<String, List<String>> undeclared = new TreeMap<>();
        Map<String, List<String>> undeclaredHeaders = new TreeMap<>();
        Map<String, Set<Integer>> seenPerOperation = new TreeMap<>();
        Set<String> otherMethods = new TreeSet<>();
        Set<String> outsideDocument = new TreeSet<>();
        for (ObservedStatuses.Observation o : observed) {
            List<Operation> onPath = operations.stream().filter(op -> op.pattern().matcher(o.path()).matches())
                    .toList();
            if (onPath.isEmpty()) {
                outsideDocument.add(o.method() + " " + o.path() + " -> " + o.status());
                continue;
            }
            Operation operation = onPath.stream().filter(op -> op.method().equalsIgnoreCase(o.method()))
                    .max(Comparator.comparingInt(Operation::literalLength)).orElse(null);
            if (operation == null) {
                // a method the path does not have (405, or 401/403 when security answers first): not an operation
                otherMethods.add(o.method() + " " + onPath.getFirst().template() + " -> " + o.status());
                continue;
            }
            String key = operation.method().toUpperCase() + " " + operation.template();
            seenPerOperation.computeIfAbsent(key, k -> new TreeSet<>()).add(o.status());
            if (!operation.declared().contains(o.status())) {
                undeclared.computeIfAbsent(key + " -> " + o.status(), k -> new ArrayList<>())
                        .add(o.method() + " " + o.path() + " in " + o.testClass());
                continue;
            }
            Set<String> declaredHeaders = operation.headers().getOrDefault(o.status(), Set.of());
            for (String header : o.headers()) {
                if (!declaredHeaders.contains(header.toLowerCase(java.util.Locale.ROOT))) {
                    undeclaredHeaders.computeIfAbsent(key + " -> " + o.status() + " header " + header,
                            k -> new ArrayList<>()).add(o.method() + " " + o.path() + " in " + o.testClass());
                }
            }
        }

        writeReport(operations, seenPerOperation, otherMethods, outsideDocument);
        assertThat(undeclared)
                .as("Statuses the API sent in this run that the OpenAPI document does not declare for the operation "
                        + "(declare them in api/docs, regenerate the committed copy). Examples per status:\n%s",
                        undeclared.entrySet().stream()
                                .map(e -> e.getKey() + "   e.g. " + e.getValue().getFirst())
                                .collect(Collectors.joining("\n")))
                .isEmpty();
        assertThat(undeclaredHeaders)
                .as("Headers the API sent in this run that the OpenAPI document does not declare for that answer:\n%s",
                        undeclaredHeaders.entrySet().stream()
                                .map(e -> e.getKey() + "   e.g. " + e.getValue().getFirst())
                                .collect(Collectors.joining("\n")))
                .isEmpty();
    }

    private static List<Operation> operationsOf(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            Pattern pattern = Pattern.compile(templateRegex(path.getKey()));
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                Set<Integer> declared = new TreeSet<>();
                Map<Integer, Set<String>> headers = new TreeMap<>();
                for (Map.Entry<String, JsonNode> response : method.getValue().get("responses").properties()) {
                    if (response.getKey().matches("\\d{3}")) {
                        int status = Integer.parseInt(response.getKey());
                        declared.add(status);
                        Set<String> names = new TreeSet<>();
                        resolve(document, response.getValue()).path("headers").propertyNames()
                                .forEach(name -> names.add(name.toLowerCase(java.util.Locale.ROOT)));
                        headers.put(status, names);
                    }
                }
                operations.add(new Operation(method.getKey(), path.getKey(), pattern, declared, headers));
            }
        }
        return operations;
    }

    /** A response object, or the one its {@code $ref} names ({@code #/components/responses/...}). */
    private static JsonNode resolve(JsonNode document, JsonNode node) {
        String ref = node.path("$ref").asString("");
        if (ref.isEmpty()) {
            return node;
        }
        JsonNode target = document;
        for (String part : ref.substring(2).split("/")) {
            target = target.path(part);
        }
        return target;
    }

    /** {@code /a/{id}/b.ics} → {@code \Q/a/\E[^/]+\Q/b.ics\E}: a variable is one non-empty path segment part. */
    static String templateRegex(String template) {
        StringBuilder regex = new StringBuilder();
        int at = 0;
        java.util.regex.Matcher variable = Pattern.compile("\\{[^}]+}").matcher(template);
        while (variable.find()) {
            regex.append(Pattern.quote(template.substring(at, variable.start()))).append("[^/]+");
            at = variable.end();
        }
        return regex.append(Pattern.quote(template.substring(at))).toString();
    }

    private static void writeReport(List<Operation> operations, Map<String, Set<Integer>> seen,
                                    Set<String> otherMethods, Set<String> outsideDocument) throws IOException {
        StringBuilder report = new StringBuilder("# Statuses the OpenAPI document declares and the API tests of this run "
                + "observed\n# operation: declared statuses never observed (a test could provoke them)\n");
        for (Operation operation : operations.stream()
                .sorted(Comparator.comparing(Operation::template).thenComparing(Operation::method)).toList()) {
            String key = operation.method().toUpperCase() + " " + operation.template();
            Set<Integer> notSeen = new TreeSet<>(operation.declared());
            notSeen.removeAll(seen.getOrDefault(key, Set.of()));
            report.append(key).append(": observed ").append(seen.getOrDefault(key, Set.of()))
                    .append(", never observed ").append(notSeen).append('\n');
        }
        report.append("\n# methods a documented path does not have\n");
        otherMethods.forEach(line -> report.append(line).append('\n'));
        report.append("\n# paths outside the document (documentation pages, probes of unknown paths)\n");
        outsideDocument.forEach(line -> report.append(line).append('\n'));
        Path file = Path.of(REPORT);
        Files.createDirectories(file.getParent());
        Files.writeString(file, report, StandardCharsets.UTF_8);
        System.out.println(report);
    }
}
