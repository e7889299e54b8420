package com.careerbridge.crm.api.targetrole;

import java.util.List;

import com.careerbridge.crm.targetrole.TargetRoleForm;
import com.careerbridge.crm.targetrole.TargetRoleStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** A new target role: the role guide that describes the role, and how it is pursued. */
record NewTargetRoleRequest(
        @NotNull @Schema(description = "The role guide of the role (see the guide catalogue)") Long guideId,
        @Schema(description = "1 (most important) to 9", requiredMode = Schema.RequiredMode.REQUIRED) Integer priority,
        @Schema(description = "Companies the candidate aims at with this role, at most 20") List<String> targetCompanies,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) TargetRoleStatus status) {

    TargetRoleForm toForm() {
        return new TargetRoleForm(priority, targetCompanies, status);
    }
}
