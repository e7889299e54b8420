package com.careerbridge.crm.api.guide;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.careerbridge.crm.api.http.ClientLanguage;
import com.careerbridge.crm.api.http.ContentTags;
import com.careerbridge.crm.api.http.DeltaSync;
import com.careerbridge.crm.api.http.SyncResponse;
import com.careerbridge.crm.roleguide.RoleGuideService;
import com.careerbridge.crm.roleguide.RoleGuideVersion;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.Office;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published role guides, as a consultant picks one to assign or to name a target role, and a version's content
 * as it was published. Drafts stay in the web UI's editor.
 */
@RestController
@RequestMapping(path = "/api/v1/guides", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Role guides", description = "The consultancy's published role guides (roles CONSULTANT and ADMIN)")
@SecurityRequirement(name = "bearer")
class GuideCatalogueController {

    private final RoleGuideService guides;
    private final Office office;
    private final ContentTags tags;
    private final Clock clock;

    GuideCatalogueController(RoleGuideService guides, Office office, ContentTags tags, Clock clock) {
        this.guides = guides;
        this.office = office;
        this.tags = tags;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "The guide catalogue",
            description = "Every published guide with its newest version number, sorted by English title then id. "
                    + "With updatedSince: only guides published anew since then (guides are never deleted, so "
                    + "deletedIds stays empty). ETag; If-None-Match answers 304.")
    ResponseEntity<SyncResponse<CatalogueEntry>> catalogue(
            @Parameter(description = "ISO-8601 instant, e.g. the syncedAt of the previous answer")
            @RequestParam(required = false) Instant updatedSince,
            HttpServletRequest request) {
        Instant since = DeltaSync.since(updatedSince, clock);
        Instant syncedAt = DeltaSync.syncedAt(clock);
        Language language = language(request);
        List<CatalogueEntry> items = guides.library().stream()
                .filter(g -> g.publishedVersionId() != null)
                .filter(g -> since == null || !g.updatedAt().isBefore(since))
                .map(g -> CatalogueEntry.of(g, language))
                .toList();
        SyncResponse<CatalogueEntry> body = new SyncResponse<>(items, List.of(), syncedAt);
        return tags.translated(items, body);
    }

    @GetMapping("/{guideId}")
    @Operation(summary = "A guide's newest published version, in full",
            description = "404 for a guide that does not exist or was never published. ETag; If-None-Match "
                    + "answers 304.")
    ResponseEntity<GuideVersionResponse> latest(@PathVariable long guideId, HttpServletRequest request) {
        return answer(guides.publishedVersion(guideId, null), request);
    }

    @GetMapping("/{guideId}/versions/{versionNumber}")
    @Operation(summary = "One published version of a guide, in full",
            description = "As it was published: what a candidate assigned that version reads. 404 for a version "
                    + "that does not exist or is still a draft. ETag; If-None-Match answers 304.")
    ResponseEntity<GuideVersionResponse> version(@PathVariable long guideId, @PathVariable int versionNumber,
                                                 HttpServletRequest request) {
        return answer(guides.publishedVersion(guideId, versionNumber), request);
    }

    private ResponseEntity<GuideVersionResponse> answer(RoleGuideVersion version, HttpServletRequest request) {
        GuideVersionResponse body = GuideVersionResponse.of(version, language(request));
        return tags.translated(body, body);
    }

    private Language language(HttpServletRequest request) {
        return ClientLanguage.of(request, office.defaultLanguage());
    }
}
