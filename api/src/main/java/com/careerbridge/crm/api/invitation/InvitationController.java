package com.careerbridge.crm.api.invitation;

import java.time.Clock;

import com.careerbridge.crm.api.auth.TokenResponse;
import com.careerbridge.crm.invitation.InvitationResult;
import com.careerbridge.crm.invitation.InvitationService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Staff invite a candidate to the app; the candidate accepts by choosing a password. */
@RestController
@Tag(name = "Invitations")
class InvitationController {

    private final InvitationService invitations;
    private final Clock clock;

    InvitationController(InvitationService invitations, Clock clock) {
        this.invitations = invitations;
        this.clock = clock;
    }

    @PostMapping(path = "/api/v1/candidates/{candidateId}/invitation", produces = MediaType.APPLICATION_JSON_VALUE)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Invite the candidate to the app and portal",
            description = "Staff only. Creates the candidate's login if missing and e-mails a single-use link to set "
                    + "the first password (valid 7 days). Inviting again sends a new link; the earlier one stops "
                    + "working. 404 for a candidate outside the caller's caseload.")
    @ApiResponse(responseCode = "202", description = "The invitation e-mail is planned")
    ResponseEntity<InvitationResponse> invite(@PathVariable long candidateId) {
        InvitationResult result = invitations.invite(candidateId);
        return ResponseEntity.accepted()
                .body(new InvitationResponse(result.candidateId(), result.loginCreated(), result.expiresAt()));
    }

    @PostMapping(path = "/api/v1/auth/invitation/accept", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Accept an invitation: set the first password and sign in",
            description = "No bearer token needed. The token works once and until it expires; a used, expired or "
                    + "replaced token is a 400 invitation-invalid problem (ask for a new invitation). A password "
                    + "shorter than 12 characters is a validation problem and leaves the token usable.")
    TokenResponse accept(@Valid @RequestBody AcceptInvitationRequest body) {
        return TokenResponse.from(invitations.accept(body.token(), body.password()), clock);
    }
}
