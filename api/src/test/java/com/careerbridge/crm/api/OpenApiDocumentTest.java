package com.careerbridge.crm.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed OpenAPI document (equal to the served one, see {@code OpenApiDocumentIT}) read by an independent
 * parser, swagger-parser, as a client generator would read it: no structural errors, every {@code $ref} resolves,
 * operation ids a generator can use as method names, and every error answer a problem document. (OpenAPI Generator
 * itself cannot be run here cheaply: it needs its own CLI and a Kotlin or Swift toolchain to prove the client compiles.)
 */
class OpenApiDocumentTest {

    private static final Path COMMITTED = Path.of(OpenApiDocumentIT.COMMITTED);

    private static SwaggerParseResult parsed;
    private static OpenAPI resolved;

    @BeforeAll
    static void parse() throws IOException {
        String json = Files.readString(COMMITTED, StandardCharsets.UTF_8);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        parsed = new OpenAPIV3Parser().readContents(json, null, options);
        ParseOptions fully = new ParseOptions();
        fully.setResolve(true);
        fully.setResolveFully(true);
        resolved = new OpenAPIV3Parser().readContents(json, null, fully).getOpenAPI();
    }

    @Test
    void theParserFindsNoErrors() {
        assertThat(parsed.getOpenAPI()).as("parsed").isNotNull();
        assertThat(parsed.getMessages()).as("swagger-parser messages").isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.1");
    }

    @Test
    void operationIdsAreUniqueCamelCaseNames() {
        List<String> ids = new ArrayList<>();
        operations().forEach((where, operation) -> ids.add(operation.getOperationId()));
        assertThat(ids).doesNotContainNull().doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).matches("[a-z][a-zA-Z]*"));
    }

    @Test
    void everyErrorAnswerIsAProblemDocumentAndRetriesSayWhen() {
        operations().forEach((where, operation) -> operation.getResponses().forEach((code, response) -> {
            int status = Integer.parseInt(code);
            if (status >= 400) {
                assertThat(response.getContent()).as(where + " " + code).containsKey("application/problem+json");
                assertThat(response.getContent().get("application/problem+json").getSchema().getProperties())
                        .as(where + " " + code).containsKeys("type", "title", "status", "detail", "errors");
            }
            if (status == 429 || status == 503) {
                assertThat(headers(response)).as(where + " " + code).contains("Retry-After");
            }
            if (status == 401) {
                assertThat(headers(response)).as(where + " " + code).contains("WWW-Authenticate");
            }
            if (status == 201) {
                assertThat(headers(response)).as(where + " " + code).contains("Location");
            }
            if (status == 304) {
                assertThat(headers(response)).as(where + " " + code).contains("ETag");
            }
        }));
    }

    @Test
    void everyOperationDeclaresTheAnswersAnyRequestCanGet() {
        operations().forEach((where, operation) -> {
            assertThat(operation.getResponses()).as(where).containsKeys("400", "500", "503");
            if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
                assertThat(operation.getResponses()).as(where).containsKeys("401", "403");
            }
            if (operation.getRequestBody() != null) {
                assertThat(operation.getResponses()).as(where).containsKeys("413", "415");
            }
            boolean conditional = operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(p -> "If-Match".equals(p.getName()));
            if (conditional) {
                assertThat(operation.getResponses()).as(where).containsKeys("412", "428");
            }
        });
    }

    private static Set<String> headers(ApiResponse response) {
        return response.getHeaders() == null ? Set.of() : new HashSet<>(response.getHeaders().keySet());
    }

    private static Map<String, Operation> operations() {
        Map<String, Operation> operations = new java.util.TreeMap<>();
        for (Map.Entry<String, PathItem> path : resolved.getPaths().entrySet()) {
            path.getValue().readOperationsMap().forEach((method, operation) ->
                    operations.put(method + " " + path.getKey(), operation));
        }
        assertThat(operations).isNotEmpty();
        return operations;
    }
}
