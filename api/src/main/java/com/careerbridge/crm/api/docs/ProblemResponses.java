package com.careerbridge.crm.api.docs;

import java.util.Map;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Documents the problem document once ({@code Problem} schema) and adds the error answers every operation can give,
 * so that client generators know the shape of errors without each controller repeating it.
 */
@Component
class ProblemResponses implements OpenApiCustomizer {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private static final Map<String, String> COMMON = Map.of(
            "400", "Invalid input (validation, malformed JSON, unknown property, wrong type)",
            "401", "No valid bearer token (or, at sign-in, wrong credentials)",
            "404", "Not found",
            "413", "Request body too large",
            "415", "Content-Type is not application/json",
            "429", "Too many failed sign-ins; see Retry-After",
            "500", "Unexpected failure");

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        Schema fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema())
                .addProperty("reason", new StringSchema())
                .addProperty("message", new StringSchema());
        Schema problem = new ObjectSchema()
                .description("RFC 9457 problem document")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("errors", new ArraySchema().items(fieldError));
        openApi.getComponents().addSchemas("Problem", problem);
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                COMMON.forEach((status, description) -> {
                    if (!operation.getResponses().containsKey(status)) {
                        operation.getResponses().addApiResponse(status, new ApiResponse()
                                .description(description)
                                .content(new Content().addMediaType("application/problem+json",
                                        new MediaType().schema(new Schema<>().$ref(PROBLEM_REF)))));
                    }
                })));
    }
}
