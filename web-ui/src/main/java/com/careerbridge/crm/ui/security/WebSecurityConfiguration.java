package com.careerbridge.crm.ui.security;

import com.careerbridge.crm.ui.login.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
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
    SecurityFilterChain webUiSecurityFilterChain(HttpSecurity http, WebSessionProtection protection) throws Exception {
        protection.applyTo(http);
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/images/**", "/webjars/**", "/favicon.ico").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login?logout"));
        return http.build();
    }
}
