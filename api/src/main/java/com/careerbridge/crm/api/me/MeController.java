package com.careerbridge.crm.api.me;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.AuthenticatedUser;
import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.api.http.EntityTags;
import com.careerbridge.crm.api.view.ProgressEmailsRequest;
import com.careerbridge.crm.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PutMapping;
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
    private final CandidateService candidates;

    MeController(AccountService accounts, CandidateService candidates) {
        this.accounts = accounts;
        this.candidates = candidates;
    }

    @GetMapping
    @Operation(summary = "The signed-in account", description = "With an ETag; If-None-Match answers 304.")
    ResponseEntity<MeResponse> me(@AuthenticationPrincipal AuthenticatedUser user) {
        UserAccount account = accounts.findById(user.userId()).orElseThrow(() -> new NotFoundException("user"));
        return EntityTags.ok(account, MeResponse.from(account, candidateId(user)));
    }

    @PatchMapping(path = "/preferences", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change the account's language",
            description = "Requires If-Match with the ETag of GET /api/v1/me (428 without, 412 when stale). For a "
                    + "candidate it is also the language of their e-mails and of guide content.",
            parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = "The ETag last received for this account", schema = @Schema(type = "string")))
    ResponseEntity<MeResponse> changePreferences(@AuthenticationPrincipal AuthenticatedUser user,
                                                 @RequestBody PreferencesRequest body, HttpServletRequest request) {
        Long expectedVersion = EntityTags.expectedVersion(request, user.userId());
        UserAccount account = candidates.changeOwnLanguage(body.language(), expectedVersion);
        return EntityTags.ok(account, MeResponse.from(account, candidateId(user)));
    }

    @GetMapping("/profile")
    @Operation(summary = "The signed-in candidate's profile and progress e-mail preferences",
            description = "Candidates only (403 for staff). With an ETag; If-None-Match answers 304.")
    ResponseEntity<ProfileResponse> profile() {
        Candidate me = candidates.mine();
        return EntityTags.ok(me, ProfileResponse.from(me));
    }

    @PutMapping(path = "/profile/progress-emails", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Turn the weekly progress e-mail on or off and choose its weekday and local time",
            description = "Requires If-Match with the ETag of GET /api/v1/me/profile (428 without, 412 when stale).",
            parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = "The ETag last received for the profile", schema = @Schema(type = "string")))
    ResponseEntity<ProfileResponse> changeProgressEmails(@Valid @RequestBody ProgressEmailsRequest body,
                                                         HttpServletRequest request) {
        Candidate me = candidates.mine();
        Candidate changed = candidates.changeEmailPreferences(me.getId(),
                EntityTags.expectedVersion(request, me.getId(), me::getVersion), body.enabled(), body.dayOfWeek(),
                body.localTime());
        return EntityTags.ok(changed, ProfileResponse.from(changed));
    }

    /** The candidate record of a candidate account; none for staff, or for a login whose record is gone. */
    private Long candidateId(AuthenticatedUser user) {
        if (user.role() != Role.CANDIDATE) {
            return null;
        }
        try {
            return candidates.mine().getId();
        } catch (NotFoundException noRecord) {
            return null;
        }
    }
}
