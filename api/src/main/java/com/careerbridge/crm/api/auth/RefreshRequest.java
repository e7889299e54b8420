package com.careerbridge.crm.api.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A refresh token to exchange (it is used up) or, for logout, to revoke with its whole sign-in. */
record RefreshRequest(@NotBlank @Size(max = 100) String refreshToken) {

    @Override
    public String toString() {
        return "RefreshRequest[...]";
    }
}
