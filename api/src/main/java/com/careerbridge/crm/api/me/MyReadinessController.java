package com.careerbridge.crm.api.me;

import java.util.List;

import com.careerbridge.crm.api.http.ClientLanguage;
import com.careerbridge.crm.api.http.ContentTags;
import com.careerbridge.crm.api.view.TargetRoleView;
import com.careerbridge.crm.preparation.MyPreparation;
import com.careerbridge.crm.shared.Language;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in candidate's readiness per target role, with its history. */
@RestController
@RequestMapping(path = "/api/v1/me/readiness", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Me: readiness", description = "How ready the signed-in candidate is for each target role")
@SecurityRequirement(name = "bearer")
class MyReadinessController {

    /** The candidate's target roles, most important first. */
    record ReadinessResponse(List<TargetRoleView> targetRoles) {
    }

    private final MyPreparation preparation;
    private final ContentTags tags;

    MyReadinessController(MyPreparation preparation, ContentTags tags) {
        this.preparation = preparation;
        this.tags = tags;
    }

    @GetMapping
    @Operation(summary = "My readiness per target role, with its history",
            description = "Readiness is 0–100 (see the README for the formula); history holds a point whenever the "
                    + "score changed, oldest first. ETag; If-None-Match answers 304.")
    ResponseEntity<ReadinessResponse> readiness(HttpServletRequest request) {
        MyPreparation.Readiness mine = preparation.readiness();
        Language language = ClientLanguage.of(request, mine.preferredLanguage());
        ReadinessResponse body = new ReadinessResponse(mine.roles().stream()
                .map(role -> TargetRoleView.of(role, language, mine.historyOf(role)))
                .toList());
        return tags.translated(body, body);
    }
}
