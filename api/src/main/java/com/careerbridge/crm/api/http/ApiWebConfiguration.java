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
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring MVC settings of the API: strict JSON reading and the request body limit. The module's defaults (springdoc
 * paths, limits) come from {@code careerbridge-api.properties}; application.yml overrides any of them.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:careerbridge-api.properties")
class ApiWebConfiguration implements WebMvcConfigurer {

    /**
     * Request bodies are read strictly ({@link StrictJson}: unknown properties, wrong JSON types, duplicate keys and
     * out-of-range dates are refused). Only Spring MVC's reading is affected — the request bodies of the API — not the
     * application-wide JsonMapper that other code uses.
     */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (HttpMessageConverter<?> converter : converters) {
            if (converter instanceof JacksonJsonHttpMessageConverter json) {
                // The converter keeps its place in the list (springdoc relies on the byte[] converter coming first);
                // only the mapper it uses for JSON changes.
                JsonMapper strict = StrictJson.strict(json.getMapper());
                json.registerMappersForType(Object.class, mappers -> {
                    mappers.put(MediaType.APPLICATION_JSON, strict);
                    mappers.put(new MediaType("application", "*+json"), strict);
                });
            }
        }
    }

    /** Control characters in query parameters and path variables are refused at the field, as in bodies. */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ParameterTextInterceptor()).addPathPatterns("/api/**");
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> apiRequestBodyLimitFilter(
            @Value("${careerbridge.api.max-request-body:64KB}") DataSize maxRequestBody,
            @Value("${careerbridge.documents.max-file-size:10MB}") DataSize maxFileSize,
            @Value("${careerbridge.documents.concurrent-uploads:8}") int concurrentUploads,
            @Value("${careerbridge.documents.transfer-wait:2m}") java.time.Duration transferWait, Problems problems) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestBodyLimitFilter(maxRequestBody.toBytes(), maxFileSize.toBytes(), problems,
                        new UploadAdmission(concurrentUploads, transferWait)));
        registration.addUrlPatterns("/api/*");
        // Before security: an oversize body is refused without a token lookup.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
