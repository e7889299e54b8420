package com.careerbridge.crm.api.me;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The current password (proof) and the new one (12–128 characters, not a common password). */
record ChangePasswordRequest(@NotBlank @Size(max = 512) String currentPassword,
                             @NotBlank @Size(max = 512) String newPassword) {

    @Override
    public String toString() {
        return "ChangePasswordRequest[secrets hidden]";
    }
}
