package com.careerbridge.crm.account;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

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
    private transient String passwordHash;

    AuthenticatedUser(UserAccount account) {
        this.userId = account.getId();
        this.email = account.getEmail().value();
        this.displayName = account.getDisplayName();
        this.role = account.getRole();
        this.locale = account.getLocale();
        this.enabled = account.isEnabled();
        this.mustChangePassword = account.isMustChangePassword();
        this.passwordHash = account.getPasswordHash();
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
        this.passwordHash = null;
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

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
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
        return "AuthenticatedUser[" + userId + ", " + role + "]";
    }
}
