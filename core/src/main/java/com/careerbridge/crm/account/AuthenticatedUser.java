package com.careerbridge.crm.account;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as both front ends see them: the web session and the API's bearer tokens carry this same
 * principal, so the services decide permissions the same way for both. Holds no password once authenticated.
 */
public final class AuthenticatedUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final String email;
    private final String displayName;
    private final Role role;
    private final Locale locale;
    private final boolean enabled;
    private final boolean mustChangePassword;
    private final SecondStep pendingSecondStep;
    private transient String passwordHash;

    AuthenticatedUser(UserAccount account) {
        this(account, null);
    }

    /** After the password only: until {@code pendingSecondStep} is done, the principal carries no role. */
    AuthenticatedUser(UserAccount account, SecondStep pendingSecondStep) {
        this.userId = account.getId();
        this.email = account.getEmail().value();
        this.displayName = account.getDisplayName();
        this.role = account.getRole();
        this.locale = account.getLocale();
        this.enabled = account.isEnabled();
        this.mustChangePassword = account.isMustChangePassword();
        this.pendingSecondStep = pendingSecondStep;
        this.passwordHash = account.getPasswordHash();
    }

    private AuthenticatedUser(AuthenticatedUser signedIn) {
        this.userId = signedIn.userId;
        this.email = signedIn.email;
        this.displayName = signedIn.displayName;
        this.role = signedIn.role;
        this.locale = signedIn.locale;
        this.enabled = signedIn.enabled;
        this.mustChangePassword = signedIn.mustChangePassword;
        this.pendingSecondStep = null;
        this.passwordHash = null;
    }

    /** From a bearer token's lookup: an enabled account, without its password hash. */
    AuthenticatedUser(long userId, String email, String displayName, Role role, Locale locale,
                      boolean mustChangePassword) {
        this.userId = userId;
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.locale = locale;
        this.enabled = true;
        this.mustChangePassword = mustChangePassword;
        this.pendingSecondStep = null;
        this.passwordHash = null;
    }

    /** The same person with the second step done: only {@link TwoFactorService} decides that it is. */
    AuthenticatedUser withSecondStepDone() {
        return new AuthenticatedUser(this);
    }

    public long userId() {
        return userId;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public Locale locale() {
        return locale;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /**
     * What is still owed after the password: a code from the authenticator app, or (when staff must use two-factor
     * login and have not enrolled yet) the enrolment itself. Empty once the sign-in is complete.
     */
    public Optional<SecondStep> pendingSecondStep() {
        return Optional.ofNullable(pendingSecondStep);
    }

    /**
     * The role's authority, or only {@link SecondStep#PENDING_AUTHORITY} while a second step is owed, so that nothing
     * that checks roles (view access, method security) lets a half signed-in session through.
     */
    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        if (pendingSecondStep != null) {
            return List.of(new SimpleGrantedAuthority(SecondStep.PENDING_AUTHORITY));
        }
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuthenticatedUser that && that.userId == userId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(userId);
    }

    @Override
    public String toString() {
        return "AuthenticatedUser[" + userId + ", " + role + (pendingSecondStep == null ? "" : ", " + pendingSecondStep) + "]";
    }
}
