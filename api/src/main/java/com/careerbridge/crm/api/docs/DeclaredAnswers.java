package com.careerbridge.crm.api.docs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import jakarta.servlet.http.HttpServletRequest;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

import static com.careerbridge.crm.api.docs.ProblemResponses.ErrorAnswer;

/**
 * Declares for every operation the statuses and headers the server can answer with, derived from what the handler
 * and the operation show: a bearer token (401, 403; 409 for writes), path variables (404), {@code If-Match} (412,
 * 428), a write (413 for any body over the limit), a body (415), a conditional read (ETag, If-None-Match, 304),
 * language-dependent content (Vary), a creation (Location) — plus the few statuses that come from what a service does ({@link #FROM_SERVICES}).
 * {@code DeclaredStatusesIT} compares the result with what the API tests observe, so a rule that is wrong shows up.
 */
@Component
class DeclaredAnswers implements OperationCustomizer {

    /**
     * Statuses that depend on what the service behind a handler does, which its signature cannot show; keyed by
     * {@code Controller#method}. A key that names no handler fails {@code HandlerKeysIT}.
     */
    static final Map<String, List<Integer>> FROM_SERVICES = Map.of(
            // wrong credentials or a missing second factor; staff who must enrol in two-factor login; the throttle
            "AuthController#token", List.of(401, 403, 429),
            // a used, expired or revoked refresh token
            "AuthController#refresh", List.of(401, 409),
            // the reset-request throttle
            "PasswordResetController#request", List.of(429),
            // a consultancy without a logo
            "BrandController#logo", List.of(404),
            // booking (#15): a type that is not offered, a candidate without a consultant
            "MyBookingsController#slots", List.of(404),
            "MyBookingsController#book", List.of(404));

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        RequestMethod method = httpMethod(handler);
        ApiResponses responses = operation.getResponses();
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean write = method != RequestMethod.GET && method != RequestMethod.HEAD;
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean ifMatch = parameters.stream().anyMatch(p -> "header".equals(p.getIn())
                && HttpHeaders.IF_MATCH.equalsIgnoreCase(p.getName()));
        boolean conditionalRead = method == RequestMethod.GET
                && ResponseEntity.class.isAssignableFrom(handler.getMethod().getReturnType());

        Set<Integer> statuses = new TreeSet<>(List.of(400, 500, 503));
        if (responses.values().stream().anyMatch(r -> r.getContent() != null && !r.getContent().isEmpty())) {
            statuses.add(406);
        }
        if (secured) {
            statuses.addAll(List.of(401, 403));
            if (write) {
                statuses.add(409);
            }
        }
        if (parameters.stream().anyMatch(p -> "path".equals(p.getIn()))) {
            statuses.add(404);
        }
        if (ifMatch) {
            statuses.addAll(List.of(412, 428));
        }
        if (write) {
            // the body limit is checked before any handler, from Content-Length: a write without a body of its own
            // still refuses one that is too large
            statuses.add(413);
        }
        if (operation.getRequestBody() != null) {
            statuses.addAll(List.of(413, 415));
        }
        statuses.addAll(FROM_SERVICES.getOrDefault(key(handler), List.of()));

        if (conditionalRead) {
            operation.addParametersItem(new Parameter().$ref("#/components/parameters/" + ProblemResponses.IF_NONE_MATCH));
            responses.addApiResponse("304", new ApiResponse().$ref("#/components/responses/"
                    + ProblemResponses.NOT_MODIFIED));
        }
        responses.forEach((code, response) -> {
            if (!code.matches("2\\d\\d")) {
                return;
            }
            if (conditionalRead || (ifMatch && response.getContent() != null)) {
                header(response, "ETag", "ETag");
            }
            if (method == RequestMethod.GET && takesTheRequest(handler)) {
                header(response, "Vary", "Vary");
            }
            if (code.equals("201")) {
                header(response, "Location", "Location");
            }
        });
        // statuses a controller annotated itself keep their description and get the problem document
        responses.forEach((code, response) -> {
            if (code.matches("[45]\\d\\d") && response.get$ref() == null) {
                ApiResponse problem = ProblemResponses.problemResponse(Integer.parseInt(code), response.getDescription());
                response.content(problem.getContent()).headers(problem.getHeaders());
            }
        });
        for (int status : statuses) {
            if (!responses.containsKey(Integer.toString(status))) {
                responses.addApiResponse(Integer.toString(status), new ApiResponse().$ref(ErrorAnswer.of(status).ref()));
            }
        }
        return operation;
    }

    static String key(HandlerMethod handler) {
        return handler.getBeanType().getSimpleName() + "#" + handler.getMethod().getName();
    }

    private static void header(ApiResponse response, String name, String component) {
        if (response.getHeaders() == null) {
            response.setHeaders(new LinkedHashMap<>());
        }
        Map<String, Header> headers = response.getHeaders();
        headers.putIfAbsent(name, ProblemResponses.headerRef(component));
    }

    /** Handlers that read the request choose the language of their texts from it (Accept-Language). */
    private static boolean takesTheRequest(HandlerMethod handler) {
        for (Class<?> type : handler.getMethod().getParameterTypes()) {
            if (HttpServletRequest.class.isAssignableFrom(type)) {
                return true;
            }
        }
        return false;
    }

    private static RequestMethod httpMethod(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return mapping == null || mapping.method().length == 0 ? RequestMethod.GET : mapping.method()[0];
    }
}
