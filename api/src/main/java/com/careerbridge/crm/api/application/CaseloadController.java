package com.careerbridge.crm.api.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.careerbridge.crm.api.http.ClientLanguage;
import com.careerbridge.crm.api.http.ContentTags;
import com.careerbridge.crm.application.ApplicationStage;
import com.careerbridge.crm.application.CaseloadApplications;
import com.careerbridge.crm.application.InterviewFormat;
import com.careerbridge.crm.application.OutcomesReport;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.Office;
import com.careerbridge.crm.shared.Violations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A consultant's job-application overview on the phone: what needs them across the caseload, and the outcomes
 * report. Staff only (administrators: the whole consultancy); core decides the scope.
 */
@RestController
@Tag(name = "Job applications")
@SecurityRequirement(name = "bearer")
class CaseloadController {

    private final CaseloadApplications caseload;
    private final OutcomesReport outcomes;
    private final Office office;
    private final ContentTags tags;
    private final Clock clock;

    CaseloadController(CaseloadApplications caseload, OutcomesReport outcomes, Office office, ContentTags tags,
                       Clock clock) {
        this.clock = clock;
        this.caseload = caseload;
        this.outcomes = outcomes;
        this.office = office;
        this.tags = tags;
    }

    record Attention(@Schema(description = "In the next 7 days, soonest first") List<Interview> interviews,
                     @Schema(description = "Applications at the offer stage, oldest first") List<Waiting> offers,
                     @Schema(description = "Open applications without a move for staleAfterDays") List<Waiting> stale,
                     int listLimit, long staleAfterDays) {

        record Interview(long interviewId, long applicationId, long candidateId, String candidateName, String company,
                         String positionTitle, int round, Instant startsAt, String timeZone, InterviewFormat format) {
        }

        record Waiting(long applicationId, long candidateId, String candidateName, String company,
                       String positionTitle, ApplicationStage stage, Instant since) {
        }
    }

    @GetMapping(path = "/api/v1/caseload/applications", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Applications that need me",
            description = "Across the caller's caseload (administrators: everyone's): interviews in the next 7 days, "
                    + "offers waiting for an answer, open applications without a move for 14 days. ETag; "
                    + "If-None-Match answers 304.")
    ResponseEntity<Attention> attention() {
        CaseloadApplications.Attention found = caseload.attention();
        Attention body = new Attention(
                found.interviews().stream().map(i -> new Attention.Interview(i.interviewId(), i.applicationId(),
                        i.candidateId(), i.candidateName(), i.company(), i.positionTitle(), i.round(), i.startsAt(),
                        i.timeZone().getId(), i.format())).toList(),
                found.offers().stream().map(CaseloadController::waiting).toList(),
                found.stale().stream().map(CaseloadController::waiting).toList(),
                CaseloadApplications.LIST_LIMIT, CaseloadApplications.STALE_AFTER.toDays());
        return ResponseEntity.ok().eTag(tags.of(body)).body(body);
    }

    record Outcomes(LocalDate from, LocalDate to, String timeZone,
                    @Schema(description = "A rate or average resting on fewer applications is null") int minimumSample,
                    List<Role> roles, List<OutcomesReport.ConsultantOutcome> consultants) {

        record Role(long guideId, String title, int applied, int interviewed, int offered, int accepted,
                    Double interviewRate, Double offerRate, Double acceptanceRate, Double medianDaysToOffer,
                    Double readinessWhenOffered, Double readinessWhenNotOffered) {
        }
    }

    @GetMapping(path = "/api/v1/outcomes", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Outcomes report",
            description = "For applications sent from `from` to `to` (both days included, in the office's time "
                    + "zone; default: the last 12 months): per target role the funnel applied → interview → offer → "
                    + "accepted with its rates, the median days to an offer and the readiness at application for "
                    + "offers and the rest; offers per consultant. Administrators see the consultancy, consultants "
                    + "their caseload. Role titles in the language asked for. ETag; If-None-Match answers 304.")
    ResponseEntity<Outcomes> outcomes(
            @Parameter(description = "First day, e.g. 2026-01-01") @RequestParam(required = false) LocalDate from,
            @Parameter(description = "Last day, e.g. 2026-12-31") @RequestParam(required = false) LocalDate to,
            HttpServletRequest request) {
        Violations violations = new Violations();
        inRange(violations, "from", from);
        inRange(violations, "to", to);
        violations.throwIfAny();
        ZoneId zone = office.timeZone();
        LocalDate last = to != null ? to : LocalDate.now(clock.withZone(zone));
        LocalDate first = from != null ? from : last.minusMonths(12);
        if (first.isAfter(last)) {
            new Violations().add("to", "before-start").throwIfAny();
        }
        Instant start = first.atStartOfDay(zone).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        Language language = ClientLanguage.of(request, office.defaultLanguage());
        Outcomes body = new Outcomes(first, last, zone.getId(), OutcomesReport.MINIMUM_SAMPLE,
                outcomes.report(start, end).stream().map(r -> new Outcomes.Role(r.guideId(), r.title(language),
                        r.applied(), r.interviewed(), r.offered(), r.accepted(), r.interviewRate(), r.offerRate(),
                        r.acceptanceRate(), r.medianDaysToOffer(), r.readinessWhenOffered(),
                        r.readinessWhenNotOffered())).toList(),
                outcomes.byConsultant(start, end));
        return tags.translated(body, body);
    }

    /** Years 1900 to 9999, as every date and instant the API takes. */
    private static void inRange(Violations violations, String field, LocalDate date) {
        if (date != null && (date.getYear() < 1900 || date.getYear() > 9999)) {
            violations.add(field, "out-of-range");
        }
    }

    private static Attention.Waiting waiting(CaseloadApplications.WaitingApplication w) {
        return new Attention.Waiting(w.applicationId(), w.candidateId(), w.candidateName(), w.company(),
                w.positionTitle(), w.stage(), w.since());
    }
}
