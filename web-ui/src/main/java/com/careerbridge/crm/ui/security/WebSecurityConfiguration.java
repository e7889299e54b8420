package com.careerbridge.crm.ui.security;

import com.careerbridge.crm.ui.login.LoginView;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The web UI's security: form login through our Vaadin login view, session cookies, CSRF as Vaadin needs it, and
 * deny-by-default view access ({@code @PermitAll} / {@code @RolesAllowed} on each view). It is the last chain: the
 * API and actuator chains match their own paths first.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class WebSecurityConfiguration {

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain webUiSecurityFilterChain(HttpSecurity http, WebSessionProtection protection,
                                                 VaadinDefaultRequestCache requestCache) throws Exception {
        protection.applyTo(http);
        requestCache.ignoreRequests(WebSecurityConfiguration::isNotAPageOpened);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/images/**", "/icons/**", "/webjars/**", "/favicon.ico",
                        "/manifest.webmanifest").permitAll());
        // Vaadin refuses (403) every request that is not one of its routes or resources; a signed-in person's mistyped
        // address then got an empty 403 page. Letting signed-in requests through brings them to Vaadin's router and its
        // translated "not found" page (layout/NotFoundView); the routes keep their own access rules either way (#20).
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?logout")
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }

    /**
     * Only a page the person opened is worth returning to after the sign-in (#20). The PWA service worker fetches
     * "/" in the background while the login page is shown; Vaadin recognises such fetches by a Referer ending in
     * sw.js, which browsers do not send under our Referrer-Policy no-referrer — so "/" replaced the deep link the
     * person had opened, and the sign-in led to the dashboard. Browsers mark their own navigations with
     * Sec-Fetch-Mode: navigate; a request marked otherwise is a fetch by a script or worker. Clients that send no
     * such header are kept as before.
     */
    static boolean isNotAPageOpened(HttpServletRequest request) {
        String mode = request.getHeader("Sec-Fetch-Mode");
        return mode != null && !mode.equalsIgnoreCase("navigate");
    }
}
