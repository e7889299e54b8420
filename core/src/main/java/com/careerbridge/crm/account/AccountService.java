package com.careerbridge.crm.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.Optional;

import com.careerbridge.crm.shared.ForOtherFeatures;
import com.careerbridge.crm.shared.ConflictException;
import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts and keeps their passwords; the only place that hashes one. */
@Service
@Transactional
public class AccountService {

    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The languages every text exists in. */
    public static final List<String> LANGUAGES = List.of("ko", "en");

    private final UserAccountRepository accounts;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ApiTokenStore apiTokens;
    private final ApiTokenService tokenService;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock, ApiTokenStore apiTokens,
                   ApiTokenService tokenService, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.apiTokens = apiTokens;
        this.tokenService = tokenService;
    }

    /** Creates an account whose holder chose the password (or was given it through a secure channel). */
    public UserAccount create(EmailAddress email, String displayName, Role role, Locale locale, String password) {
        PasswordPolicy.check("password", password, email.value(), displayName);
        return accounts.save(newAccount(email, displayName, role, locale, password));
    }

    /** Creates an account with a password someone else knows; it must be changed at the first sign-in. */
    public UserAccount createWithTemporaryPassword(EmailAddress email, String displayName, Role role, Locale locale,
                                                   String temporaryPassword) {
        PasswordPolicy.check("password", temporaryPassword);
        UserAccount account = newAccount(email, displayName, role, locale, temporaryPassword);
        account.setTemporaryPassword(passwordEncoder.encode(temporaryPassword), now());
        return accounts.save(account);
    }

    private UserAccount newAccount(EmailAddress email, String displayName, Role role, Locale locale, String password) {
        if (accounts.existsByEmail(email.value())) {
            throw new ConflictException("conflict.email-taken");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new InvalidValueException("displayName", "required");
        }
        if (displayName.length() > UserAccount.DISPLAY_NAME_MAX) {
            throw new InvalidValueException("displayName", "too-long");
        }
        return new UserAccount(email, displayName, role, locale, passwordEncoder.encode(password), now());
    }

    /**
     * The holder replaces their password, proving they know the current one. Every API token of the account is revoked
     * and every web session signed in before now ends (its stamp is older than the new password); the caller's own web
     * session survives by renewing its stamp to the returned instant.
     *
     * @return the account's new {@code passwordChangedAt}
     */
    public Instant changePassword(long userId, String currentPassword, String newPassword) {
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("user"));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new InvalidValueException("currentPassword", "password-wrong");
        }
        PasswordPolicy.check("newPassword", newPassword, account.getEmail().value(), account.getDisplayName());
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new InvalidValueException("newPassword", "password-unchanged");
        }
        Instant now = now();
        account.changePassword(passwordEncoder.encode(newPassword), now);
        accounts.flush();
        // Whoever may have learnt the old password may also hold a token obtained with it.
        apiTokens.revokeAllOf(userId, ApiTokenStore.RevokeReason.PASSWORD_CHANGED, now);
        events.publishEvent(new AccountEvents.PasswordChanged(userId, "own-password"));
        return account.getPasswordChangedAt();
    }

    /**
     * {@link #changePassword} for an API client: all earlier sign-ins end, including the caller's, and the caller gets
     * a fresh token pair in the same transaction.
     */
    public IssuedTokens changePasswordAndSignIn(long userId, String currentPassword, String newPassword) {
        changePassword(userId, currentPassword, newPassword);
        return tokenService.signIn(userId);
    }

    /** The account can no longer sign in; its API tokens stop working on the next request. */
    public void deactivate(long userId) {
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("user"));
        account.deactivate();
        apiTokens.revokeAllOf(userId, ApiTokenStore.RevokeReason.DEACTIVATED, now());
    }

    public void reactivate(long userId) {
        accounts.findById(userId).orElseThrow(() -> new NotFoundException("user")).reactivate();
    }

    /**
     * The holder picks the language of the UI, the API's messages and the e-mails they receive. No access check: the
     * caller (the candidate feature's language commands) has decided whose account it is.
     *
     * @param expectedVersion the version the caller last saw, or {@code null} to overwrite whatever is there
     * @throws ConflictException (stale) when someone changed the account since {@code expectedVersion}
     */
    @ForOtherFeatures
    public UserAccount changeLanguage(long userId, String language, Long expectedVersion) {
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("user"));
        if (expectedVersion != null && expectedVersion != account.getVersion()) {
            throw ConflictException.stale();
        }
        account.changeLocale(supportedLanguage(language));
        accounts.flush();
        return account;
    }

    private static Locale supportedLanguage(String language) {
        if (language == null || language.isBlank()) {
            throw new InvalidValueException("language", "required");
        }
        if (!LANGUAGES.contains(language)) {
            throw new InvalidValueException("language", "unsupported");
        }
        return Locale.forLanguageTag(language);
    }

    @Transactional(readOnly = true)
    public boolean anyAdminExists() {
        return accounts.existsByRole(Role.ADMIN);
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByEmail(EmailAddress email) {
        return accounts.findByEmail(email.value());
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findById(long userId) {
        return accounts.findById(userId);
    }

    @Transactional(readOnly = true)
    public List<UserAccount> findByRole(Role role) {
        return accounts.findByRoleOrderByDisplayName(role);
    }

    /** Display names of accounts by id, in one statement (for timelines and lists). */
    @Transactional(readOnly = true)
    public Map<Long, String> displayNames(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return accounts.findAllById(userIds).stream()
                .collect(Collectors.toMap(UserAccount::getId, UserAccount::getDisplayName));
    }

    // PostgreSQL keeps microseconds; token issue times are compared with password change times at that precision.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** A random password of 16 characters from an alphabet without look-alike letters, for one-time use. */
    public static String randomPassword() {
        StringBuilder password = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
