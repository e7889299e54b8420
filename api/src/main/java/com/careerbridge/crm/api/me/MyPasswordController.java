package com.careerbridge.crm.api.me;

import java.time.Clock;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.AuthenticatedUser;
import com.careerbridge.crm.api.auth.TokenResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in account changes its own password. */
@RestController
@Tag(name = "Me")
@SecurityRequirement(name = "bearer")
class MyPasswordController {

    private final AccountService accounts;
    private final Clock clock;

    MyPasswordController(AccountService accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @PutMapping(path = "/api/v1/me/password", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change the password",
            description = "Requires the current password (400 password-wrong on currentPassword otherwise). The new "
                    + "one must have 12 to 128 characters and be neither a common password (password-common) nor the "
                    + "account's e-mail address or name (password-personal). Every sign-in of the account ends — all "
                    + "API tokens, including the one used for this request, and all web sessions — and the answer is a "
                    + "fresh token pair for the caller.")
    TokenResponse change(@AuthenticationPrincipal AuthenticatedUser user, @Valid @RequestBody ChangePasswordRequest body) {
        return TokenResponse.from(accounts.changePasswordAndSignIn(user.userId(), body.currentPassword(),
                body.newPassword()), clock);
    }
}
