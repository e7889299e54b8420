package com.careerbridge.crm.api.invitation;

import jakarta.validation.constraints.NotBlank;

/** The token from the invitation link and the password the holder chose (12–128 characters). */
record AcceptInvitationRequest(@NotBlank String token, @NotBlank String password) {

    @Override
    public String toString() {
        return "AcceptInvitationRequest[secrets hidden]";
    }
}
