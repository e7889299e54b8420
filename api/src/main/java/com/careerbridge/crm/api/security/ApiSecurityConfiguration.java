package com.careerbridge.crm.api.security;

import java.util.List;
import java.util.Locale;

import com.careerbridge.crm.account.ApiTokenService;
import com.careerbridge.crm.api.error.ProblemTypes;
import com.careerbridge.crm.api.error.Problems;
import com.careerbridge.crm.auditlog.AuditDetails;
import com.careerbridge.crm.auditlog.AuditSubject;
import com.careerbridge.crm.auditlog.SecurityAudit;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.Header;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The API's own security chain, matched before the web UI's: stateless (no session, no CSRF token: clients send a
 * bearer token), deny by default, and every refusal is a problem document — never a redirect to the login page.
 * Responses must not be stored by caches and may not be framed or run anything ({@code default-src 'none'}); only the
 * developer documentation pages (Swagger UI) get a CSP that lets them load their own scripts and styles.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    static final int ORDER = 1;

    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";
    static final String DOCS_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "frame-ancestors 'none'";

    @Bean
    @Order(ORDER)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, Problems problems, ApiTokenService tokens,
                                               SecurityAudit audit,
                                               @Value("${springdoc.api-docs.path}") String openApiPath,
                                               @Value("${careerbridge.api.docs-path}") String docsPath)
            throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher docsPages = paths.matcher(docsPath + "/**");
        http.securityMatcher(new OrRequestMatcher(paths.matcher("/api/**"), ApiErrorDispatchFilter.API_ERROR_DISPATCH))
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new PasswordChangeGate(problems), BearerTokenFilter.class)
                .addFilterBefore(new DatabaseUnavailableFilter(problems), SecurityContextHolderFilter.class)
                .addFilterAfter(new ApiErrorDispatchFilter(problems), HeaderWriterFilter.class)
                .headers(headers -> headers
                        .cacheControl(HeadersConfigurer.CacheControlConfig::disable)
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(docsPages),
                                new StaticHeadersWriter(List.of(
                                        new Header(HttpHeaders.CACHE_CONTROL, "no-store"),
                                        new Header("Content-Security-Policy", API_CSP)))))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(docsPages,
                                new StaticHeadersWriter("Content-Security-Policy", DOCS_CSP))))
                .authorizeHttpRequests(requests -> requests
                        // the dispatch that ends an open stream (GET /api/v1/events, #16): its request was authorized
                        // when it began, and a refusal now would only meet a response that is already committed
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token", "/api/v1/auth/refresh",
                                "/api/v1/auth/logout", "/api/v1/auth/invitation/accept").permitAll()
                        // forgotten password: the e-mailed token is the credential of the second step
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/password-reset",
                                "/api/v1/auth/password-reset/confirm").permitAll()
                        // the calendar feed: the secret in the path is the credential (calendar apps send no token)
                        .requestMatchers(HttpMethod.GET, "/api/v1/calendar/*").permitAll()
                        // one-click unsubscribe (RFC 8058): the signed token in the query is the credential
                        .requestMatchers(HttpMethod.POST, "/api/v1/unsubscribe").permitAll()
                        // the consultancy's name and logo: the app's sign-in screen and e-mails show them (#20)
                        .requestMatchers(HttpMethod.GET, "/api/v1/brand", "/api/v1/brand/logo").permitAll()
                        .requestMatchers(HttpMethod.GET, openApiPath, openApiPath + "/**", docsPath + "/**").permitAll()
                        // staff endpoints, refused to candidates before any body is read (core decides per record)
                        .requestMatchers("/api/v1/candidates/**", "/api/v1/sessions/**", "/api/v1/target-roles/**",
                                "/api/v1/guides/**", "/api/v1/dashboard", "/api/v1/caseload/**", "/api/v1/outcomes",
                                // booking (#15): session types and consultants' availability and slots
                                "/api/v1/session-types", "/api/v1/consultants/**",
                                // messages (#16): the staff inbox (a candidate's conversation is under /candidates)
                                "/api/v1/inbox", "/api/v1/inbox/**")
                        .hasAnyRole("ADMIN", "CONSULTANT")
                        // live change notices (#16): any role; core's LiveFeed decides which changes each one hears
                        .requestMatchers(HttpMethod.GET, "/api/v1/events").authenticated()
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> {
                            boolean invalidToken = request.getAttribute(BearerTokenFilter.PRESENTED_INVALID_TOKEN) != null;
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                                    invalidToken ? "Bearer error=\"invalid_token\"" : "Bearer");
                            problems.write(request, response, problems.of(request, HttpStatus.UNAUTHORIZED,
                                    ProblemTypes.UNAUTHORIZED));
                        })
                        .accessDeniedHandler((request, response, e) -> {
                            audit.denied(AuditSubject.ROUTE, null, AuditDetails.of(AuditDetails.Key.REASON, "api-rule")
                                    .with(AuditDetails.Key.METHOD, request.getMethod().toLowerCase(Locale.ROOT))
                                    .withRoute(request.getRequestURI()));
                            problems.write(request, response,
                                    problems.of(request, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN));
                        }));
        return http.build();
    }
}
