package com.careerbridge.crm.api.auth;

import com.careerbridge.crm.shared.EmailAddress;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Sign-in with e-mail and password, plus {@code otp} (a current authenticator code or an unused recovery code) for an
 * account with two-factor login. The sizes only keep absurd input away from bcrypt.
 */
record TokenRequest(@NotBlank @Size(max = EmailAddress.MAX_LENGTH) String email,
                    @NotBlank @Size(max = 512) String password,
                    @Schema(description = "For accounts with two-factor login: the 6-digit code from the authenticator "
                            + "app, or one of the recovery codes. Without it such an account gets 401 two-factor-required.",
                            example = "123456")
                    @Size(max = 64) String otp) {

    @Override
    public String toString() {
        return "TokenRequest[" + email + "]";
    }
}
