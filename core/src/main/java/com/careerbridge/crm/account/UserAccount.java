package com.careerbridge.crm.account;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import com.careerbridge.crm.shared.BaseEntity;
import com.careerbridge.crm.shared.EmailAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A person who can sign in: staff (admin, consultant) or a candidate with a portal login. */
@Entity
@Table(name = "user_account")
public class UserAccount extends BaseEntity {

    public static final int DISPLAY_NAME_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(nullable = false)
    private String locale;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected UserAccount() {
    }

    public UserAccount(EmailAddress email, String displayName, Role role, Locale locale, String passwordHash, Instant now) {
        this.email = email.value();
        this.displayName = requireDisplayName(displayName);
        this.role = Objects.requireNonNull(role);
        this.locale = Objects.requireNonNull(locale).toLanguageTag();
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.passwordChangedAt = now;
        this.createdAt = now;
    }

    private static String requireDisplayName(String displayName) {
        if (displayName == null || displayName.isBlank() || displayName.length() > DISPLAY_NAME_MAX) {
            throw new IllegalArgumentException("display name must have 1 to " + DISPLAY_NAME_MAX + " characters");
        }
        return displayName.strip();
    }

    @Override
    public Long getId() {
        return id;
    }

    public EmailAddress getEmail() {
        return new EmailAddress(email);
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(locale);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    /** A password set by someone else (bootstrap, admin reset) must be replaced at the next sign-in. */
    void setTemporaryPassword(String hash, Instant now) {
        this.passwordHash = hash;
        this.mustChangePassword = true;
        this.passwordChangedAt = now;
    }

    void changePassword(String hash, Instant now) {
        this.passwordHash = hash;
        this.mustChangePassword = false;
        this.passwordChangedAt = now;
    }

    public void rename(String displayName) {
        this.displayName = requireDisplayName(displayName);
    }

    public void changeLocale(Locale locale) {
        this.locale = Objects.requireNonNull(locale).toLanguageTag();
    }

    /**
     * For erasing a candidate: nothing of the person remains, nobody can sign in. The address is a placeholder in the
     * reserved {@code .invalid} domain (the column is unique and required), the password a hash of random bits.
     */
    void erase(String unusablePasswordHash, Instant now) {
        this.email = "erased-" + id + "@erased.invalid";
        this.displayName = "Erased account #" + id;
        this.passwordHash = Objects.requireNonNull(unusablePasswordHash);
        this.mustChangePassword = false;
        this.passwordChangedAt = now;
        this.enabled = false;
    }

    public void deactivate() {
        this.enabled = false;
    }

    public void reactivate() {
        this.enabled = true;
    }
}
