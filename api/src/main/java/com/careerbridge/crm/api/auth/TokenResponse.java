package com.careerbridge.crm.api.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.careerbridge.crm.account.IssuedTokens;

/**
 * A new token pair. Send {@code accessToken} as {@code Authorization: Bearer ...}; before it expires (at most 15
 * minutes), exchange {@code refreshToken} at /api/v1/auth/refresh for a new pair.
 */
public record TokenResponse(String tokenType, String accessToken, long expiresIn, Instant accessTokenExpiresAt,
                     String refreshToken, Instant refreshTokenExpiresAt) {

    public static TokenResponse from(IssuedTokens tokens, Clock clock) {
        // rounded up: the expiry instant is kept to the microsecond, the clock may have nanoseconds
        Duration left = Duration.between(clock.instant(), tokens.accessTokenExpiresAt());
        long expiresIn = Math.max(0, left.toSeconds() + (left.toNanosPart() > 0 ? 1 : 0));
        return new TokenResponse("Bearer", tokens.accessToken(), expiresIn, tokens.accessTokenExpiresAt(),
                tokens.refreshToken(), tokens.refreshTokenExpiresAt());
    }

    @Override
    public String toString() {
        return "TokenResponse[expires " + accessTokenExpiresAt + "]";
    }
}
