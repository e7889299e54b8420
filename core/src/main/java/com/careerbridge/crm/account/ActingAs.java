package com.careerbridge.crm.account;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs a piece of work as a given user, exactly as if they had signed in — for the demo seeder and for tests that
 * must exercise the services' permission checks with real principals.
 */
@Component
public class ActingAs {

    private final UserAccountRepository accounts;

    ActingAs(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    public <T> T call(long userId, Supplier<T> work) {
        AuthenticatedUser user = accounts.findById(userId).map(AuthenticatedUser::new)
                .orElseThrow(() -> new IllegalArgumentException("no user " + userId));
        user.eraseCredentials();
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return SystemWork.suspended(work);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void run(long userId, Runnable work) {
        call(userId, () -> {
            work.run();
            return null;
        });
    }

    /** The principal for a user, as the login would build it (for tests and programmatic sign-in). */
    public AuthenticatedUser principal(long userId) {
        AuthenticatedUser user = accounts.findById(userId).map(AuthenticatedUser::new)
                .orElseThrow(() -> new IllegalArgumentException("no user " + userId));
        user.eraseCredentials();
        return user;
    }
}
