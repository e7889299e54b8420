package com.careerbridge.crm.api.unsubscribe;

import com.careerbridge.crm.notification.Unsubscriptions;
import com.careerbridge.crm.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * One-click unsubscribe (RFC 8058): the mail's {@code List-Unsubscribe} header points here and mail clients POST
 * {@code List-Unsubscribe=One-Click} without any sign-in; the signed token says who. There is no GET: link scanners
 * follow GETs, so the link in the mail's text goes to a confirmation page of the web UI instead.
 */
@RestController
@RequestMapping("/api/v1/unsubscribe")
@Tag(name = "Unsubscribe")
class UnsubscribeController {

    private final Unsubscriptions unsubscriptions;

    UnsubscribeController(Unsubscriptions unsubscriptions) {
        this.unsubscriptions = unsubscriptions;
    }

    @PostMapping
    @Operation(summary = "Stop progress e-mails (one-click, RFC 8058)",
            description = "Called by mail clients with the body List-Unsubscribe=One-Click; no sign-in, the token in "
                    + "the address is signed. Answers 204 also when the candidate had already unsubscribed. Session "
                    + "reminders are service mail and continue.")
    @ApiResponse(responseCode = "204", description = "Progress e-mails are off")
    @ApiResponse(responseCode = "404", description = "The token is not genuine")
    ResponseEntity<Void> unsubscribe(
            @Parameter(description = "The signed token from the List-Unsubscribe address") @RequestParam String token) {
        if (unsubscriptions.unsubscribe(token).isEmpty()) {
            throw new NotFoundException("unsubscribe-token");
        }
        return ResponseEntity.noContent().build();
    }
}
