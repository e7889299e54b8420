package com.careerbridge.crm.api.auth;

import java.time.Clock;

import com.careerbridge.crm.account.ApiTokenService;
import com.careerbridge.crm.api.security.ApiTokenAuthentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sign-in, token refresh and sign-out for API clients. Decisions (throttling, rotation, revocation) live in core. */
@RestController
@RequestMapping(path = "/api/v1/auth", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Authentication")
class AuthController {

    private final ApiTokenService tokens;
    private final Clock clock;

    AuthController(ApiTokenService tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @PostMapping(path = "/token", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sign in with e-mail and password",
            description = "Returns an access token (at most 15 minutes) and a single-use refresh token. Failed attempts "
                    + "are throttled per e-mail and client address (429 with Retry-After); an unknown e-mail and a "
                    + "wrong password get the same 401. An account with two-factor login also needs `otp`: without "
                    + "it the answer is 401 of type two-factor-required (ask the user for a code and send again); a "
                    + "wrong code is treated like a wrong password. Staff who must use two-factor login but have not "
                    + "enrolled get 403 two-factor-enrolment-required (enrolment happens in the web UI).")
    TokenResponse token(@Valid @RequestBody TokenRequest body, HttpServletRequest request) {
        return TokenResponse.from(tokens.login(body.email(), body.password(), body.otp(), request.getRemoteAddr()), clock);
    }

    @PostMapping(path = "/refresh", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Exchange a refresh token for a new token pair",
            description = "The presented refresh token is used up. Presenting a used one again revokes every token of "
                    + "that sign-in, since it means someone else has a copy — except from the same client address "
                    + "within 30 seconds of its use (two of the client's own requests raced): then 409 "
                    + "refresh-token-just-used, and the sign-in stays valid with the pair the first request received.")
    TokenResponse refresh(@Valid @RequestBody RefreshRequest body, HttpServletRequest request) {
        return TokenResponse.from(tokens.refresh(body.refreshToken(), request.getRemoteAddr()), clock);
    }

    @PostMapping(path = "/logout")
    @Operation(summary = "Sign out",
            description = "Revokes the sign-in of the bearer access token and/or of the refresh token in the body. "
                    + "Always 204, also for tokens that are already invalid.")
    @ApiResponse(responseCode = "204", description = "Signed out")
    ResponseEntity<Void> logout(@RequestBody(required = false) @Valid RefreshRequest body, Authentication authentication) {
        if (authentication instanceof ApiTokenAuthentication token) {
            tokens.logout(token.familyId());
        }
        if (body != null) {
            tokens.logout(body.refreshToken());
        }
        return ResponseEntity.noContent().build();
    }
}
