package com.careerbridge.crm.account;

import java.time.Instant;

/** A fresh pair of bearer tokens; the only time the raw values exist outside the client. */
public record IssuedTokens(String accessToken, Instant accessTokenExpiresAt,
                           String refreshToken, Instant refreshTokenExpiresAt) {

    @Override
    public String toString() {
        return "IssuedTokens[expires " + accessTokenExpiresAt + "]";
    }
}
