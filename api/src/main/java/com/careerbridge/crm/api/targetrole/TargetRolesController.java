package com.careerbridge.crm.api.targetrole;

import java.net.URI;

import com.careerbridge.crm.api.http.ClientLanguage;
import com.careerbridge.crm.api.http.EntityTags;
import com.careerbridge.crm.api.view.TargetRoleView;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.Office;
import com.careerbridge.crm.targetrole.TargetRole;
import com.careerbridge.crm.targetrole.TargetRoleService;
import com.careerbridge.crm.targetrole.TitledTargetRole;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A candidate's target roles as their consultant edits them. Priority orders them (1 first); reordering is a change
 * of priority. Each role carries its own ETag; changes take it in {@code If-Match}.
 */
@RestController
@Tag(name = "Target roles", description = "The roles a candidate aims at (roles CONSULTANT and ADMIN)")
@SecurityRequirement(name = "bearer")
class TargetRolesController {

    private final TargetRoleService targetRoles;
    private final Office office;

    TargetRolesController(TargetRoleService targetRoles, Office office) {
        this.targetRoles = targetRoles;
        this.office = office;
    }

    @PostMapping(path = "/api/v1/candidates/{candidateId}/target-roles", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a target role",
            description = "The role is described by a role guide. 400 at guideId for an unknown guide or one the "
                    + "candidate already aims at. 404 for a candidate outside the caller's caseload.")
    @ApiResponse(responseCode = "201", description = "Added. Location: the new target role",
            headers = @Header(name = "ETag", description = "For If-Match on the next change",
                    schema = @Schema(type = "string")))
    ResponseEntity<TargetRoleView> add(@PathVariable long candidateId, @Valid @RequestBody NewTargetRoleRequest body,
                                       HttpServletRequest request) {
        TargetRole added = targetRoles.add(candidateId, body.guideId(), body.toForm());
        return ResponseEntity.created(URI.create("/api/v1/target-roles/" + added.getId()))
                .eTag(EntityTags.of(added)).body(view(targetRoles.getWithTitle(added.getId()), request));
    }

    @GetMapping(path = "/api/v1/target-roles/{targetRoleId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One target role",
            description = "With its readiness. 404 outside the caller's caseload. ETag (for If-Match); "
                    + "If-None-Match answers 304.")
    ResponseEntity<TargetRoleView> get(@PathVariable long targetRoleId, HttpServletRequest request) {
        TitledTargetRole role = targetRoles.getWithTitle(targetRoleId);
        return ResponseEntity.ok().eTag(EntityTags.of(role.role())).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .body(view(role, request));
    }

    @PutMapping(path = "/api/v1/target-roles/{targetRoleId}", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a target role's priority, companies or status",
            description = "Requires If-Match with the role's ETag (428 without, 412 when stale).",
            parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = "The target role's ETag", schema = @Schema(type = "string")))
    ResponseEntity<TargetRoleView> update(@PathVariable long targetRoleId, @Valid @RequestBody TargetRoleRequest body,
                                          HttpServletRequest request) {
        long version = EntityTags.expectedVersion(request, targetRoleId,
                () -> targetRoles.get(targetRoleId).getVersion());
        TargetRole changed = targetRoles.update(targetRoleId, version, body.toForm());
        return ResponseEntity.ok().eTag(EntityTags.of(changed))
                .body(view(targetRoles.getWithTitle(targetRoleId), request));
    }

    @DeleteMapping("/api/v1/target-roles/{targetRoleId}")
    @Operation(summary = "Remove a target role",
            description = "Guides assigned for it stay assigned. Requires If-Match (428 without, 412 when "
                    + "stale).",
            parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = "The target role's ETag", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "204", description = "Removed")
    ResponseEntity<Void> remove(@PathVariable long targetRoleId, HttpServletRequest request) {
        long version = EntityTags.expectedVersion(request, targetRoleId,
                () -> targetRoles.get(targetRoleId).getVersion());
        targetRoles.remove(targetRoleId, version);
        return ResponseEntity.noContent().build();
    }


    private TargetRoleView view(TitledTargetRole role, HttpServletRequest request) {
        Language language = ClientLanguage.of(request, office.defaultLanguage());
        return TargetRoleView.of(role, language, null);
    }
}
