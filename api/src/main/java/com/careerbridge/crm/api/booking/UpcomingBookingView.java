package com.careerbridge.crm.api.booking;

import java.time.Instant;

import com.careerbridge.crm.api.http.EntityTags;
import com.careerbridge.crm.api.view.SessionView;
import com.careerbridge.crm.booking.Booking;
import com.careerbridge.crm.shared.Language;

/**
 * One of the candidate's upcoming sessions: {@code etag} is the If-Match of its reschedule and cancel;
 * {@code changeableUntil} the last moment the candidate may still move or cancel it themselves ({@code null} when only
 * the consultant may, e.g. a session the consultant planned); {@code typeName} the type's name, when it was booked as one.
 */
record UpcomingBookingView(SessionView session, String etag, Instant changeableUntil, String typeName) {

    static UpcomingBookingView of(Booking.Upcoming upcoming, Language language) {
        return new UpcomingBookingView(SessionView.of(upcoming.session()),
                EntityTags.of(upcoming.session().id(), upcoming.session().version()), upcoming.changeableUntil(),
                upcoming.type() == null ? null : upcoming.type().name().in(language));
    }
}
