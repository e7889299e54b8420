package com.careerbridge.crm.api.me;

import java.util.List;
import java.util.Map;

import com.careerbridge.crm.api.http.ClientLanguage;
import com.careerbridge.crm.api.http.ContentTags;
import com.careerbridge.crm.api.view.TargetRoleView;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.readiness.ReadinessService;
import com.careerbridge.crm.readiness.ReadinessSnapshot;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.targetrole.TitledTargetRole;
import com.careerbridge.crm.targetrole.TargetRoleService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
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

    private final CandidateService candidates;
    private final TargetRoleService targetRoles;
    private final ReadinessService readiness;
    private final ContentTags tags;

    MyReadinessController(CandidateService candidates, TargetRoleService targetRoles, ReadinessService readiness,
                          ContentTags tags) {
        this.candidates = candidates;
        this.targetRoles = targetRoles;
        this.readiness = readiness;
        this.tags = tags;
    }

    @GetMapping
    @Operation(summary = "My readiness per target role, with its history",
            description = "Readiness is 0–100 (see the README for the formula); history holds a point whenever the "
                    + "score changed, oldest first. ETag; If-None-Match answers 304.")
    ResponseEntity<ReadinessResponse> readiness(HttpServletRequest request) {
        Candidate me = candidates.mine();
        Language language = ClientLanguage.of(request, me.getPreferredLanguage());
        List<TitledTargetRole> roles = targetRoles.forCandidateWithTitles(me.getId());
        Map<Long, List<ReadinessSnapshot>> history = readiness.history(me.getId());
        ReadinessResponse body = new ReadinessResponse(roles.stream()
                .map(role -> TargetRoleView.of(role, language, history.getOrDefault(role.role().getId(), List.of())))
                .toList());
        return ResponseEntity.ok().eTag(tags.of(body)).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .body(body);
    }
}
