package com.careerbridge.crm.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import com.careerbridge.crm.account.twofactor.Base32;
import com.careerbridge.crm.account.twofactor.RecoveryCodes;
import com.careerbridge.crm.account.twofactor.Totp;
import com.careerbridge.crm.shared.ConflictException;
import com.careerbridge.crm.shared.ForbiddenException;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor login with an authenticator app (TOTP): enrolment, the second step of a sign-in, recovery codes, turning
 * it off, and the admin's reset for a lost phone. The signed-in person is read from the security context — including
 * a half signed-in one, who may do the second step and (when staff must) enrol, and nothing else.
 */
@Service
@Transactional
public class TwoFactorService {

    public static final String ISSUER = "CareerBridge";
    private static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger log = LoggerFactory.getLogger(TwoFactorService.class);

    /** What the account holder sees on their security page. */
    public record Status(boolean enabled, boolean enrolmentPending, int recoveryCodesLeft, boolean required,
                         boolean mayDisable) {
    }

    /** A started enrolment: the secret for manual entry and the URI the QR code carries. */
    public record Enrolment(String secret, String otpauthUri) {
    }

    private final TwoFactorStore store;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final UserAccountRepository accounts;
    private final SecuritySettings settings;
    private final LoginThrottle throttle;
    private final PasswordEncoder passwordEncoder;
    private final CurrentActor currentActor;
    private final Clock clock;

