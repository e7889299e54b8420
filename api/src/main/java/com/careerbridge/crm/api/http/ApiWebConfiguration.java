package com.careerbridge.crm.api.http;

import java.util.List;

import com.careerbridge.crm.api.error.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring MVC settings of the API: strict JSON reading and the request body limit. The module's defaults (springdoc
 * paths, limits) come from {@code careerbridge-api.properties}; application.yml overrides any of them.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:careerbridge-api.properties")
class ApiWebConfiguration implements WebMvcConfigurer {

    /**
     * Unknown properties in request bodies are rejected (Jackson 3 ignores them by default): a misspelt field must not
     * be silently dropped. Only Spring MVC's reading is affected — the request bodies of the API — not the
     * application-wide JsonMapper that other code uses.
     */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (HttpMessageConverter<?> converter : converters) {
            if (converter instanceof JacksonJsonHttpMessageConverter json) {
                // The converter keeps its place in the list (springdoc relies on the byte[] converter coming first);
                // only the mapper it uses for JSON changes.
                JsonMapper strict = json.getMapper().rebuild()
                        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .build();
                json.registerMappersForType(Object.class, mappers -> {
                    mappers.put(MediaType.APPLICATION_JSON, strict);
                    mappers.put(new MediaType("application", "*+json"), strict);
                });
            }
        }
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> apiRequestBodyLimitFilter(
            @Value("${careerbridge.api.max-request-body:64KB}") DataSize maxRequestBody, Problems problems) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(maxRequestBody.toBytes(), problems));
        registration.addUrlPatterns("/api/*");
        // Before security: an oversize body is refused without a token lookup.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
