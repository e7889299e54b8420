package com.careerbridge.crm.ui.security;

import java.util.Optional;

import com.careerbridge.crm.account.AuthenticatedUser;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/** The signed-in user of the current UI request, and the way out. */
@Component
public class CurrentUser {

    private final AuthenticationContext authenticationContext;

    CurrentUser(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    public Optional<AuthenticatedUser> get() {
        return authenticationContext.getAuthenticatedUser(AuthenticatedUser.class);
    }

    public AuthenticatedUser require() {
        return get().orElseThrow(() -> new IllegalStateException("no signed-in user in a secured view"));
    }

    public void logout() {
        authenticationContext.logout();
    }
}
