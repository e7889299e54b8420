package com.careerbridge.crm.api.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The token from the reset link and the new password. */
record PasswordResetConfirmation(@NotBlank @Size(max = 200) String token,
                                 @NotBlank @Size(max = 512) String newPassword) {

    @Override
    public String toString() {
        return "PasswordResetConfirmation[secrets hidden]";
    }
}
