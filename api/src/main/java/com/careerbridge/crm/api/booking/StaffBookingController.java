package com.careerbridge.crm.api.booking;

import java.time.LocalDate;
import java.util.List;

import com.careerbridge.crm.api.error.PreconditionFailedException;
import com.careerbridge.crm.api.http.EntityTags;
import com.careerbridge.crm.booking.Availabilities;
import com.careerbridge.crm.booking.AvailabilitySetup;
import com.careerbridge.crm.booking.Booking;
import com.careerbridge.crm.booking.SessionTypes;
import com.careerbridge.crm.shared.InvalidValueException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Booking for staff: the session types, a consultant's bookable time and booking rules, and their free slots. A
 * consultant reaches only their own id (another consultant's is 404); an admin any consultant's.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Booking", description = "Session types and consultants' availability (roles CONSULTANT and ADMIN)")
@SecurityRequirement(name = "bearer")
class StaffBookingController {

    private final SessionTypes types;
    private final Availabilities availabilities;
    private final Booking booking;

    StaffBookingController(SessionTypes types, Availabilities availabilities, Booking booking) {
        this.types = types;
        this.availabilities = availabilities;
        this.booking = booking;
    }

    @GetMapping("/session-types")
    @Operation(summary = "All session types", description = "Archived ones last, with their archived flag.")
    List<SessionTypeView> sessionTypes() {
        return types.all().stream().map(SessionTypeView::of).toList();
    }

    @GetMapping("/consultants/{consultantId}/availability")
    @Operation(summary = "A consultant's bookable time and booking rules",
            description = "configured false and version 0 for a consultant who never set it up (the values are "
                    + "suggested defaults). ETag (the If-Match of PUT); If-None-Match answers 304.")
    ResponseEntity<AvailabilityView> availability(@PathVariable long consultantId) {
        return answer(availabilities.of(consultantId));
    }

    @PutMapping(path = "/consultants/{consultantId}/availability", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace a consultant's bookable time and booking rules",
            description = "Sessions already booked stay where they are; only new bookings see the change. Requires "
                    + "If-Match with the ETag of GET (also before the first setup, when it ends in -0; 428 without, "
                    + "412 when stale).",
            parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER, required = true,
                    description = "The ETag last received for this availability", schema = @Schema(type = "string")))
    ResponseEntity<AvailabilityView> replaceAvailability(@PathVariable long consultantId,
                                                         @RequestBody AvailabilityRequest body,
                                                         HttpServletRequest request) {
        if (body == null) {
            throw new InvalidValueException("weekly", "required");
        }
        Long expected = EntityTags.expectedVersion(request, consultantId);
        AvailabilitySetup current = availabilities.of(consultantId);
        if (expected != null && expected != AvailabilityView.versionOf(current)) {
            throw new PreconditionFailedException();
        }
        // core compares the stored version again inside its own transaction: a change in between is still refused
        return answer(availabilities.save(consultantId, expected != null ? expected : current.version(),
                body.toAvailability(), body.toRules()));
    }

    @GetMapping("/consultants/{consultantId}/slots")
    @Operation(summary = "A consultant's free slots of a session type",
            description = "As a candidate would see them (any type that is not archived), on the days from … to "
                    + "(inclusive) of zone, at most " + Booking.MAX_DAYS_PER_REQUEST + " days.")
    SlotsResponse slots(
            @PathVariable long consultantId,
            @Parameter(description = "A session type's id", required = true) @RequestParam long typeId,
            @Parameter(description = "First day, e.g. 2027-01-04", required = true) @RequestParam LocalDate from,
            @Parameter(description = "Last day (inclusive)", required = true) @RequestParam LocalDate to,
            @Parameter(description = "IANA time zone the days are read in, e.g. Asia/Seoul", required = true)
            @RequestParam String zone) {
        return SlotsResponse.of(booking.slotsFor(consultantId, typeId, from, to, MyBookingsController.zoneOf(zone)));
    }

    private static ResponseEntity<AvailabilityView> answer(AvailabilitySetup setup) {
        AvailabilityView view = AvailabilityView.of(setup);
        return ResponseEntity.ok().eTag(EntityTags.of(setup.consultantId(), view.version())).body(view);
    }
}
