package com.careerbridge.crm.ui.security;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import com.careerbridge.crm.account.LoginThrottle;
import com.careerbridge.crm.ui.login.LoginView;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Reacts to the outcome of a password check in the web sign-in, whatever the login flow around it (a second factor
 * may follow): a success stamps the session ({@link WebSessionStamp}) and clears the delays for this e-mail and
 * address; a failure is counted by the {@link LoginThrottle} shared with the API. Listening to Spring Security's events
 * rather than replacing the success/failure handlers keeps Vaadin's redirects and any later login step untouched.
 */
@Component
class SignInEvents {

    private final LoginThrottle throttle;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    // Spent on a deactivated account, whose check Spring ends before comparing the password: without it such an
    // e-mail would answer measurably faster than an unknown one or a wrong password.
    private final String dummyHash;

    SignInEvents(LoginThrottle throttle, PasswordEncoder passwordEncoder, Clock clock) {
        this.throttle = throttle;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.dummyHash = passwordEncoder.encode("not-a-password-anyone-has");
    }

    @EventListener({AuthenticationSuccessEvent.class, InteractiveAuthenticationSuccessEvent.class})
    void succeeded(AbstractAuthenticationEvent event) {
        HttpSession session = currentSession();
        if (session != null) {
            // microseconds: the database compares it with password_changed_at at that precision
            WebSessionStamp.renew(session, clock.instant().truncatedTo(ChronoUnit.MICROS));
        }
        if (event instanceof AuthenticationSuccessEvent && isPasswordSignIn(event.getAuthentication())) {
            throttle.recordSuccess(event.getAuthentication().getName(), clientAddress(event.getAuthentication()));
        }
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        if (!isPasswordSignIn(attempt)) {
            return;
        }
        if (event instanceof AuthenticationFailureDisabledEvent && attempt.getCredentials() instanceof String password) {
            passwordEncoder.matches(password, dummyHash);
        }
        throttle.recordFailure(attempt.getName(), clientAddress(attempt));
        HttpSession session = currentSession();
        if (session != null && attempt.getName() != null && attempt.getName().length() <= 320) {
            session.setAttribute(LoginView.FAILED_EMAIL_ATTRIBUTE, attempt.getName().strip());
        }
    }

    private static boolean isPasswordSignIn(Authentication authentication) {
        return authentication instanceof UsernamePasswordAuthenticationToken
                && authentication.getDetails() instanceof WebAuthenticationDetails;
    }

    static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }

    private static HttpSession currentSession() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getSession(false) : null;
    }
}
