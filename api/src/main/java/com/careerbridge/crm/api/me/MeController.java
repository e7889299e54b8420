package com.careerbridge.crm.api.me;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.AuthenticatedUser;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.api.http.EntityTags;
import com.careerbridge.crm.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in account: who am I, and my preferences. */
@RestController
@RequestMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Me")
@SecurityRequirement(name = "bearer")
class MeController {

    private final AccountService accounts;

    MeController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "The signed-in account", description = "With an ETag; If-None-Match answers 304.")
    ResponseEntity<MeResponse> me(@AuthenticationPrincipal AuthenticatedUser user) {
        UserAccount account = accounts.findById(user.userId()).orElseThrow(() -> new NotFoundException("user"));
        return EntityTags.ok(account, MeResponse.from(account));
    }

    @PatchMapping(path = "/preferences", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change the account's language",
            description = "Requires If-Match with the ETag of GET /api/v1/me (428 without, 412 when stale).",
            parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = "The ETag last received for this account", schema = @Schema(type = "string")))
    ResponseEntity<MeResponse> changePreferences(@AuthenticationPrincipal AuthenticatedUser user,
                                                 @RequestBody PreferencesRequest body, HttpServletRequest request) {
        Long expectedVersion = EntityTags.expectedVersion(request, user.userId());
        UserAccount account = accounts.changeLanguage(user.userId(), body.language(), expectedVersion);
        return EntityTags.ok(account, MeResponse.from(account));
    }
}
