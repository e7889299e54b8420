package com.careerbridge.crm.api.auth;

import com.careerbridge.crm.passwordreset.PasswordResetService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** "Forgot your password?" for API clients: ask for a link by e-mail, then set the new password with its token. */
@RestController
@RequestMapping(path = "/api/v1/auth/password-reset", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Authentication")
class PasswordResetController {

    private final PasswordResetService resets;

    PasswordResetController(PasswordResetService resets) {
        this.resets = resets;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ask for a password-reset link by e-mail",
            description = "No bearer token needed. Always 202 with an empty body, whether or not an account has this "
                    + "address: only an enabled account gets a mail, with a single-use link valid for 30 minutes "
                    + "({base-url}/reset-password?token=cbp_...). Requesting again replaces the earlier link. At most "
                    + "3 requests per e-mail address and 10 per client address an hour (429 too-many-attempts with "
                    + "Retry-After, for unknown addresses too).")
    @ApiResponse(responseCode = "202", description = "Accepted; a mail goes out if the address has an account")
    ResponseEntity<Void> request(@Valid @RequestBody PasswordResetRequest body, HttpServletRequest request) {
        resets.request(body.email(), request.getRemoteAddr());
        return ResponseEntity.accepted().build();
    }

    @PostMapping(path = "/confirm", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set a new password with the token from the reset link",
            description = "No bearer token needed. The token works once and for 30 minutes; a used, expired or "
                    + "replaced one is a 400 password-reset-invalid problem with reason used, expired or unknown. The "
                    + "password policy applies (a refused password leaves the token usable). Afterwards every sign-in "
                    + "of the account has ended; sign in with the new password.")
    @ApiResponse(responseCode = "204", description = "The password is set")
    ResponseEntity<Void> confirm(@Valid @RequestBody PasswordResetConfirmation body) {
        resets.reset(body.token(), body.newPassword());
        return ResponseEntity.noContent().build();
    }
}
