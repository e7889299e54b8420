package com.careerbridge.crm.api.dashboard;

import java.time.ZoneId;

import com.careerbridge.crm.api.http.ClientLanguage;
import com.careerbridge.crm.api.http.ContentTags;
import com.careerbridge.crm.dashboard.DashboardService;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.Office;
import com.careerbridge.crm.shared.Violations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The staff dashboard in one request: core's {@link DashboardService}, which the web dashboard shows too. */
@RestController
@Tag(name = "Dashboard", description = "What a consultant (an admin: everyone) should look at today")
@SecurityRequirement(name = "bearer")
class DashboardController {

    private final DashboardService dashboard;
    private final Office office;
    private final ContentTags tags;

    DashboardController(DashboardService dashboard, Office office, ContentTags tags) {
        this.dashboard = dashboard;
        this.office = office;
        this.tags = tags;
    }

    @GetMapping(path = "/api/v1/dashboard", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "My dashboard",
            description = "A consultant's own caseload (admins: everyone): counts by pipeline status, sessions in "
                    + "the next 7 days, overdue checklists and action items, readiness unchanged for 14 days, recent "
                    + "activity. \"Overdue\" is decided by today's date in timeZone (default: the office's). Guide "
                    + "titles in the language asked for. ETag; If-None-Match answers 304.")
    ResponseEntity<DashboardResponse> dashboard(
            @Parameter(description = "IANA time zone in which today is decided, e.g. Europe/Berlin")
            @RequestParam(required = false) String timeZone,
            HttpServletRequest request) {
        ZoneId zone = office.timeZone();
        if (timeZone != null) {
            new Violations().zoneId("timeZone", timeZone).throwIfAny();
            zone = ZoneId.of(timeZone);
        }
        Language language = ClientLanguage.of(request, office.defaultLanguage());
        DashboardResponse body = DashboardResponse.from(dashboard.overview(zone), language, zone.getId(),
                DashboardService.LIST_LIMIT);
        return tags.translated(body, body);
    }
}
