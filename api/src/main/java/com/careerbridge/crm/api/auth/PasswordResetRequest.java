package com.careerbridge.crm.api.auth;

import com.careerbridge.crm.shared.EmailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Asks for a reset link for this e-mail address. */
record PasswordResetRequest(@NotBlank @Size(max = EmailAddress.MAX_LENGTH) String email) {

    @Override
    public String toString() {
        return "PasswordResetRequest[e-mail hidden]";
    }
}
