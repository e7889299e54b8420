package com.careerbridge.crm.api.view;

import java.time.Instant;
import java.util.List;

import com.careerbridge.crm.readiness.ReadinessSnapshot;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.targetrole.TargetRole;
import com.careerbridge.crm.targetrole.TitledTargetRole;
import com.careerbridge.crm.targetrole.TargetRoleStatus;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A role the candidate aims at, with its readiness (0–100) and, where asked for, the score's history (oldest first;
 * a point is kept whenever the score changes).
 */
@Schema(name = "TargetRole")
public record TargetRoleView(long targetRoleId, long guideId, String title, int priority, TargetRoleStatus status,
                             int readiness, List<String> targetCompanies, List<ReadinessPoint> history) {

    /** The score at one moment. */
    @Schema(name = "ReadinessPoint")
    public record ReadinessPoint(Instant at, int score) {
    }

    public static TargetRoleView of(TitledTargetRole titled, Language language, List<ReadinessSnapshot> history) {
        TargetRole role = titled.role();
        return new TargetRoleView(role.getId(), role.getGuideId(),
                titled.guideTitle() == null ? null : titled.title(language),
                role.getPriority(), role.getStatus(), role.getReadiness(), role.getTargetCompanies(),
                history == null ? null
                        : history.stream().map(s -> new ReadinessPoint(s.getComputedAt(), s.getScore())).toList());
    }
}
