package com.careerbridge.crm.api.auth;

import com.careerbridge.crm.shared.EmailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Sign-in with e-mail and password. The sizes only keep absurd input away from bcrypt. */
record TokenRequest(@NotBlank @Size(max = EmailAddress.MAX_LENGTH) String email,
                    @NotBlank @Size(max = 512) String password) {

    @Override
    public String toString() {
        return "TokenRequest[" + email + "]";
    }
}
