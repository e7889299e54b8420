package com.careerbridge.crm.api.mail;

import java.util.List;

import com.careerbridge.crm.api.http.ContentTags;
import com.careerbridge.crm.api.http.PageParams;
import com.careerbridge.crm.api.http.PageResponse;
import com.careerbridge.crm.digest.CandidateMails;
import com.careerbridge.crm.digest.DigestService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The e-mails of one candidate, as the web UI's mail panel shows them, and the progress digest on demand. */
@RestController
@RequestMapping(path = "/api/v1/candidates/{candidateId}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "E-mails", description = "E-mails to a candidate (roles CONSULTANT and ADMIN)")
@SecurityRequirement(name = "bearer")
class CandidateMailsController {

    private final CandidateMails mails;
    private final DigestService digests;
    private final ContentTags tags;

    CandidateMailsController(CandidateMails mails, DigestService digests, ContentTags tags) {
        this.mails = mails;
        this.digests = digests;
        this.tags = tags;
    }

    @GetMapping("/emails")
    @Operation(summary = "The candidate's e-mails, sent and waiting",
            description = "Newest first. 404 for a candidate outside the caller's caseload. ETag; If-None-Match "
                    + "answers 304.")
    ResponseEntity<PageResponse<MailListItem>> list(
            @PathVariable long candidateId,
            @Parameter(description = "Page number, from 0") @RequestParam(required = false) Integer page,
            @Parameter(description = "Page size, 1–100 (default 20)") @RequestParam(required = false) Integer size) {
        PageParams paging = PageParams.of(page, size);
        CandidateMails.CandidatePage found = mails.ofCandidate(candidateId, paging.page() * paging.size(),
                paging.size());
        List<MailListItem> items = found.items().stream().map(MailListItem::from).toList();
        long total = found.total();
        PageResponse<MailListItem> body = new PageResponse<>(items, paging.page(), paging.size(), total,
                (int) ((total + paging.size() - 1) / paging.size()));
        return tags.ok(List.of(items, total), body);
    }

    @GetMapping("/digest-preview")
    @Operation(summary = "The progress digest as it would be sent now",
            description = "In the candidate's language, whether or not they receive progress e-mails. 404 for a "
                    + "candidate outside the caller's caseload.")
    ResponseEntity<DigestPreviewResponse> preview(@PathVariable long candidateId) {
        DigestPreviewResponse body = DigestPreviewResponse.from(digests.preview(candidateId));
        return tags.ok(body, body);
    }

    @PostMapping("/digest-sends")
    @Operation(summary = "Send the progress digest now",
            description = "In addition to the weekly one. 409 when the candidate has turned progress e-mails off "
                    + "(they asked not to get them) or a digest was just sent.")
    @ApiResponse(responseCode = "202", description = "Planned for sending at once")
    ResponseEntity<DigestSentResponse> sendNow(@PathVariable long candidateId) {
        long mailId = digests.sendNow(candidateId);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new DigestSentResponse(candidateId, mailId));
    }
}
