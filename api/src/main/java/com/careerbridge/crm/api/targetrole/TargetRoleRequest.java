package com.careerbridge.crm.api.targetrole;

import java.util.List;

import com.careerbridge.crm.targetrole.TargetRoleForm;
import com.careerbridge.crm.targetrole.TargetRoleStatus;
import io.swagger.v3.oas.annotations.media.Schema;

/** A target role as staff change it: priority (1 = most important), companies aimed at, status. */
record TargetRoleRequest(
        @Schema(description = "1 (most important) to 9", requiredMode = Schema.RequiredMode.REQUIRED) Integer priority,
        @Schema(description = "Companies the candidate aims at with this role, at most 20") List<String> targetCompanies,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) TargetRoleStatus status) {

    TargetRoleForm toForm() {
        return new TargetRoleForm(priority, targetCompanies, status);
    }
}
