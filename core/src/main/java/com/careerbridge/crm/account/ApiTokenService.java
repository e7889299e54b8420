package com.careerbridge.crm.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;

import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.crm.shared.ForOtherFeatures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs API clients in and out with opaque bearer tokens. A token is 256 random bits; only its SHA-256 hash is stored,
 * and every request looks it up together with its sign-in (family) and account, so revocation needs no key management
 * and works at once on every instance. Refresh tokens are single-use: presenting a used one again means two parties
 * hold it, so the whole family is revoked.
 */
@Service
@EnableConfigurationProperties({ApiTokenProperties.class, LoginThrottleProperties.class})
public class ApiTokenService {

    static final String ACCESS_PREFIX = "cba_";
    static final String REFRESH_PREFIX = "cbr_";

    private static final Logger log = LoggerFactory.getLogger(ApiTokenService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    private final ApiTokenStore store;
    private final LoginThrottle throttle;
    private final PasswordEncoder passwordEncoder;
    private final ApiTokenProperties properties;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final TwoFactorService twoFactor;
    // Compared against when the e-mail is unknown, so that a miss costs the same bcrypt time as a wrong password.
    private final String dummyHash;

    ApiTokenService(UserAccountRepository accounts, ApiTokenStore store, LoginThrottle throttle,
                    PasswordEncoder passwordEncoder, ApiTokenProperties properties, Clock clock,
                    PlatformTransactionManager transactionManager, ApplicationEventPublisher events,
                    TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
        this.accounts = accounts;
        this.store = store;
        this.throttle = throttle;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.dummyHash = passwordEncoder.encode(randomToken(""));
    }

    /**
     * Exchanges e-mail and password for a new token pair.
     *
     * @throws LoginThrottledException  too many recent failures for this e-mail or address (checked first, for known
     *                                  and unknown e-mails alike)
     * @throws InvalidCredentialsException unknown e-mail, wrong password or deactivated account — indistinguishable
     */
    public IssuedTokens login(String email, String password, String clientAddress) {
        return login(email, password, null, clientAddress);
    }

    /**
     * Exchanges e-mail, password and — for an account with two-factor login — a current code or an unused recovery
     * code for a new token pair. A wrong code counts and answers exactly like a wrong password.
     *
     * @throws TwoFactorRequiredException           right password, the account has two-factor login, no code given
     * @throws TwoFactorEnrolmentRequiredException  staff must use two-factor login and have not enrolled yet
     */
    public IssuedTokens login(String email, String password, String otp, String clientAddress) {
        Optional<UserAccount> account = EmailAddress.isValid(email)
                ? accounts.findByEmail(new EmailAddress(email).value())
                : Optional.empty();
        try {
            throttle.check(email, clientAddress);
        } catch (LoginThrottledException throttled) {
            events.publishEvent(new AccountEvents.ApiSignInFailed(account.map(UserAccount::getId).orElse(null),
                    "throttled"));
            throw throttled;
        }
        String presented = password == null ? "" : password;
        boolean passwordMatches = passwordEncoder.matches(presented,
                account.map(UserAccount::getPasswordHash).orElse(dummyHash));
        if (account.isEmpty() || !passwordMatches || !account.get().isEnabled()) {
            throttle.recordFailure(email, clientAddress);
            events.publishEvent(new AccountEvents.ApiSignInFailed(account.map(UserAccount::getId).orElse(null),
                    account.isEmpty() ? "unknown-account" : !passwordMatches ? "bad-credentials" : "disabled"));
            throw new InvalidCredentialsException();
        }
        Optional<SecondStep> secondStep = twoFactor.secondStepAfterPassword(account.get());
        if (secondStep.isPresent() && secondStep.get() == SecondStep.ENROLMENT) {
            throw new TwoFactorEnrolmentRequiredException();
        }
        if (secondStep.isPresent()) {
            if (otp == null || otp.isBlank()) {
                throw new TwoFactorRequiredException();
            }
            if (!twoFactor.verify(account.get().getId(), otp)) {
                throttle.recordFailure(email, clientAddress);
                events.publishEvent(new AccountEvents.ApiSignInFailed(account.get().getId(), "bad-second-factor"));
                throw new InvalidCredentialsException();
            }
        }
        throttle.recordSuccess(email, clientAddress);
        long userId = account.get().getId();
        IssuedTokens issued = transactions.execute(status -> issue(store.createFamily(userId, now()), now()));
        events.publishEvent(new AccountEvents.ApiSignInSucceeded(userId, account.get().getRole()));
        return issued;
    }

    /**
     * Exchanges a refresh token for a new pair in the same family; the presented token is used up. Presenting a used
     * one again means it was stolen, and the whole sign-in is revoked — unless the same client address used it within
     * {@link ApiTokenProperties#refreshReuseGrace()}: two of the client's own requests raced to refresh.
     *
     * @throws InvalidCredentialsException   unknown, expired, used or revoked token
     * @throws RefreshTokenJustUsedException used a moment ago from the same address; the sign-in stays valid
     */
    public IssuedTokens refresh(String refreshToken, String clientAddress) {
        if (refreshToken == null || !refreshToken.startsWith(REFRESH_PREFIX)) {
            throw new InvalidCredentialsException();
        }
        boolean[] race = new boolean[1];
        IssuedTokens issued = transactions.execute(status -> {
            Instant now = now();
            ApiTokenStore.Redemption redemption = store.redeemRefreshToken(refreshToken, now, clientAddress);
            if (redemption instanceof ApiTokenStore.Redemption.Redeemed redeemed) {
                return issue(redeemed.familyId(), now);
            }
            if (redemption instanceof ApiTokenStore.Redemption.Reused reused
                    && clientAddress != null && clientAddress.equals(reused.usedFrom())
                    && !reused.usedAt().plus(properties.refreshReuseGrace()).isBefore(now)) {
                race[0] = true;
                return null;
            }
            if (redemption instanceof ApiTokenStore.Redemption.Reused reused) {
                store.revokeFamily(reused.familyId(), ApiTokenStore.RevokeReason.REFRESH_TOKEN_REUSED, now);
                log.warn("A used refresh token was presented again; revoked token family {}", reused.familyId());
            }
            return null;
        });
        if (race[0]) {
            throw new RefreshTokenJustUsedException();
        }
        if (issued == null) {
            throw new InvalidCredentialsException();
        }
        return issued;
    }

    /** Who holds this access token, if it is valid now. One SQL statement, no transaction. */
    public Optional<VerifiedAccessToken> authenticate(String accessToken) {
        if (accessToken == null || !accessToken.startsWith(ACCESS_PREFIX) || accessToken.length() > 100) {
            return Optional.empty();
        }
        return store.findValidAccessToken(accessToken, now());
    }

    /** Ends the sign-in the given refresh token belongs to. Unknown tokens are ignored: logging out twice is fine. */
    public void logout(String refreshToken) {
        if (refreshToken != null) {
            store.familyOf(refreshToken).ifPresent(this::logout);
        }
    }

    /** Ends a sign-in (token family): its access and refresh tokens stop working on the next request. */
    public void logout(long familyId) {
        store.revokeFamily(familyId, ApiTokenStore.RevokeReason.LOGOUT, now());
    }

    /**
     * A new sign-in for an account whose holder just proved who they are another way (an accepted invitation). Runs in
     * the caller's transaction when there is one, so the tokens exist only if that proof is committed.
     */
    /** Signs the account in without a password: for a link that just proved the mailbox (an accepted invitation). */
    @ForOtherFeatures
    public IssuedTokens signIn(long userId) {
        return transactions.execute(status -> issue(store.createFamily(userId, now()), now()));
    }

    /** Housekeeping for a scheduled job: drops long-expired tokens and stale failure counters. */
    public int purgeExpired() {
        return store.purgeExpired(now()) + throttle.purgeExpired();
    }

    private IssuedTokens issue(long familyId, Instant now) {
        String access = randomToken(ACCESS_PREFIX);
        String refresh = randomToken(REFRESH_PREFIX);
        Instant accessExpiry = now.plus(properties.accessTokenTtl());
        Instant refreshExpiry = now.plus(properties.refreshTokenTtl());
        store.insertToken(access, familyId, ApiTokenStore.Kind.ACCESS, now, accessExpiry);
        store.insertToken(refresh, familyId, ApiTokenStore.Kind.REFRESH, now, refreshExpiry);
        return new IssuedTokens(access, accessExpiry, refresh, refreshExpiry);
    }

    // PostgreSQL keeps microseconds; comparing issue times with password change times must not depend on rounding.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** 256 random bits, URL-safe, behind a prefix that says what kind of secret it is. Shared by every mailed link. */
    static String randomToken(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
