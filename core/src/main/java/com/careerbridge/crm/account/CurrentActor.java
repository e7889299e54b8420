package com.careerbridge.crm.account;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The actor of the current request, from Spring Security's context. Both front ends authenticate into the same
 * {@link AuthenticatedUser} principal, so a service asks here and never trusts an id handed in by a caller.
 */
@Component
public class CurrentActor {

    public Actor get() {
        if (SystemWork.isActive()) {
            return Actor.system();
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        // Half signed in (password only, second step owed) is not signed in as far as any service is concerned.
        if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user
                && user.pendingSecondStep().isEmpty()) {
            return new Actor(user.userId(), user.role());
        }
        throw new AuthenticationCredentialsNotFoundException("no signed-in user");
    }
}
