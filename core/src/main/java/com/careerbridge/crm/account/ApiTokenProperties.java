package com.careerbridge.crm.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Lifetimes of the API's bearer tokens. Access tokens stay short (at most 15 minutes) because a leaked one works until
 * it expires unless someone notices; refresh tokens are single-use and rotate, so they may live for weeks.
 * {@code refreshReuseGrace}: how long after a refresh token was used a repeat from the same client address counts as a
 * race between two of its own requests (answered 409, the sign-in stays) rather than theft (the sign-in is revoked).
 */
@ConfigurationProperties("careerbridge.api.tokens")
public record ApiTokenProperties(@DefaultValue("PT15M") Duration accessTokenTtl,
                                 @DefaultValue("P30D") Duration refreshTokenTtl,
                                 @DefaultValue("PT30S") Duration refreshReuseGrace) {

    static final Duration ACCESS_TOKEN_TTL_MAX = Duration.ofMinutes(15);

    public ApiTokenProperties {
        if (accessTokenTtl.isNegative() || accessTokenTtl.isZero() || accessTokenTtl.compareTo(ACCESS_TOKEN_TTL_MAX) > 0) {
            throw new IllegalArgumentException("careerbridge.api.tokens.access-token-ttl must be between 1s and 15m");
        }
        if (refreshReuseGrace.isNegative() || refreshReuseGrace.compareTo(Duration.ofMinutes(2)) > 0) {
            throw new IllegalArgumentException("careerbridge.api.tokens.refresh-reuse-grace must be between 0 and 2m");
        }
        if (refreshTokenTtl.compareTo(accessTokenTtl) <= 0) {
            throw new IllegalArgumentException("careerbridge.api.tokens.refresh-token-ttl must be longer than the access token's");
        }
    }
}
