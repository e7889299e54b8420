package com.careerbridge.crm.ui.security;

import com.careerbridge.crm.account.LoginThrottle;
import com.careerbridge.crm.account.SignInStanding;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.SessionManagementConfigurer;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.stereotype.Component;

/**
 * Sessions, sign-in protection and response headers of the web UI's chain, kept apart from the chain's access rules:
 * a new session id at sign-in, logout that ends the session and removes its cookie, the session guard, the sign-in
 * throttle, and the headers every UI response carries (Spring Security adds nosniff, X-Frame-Options DENY, HSTS on
 * HTTPS and {@code Cache-Control: no-store} for anything that did not set its own caching). See docs/security.md.
 * <p>
 * The headers are written when the request arrives, not when the response is committed: Vaadin's bootstrap page for a
 * visitor who has not signed in (the sign-in page) is committed on a path the header filter's response wrapper does not
 * see, and went out with none of them (SecurityHeadersIT). Whoever answers later may still set their own caching.
 */
@Component
class WebSessionProtection {

    static final String LOGIN_PROCESSING_PATH = "/login";

    /**
     * What Vaadin 25's client needs, tried in headless Chromium (WebUiSecurityHeadersIT): its bootstrap page carries
     * inline scripts and the client evaluates server-sent JavaScript ({@code executeJs}), and the components set
     * inline styles; everything else is loaded from this origin only.
     */
    static final String UI_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private final SignInStanding standing;
    private final LoginThrottle throttle;
    private final String sessionCookieName;

    WebSessionProtection(SignInStanding standing, LoginThrottle throttle,
                         @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookieName) {
        this.standing = standing;
        this.throttle = throttle;
        this.sessionCookieName = sessionCookieName;
    }

    void applyTo(HttpSecurity http) throws Exception {
        http.sessionManagement(sessions -> sessions
                        .sessionFixation(SessionManagementConfigurer.SessionFixationConfigurer::changeSessionId))
                .logout(logout -> logout.invalidateHttpSession(true).clearAuthentication(true)
                        .deleteCookies(sessionCookieName))
                .headers(headers -> headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                            @Override
                            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                                filter.setShouldWriteHeadersEagerly(true);
                                return filter;
                            }
                        })
                        .contentSecurityPolicy(csp -> csp.policyDirectives(UI_CSP))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frames -> frames.deny()))
                .addFilterAfter(new SessionGuardFilter(standing), SecurityContextHolderFilter.class)
                .addFilterBefore(new WebLoginThrottleFilter(throttle, LOGIN_PROCESSING_PATH),
                        UsernamePasswordAuthenticationFilter.class);
    }
}