    TwoFactorService(TwoFactorStore store, UserAccountRepository accounts, SecuritySettings settings,
                     LoginThrottle throttle, PasswordEncoder passwordEncoder, CurrentActor currentActor, Clock clock,
                     org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.accounts = accounts;
        this.settings = settings;
        this.throttle = throttle;
        this.passwordEncoder = passwordEncoder;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Status status() {
        AuthenticatedUser me = me();
        Optional<TwoFactorStore.Enrolment> enrolment = store.find(me.userId());
        boolean enabled = enrolment.map(TwoFactorStore.Enrolment::confirmed).orElse(false);
        boolean required = isRequired(me.role());
        return new Status(enabled, enrolment.isPresent() && !enabled, enabled ? store.recoveryCodesLeft(me.userId()) : 0,
                required, enabled && !required);
    }

    /**
     * A new secret for the signed-in person, pending until {@link #confirmEnrolment} gets a correct code; starting
     * again replaces a pending one.
     *
     * @throws ConflictException when two-factor login is already on (turn it off first)
     */
    public Enrolment beginEnrolment() {
        AuthenticatedUser me = me();
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        String encoded = Base32.encode(secret);
        if (!store.startPending(me.userId(), encoded, now())) {
            throw new ConflictException("conflict.two-factor-enabled");
        }
        return new Enrolment(encoded, otpauthUri(me.email(), encoded));
    }

    /**
     * Turns two-factor login on with the first correct code and returns the ten recovery codes, which are shown this
     * once and stored only hashed.
     *
     * @throws InvalidValueException {@code code}/{@code two-factor-code-wrong}
     */
    public List<String> confirmEnrolment(String code) {
        AuthenticatedUser me = me();
        TwoFactorStore.Enrolment enrolment = store.find(me.userId())
                .filter(found -> !found.confirmed())
                .orElseThrow(() -> new ConflictException("conflict.two-factor-not-pending"));
        if (!acceptTotp(enrolment, code)) {
            throw new InvalidValueException("code", "two-factor-code-wrong");
        }
        store.confirm(me.userId(), now());
        events.publishEvent(new AccountEvents.TwoFactorChanged(me.userId(), true));
        log.info("Two-factor login turned on for user {}", me.userId());
        return newRecoveryCodes(me.userId());
    }

    /**
     * The second step of a web sign-in: a current code or an unused recovery code. Failures are counted like wrong
     * passwords (per e-mail and client address, in PostgreSQL).
     *
     * @return the same person, fully signed in, to put into the session
     * @throws InvalidValueException      {@code code}/{@code two-factor-code-wrong}
     * @throws LoginThrottledException    too many recent failures
     */
    // Outside a transaction: a failure must stay counted although the exception that reports it follows.
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public AuthenticatedUser completeSignIn(String code, String clientAddress) {
        AuthenticatedUser me = me();
        if (me.pendingSecondStep().orElse(null) != SecondStep.CODE) {
            throw new ConflictException("conflict.two-factor-not-pending");
        }
        throttle.check(me.email(), clientAddress);
        if (!verify(me.userId(), code)) {
            throttle.recordFailure(me.email(), clientAddress);
            throw new InvalidValueException("code", "two-factor-code-wrong");
        }
        throttle.recordSuccess(me.email(), clientAddress);
        return me.withSecondStepDone();
    }

    /**
     * After a forced enrolment was confirmed in this sign-in, the session gets its role.
     *
     * @throws ConflictException when the enrolment is not confirmed yet
     */
    @Transactional(readOnly = true)
    public AuthenticatedUser completeEnrolmentSignIn() {
        AuthenticatedUser me = me();
        if (me.pendingSecondStep().orElse(null) != SecondStep.ENROLMENT || !store.isConfirmed(me.userId())) {
            throw new ConflictException("conflict.two-factor-not-pending");
        }
        return me.withSecondStepDone();
    }

    /** Ten new recovery codes for a current authenticator code; the old ones stop working. */
    public List<String> regenerateRecoveryCodes(String code) {
        AuthenticatedUser me = fullySignedIn();
        TwoFactorStore.Enrolment enrolment = store.find(me.userId()).filter(TwoFactorStore.Enrolment::confirmed)
                .orElseThrow(() -> new ConflictException("conflict.two-factor-not-enabled"));
        if (!acceptTotp(enrolment, code)) {
            throw new InvalidValueException("code", "two-factor-code-wrong");
        }
        return newRecoveryCodes(me.userId());
    }

    /**
     * Turns two-factor login off, proven with a current code or the password. Staff cannot while an admin requires it.
     *
     * @throws ForbiddenException    staff while two-factor login is required
     * @throws InvalidValueException {@code code}/{@code two-factor-proof-wrong}
     */
    public void disable(String codeOrPassword) {
        AuthenticatedUser me = fullySignedIn();
        if (isRequired(me.role())) {
            throw new ForbiddenException("two-factor-disable");
        }
        TwoFactorStore.Enrolment enrolment = store.find(me.userId()).filter(TwoFactorStore.Enrolment::confirmed)
                .orElseThrow(() -> new ConflictException("conflict.two-factor-not-enabled"));
        UserAccount account = accounts.findById(me.userId()).orElseThrow(() -> new NotFoundException("user"));
        boolean proven = acceptTotp(enrolment, codeOrPassword)
                || (codeOrPassword != null && passwordEncoder.matches(codeOrPassword, account.getPasswordHash()));
        if (!proven) {
            throw new InvalidValueException("code", "two-factor-proof-wrong");
        }
        store.remove(me.userId());
        events.publishEvent(new AccountEvents.TwoFactorChanged(me.userId(), false));
        log.info("Two-factor login turned off by user {}", me.userId());
    }

    /** An admin takes two-factor login off someone's account (a lost phone); they enrol again at will or when made to. */
    public void reset(long userId) {
        Actor actor = currentActor.get();
        if (!actor.isAdmin()) {
            throw new ForbiddenException("two-factor-reset");
        }
        accounts.findById(userId).orElseThrow(() -> new NotFoundException("user"));
        if (store.remove(userId)) {
            events.publishEvent(new AccountEvents.TwoFactorReset(userId, actor.userId()));
            log.info("Two-factor login of user {} reset by {}", userId, actor.userId());
        }
    }

    @Transactional(readOnly = true)
    public boolean isEnabled(long userId) {
        return store.isConfirmed(userId);
    }

    /** What a sign-in with the right password still owes, if anything. */
    @Transactional(readOnly = true)
    Optional<SecondStep> secondStepAfterPassword(UserAccount account) {
        if (store.isConfirmed(account.getId())) {
            return Optional.of(SecondStep.CODE);
        }
        return isRequired(account.getRole()) ? Optional.of(SecondStep.ENROLMENT) : Optional.empty();
    }

    /** A current TOTP code not used before, or an unused recovery code (which is then used up). */
    boolean verify(long userId, String code) {
        Optional<TwoFactorStore.Enrolment> enrolment = store.find(userId).filter(TwoFactorStore.Enrolment::confirmed);
        if (enrolment.isEmpty()) {
            return false;
        }
        if (acceptTotp(enrolment.get(), code)) {
            return true;
        }
        return RecoveryCodes.normalize(code)
                .map(normalized -> store.useRecoveryCode(userId, RecoveryCodes.hash(userId, normalized), now()))
                .orElse(false);
    }

    private boolean acceptTotp(TwoFactorStore.Enrolment enrolment, String code) {
        OptionalLong step = Totp.matchingStep(Base32.decode(enrolment.secret()), code, clock.instant());
        return step.isPresent() && store.useStep(enrolment.userId(), step.getAsLong());
    }

    private List<String> newRecoveryCodes(long userId) {
        List<String> codes = RecoveryCodes.generate();
        store.replaceRecoveryCodes(userId, codes.stream()
                .map(code -> RecoveryCodes.hash(userId, RecoveryCodes.normalize(code).orElseThrow())).toList(), now());
        return codes;
    }

    private boolean isRequired(Role role) {
        return role.isStaff() && settings.twoFactorRequiredForStaff();
    }

    static String otpauthUri(String email, String secret) {
        String account = URLEncoder.encode(email, StandardCharsets.UTF_8).replace("+", "%20").replace("%40", "@");
        String label = ISSUER + ":" + account;
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    private static AuthenticatedUser me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user) {
            return user;
        }
        throw new AuthenticationCredentialsNotFoundException("no signed-in user");
    }

    private static AuthenticatedUser fullySignedIn() {
        AuthenticatedUser me = me();
        if (me.pendingSecondStep().isPresent()) {
            throw new AuthenticationCredentialsNotFoundException(
                    "second step pending");
        }
        return me;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
