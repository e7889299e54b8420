package com.careerbridge.crm.api.docs;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The document's fixed parts. The server is the relative "/" rather than the host springdoc would detect, so that
 * the served document is the same on every machine and can be compared with the committed copy.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI careerBridgeOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("CareerBridge CRM API")
                        .version("v1")
                        .description("REST API for the CareerBridge mobile app and candidate portal. Errors are RFC 9457 "
                                + "problem documents (application/problem+json, schema Problem) with a stable type URI; "
                                + "every operation lists the statuses it can answer with. A method a path does not "
                                + "list is answered 405 with an Allow header (401 first when no token is sent: only the "
                                + "listed methods of the open paths need none). "
                                + "Reads carry an ETag: send it back as If-None-Match (304) or, for updates, as "
                                + "If-Match (required: 428 without, 412 when stale). See docs/api.md."))
                .servers(List.of(new Server().url("/")))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("Opaque access token from POST /api/v1/auth/token")));
    }
}
