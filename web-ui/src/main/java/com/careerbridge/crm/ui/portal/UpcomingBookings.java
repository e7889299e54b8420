package com.careerbridge.crm.ui.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.careerbridge.crm.booking.Booking;
import com.careerbridge.crm.booking.Slot;
import com.careerbridge.crm.session.CandidateSessionView;
import com.careerbridge.crm.ui.common.Formats;
import com.careerbridge.crm.ui.common.MeetingLinks;
import com.careerbridge.crm.ui.common.UiErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * "Your upcoming sessions": each with its type and time on the reader's clock, and — until the type's cut-off —
 * Reschedule and Cancel. After the cut-off (or for a session the consultant planned) it says whom to ask instead.
 */
class UpcomingBookings extends Div {

    private final transient Booking booking;
    private final transient Clock clock;
    private final ZoneId zone;
    private final Runnable onChanged;

    UpcomingBookings(Booking booking, Clock clock, ZoneId zone, Runnable onChanged) {
        this.booking = booking;
        this.clock = clock;
        this.zone = zone;
        this.onChanged = onChanged;
        addClassName("session-list");
        refresh();
    }

    void refresh() {
        removeAll();
        List<Booking.Upcoming> upcoming = UiErrors.attempt(this, java.util.Map.of(), booking::upcoming).orElse(List.of());
        if (upcoming.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("portal.upcoming.none"));
            none.addClassName("empty-state");
            add(none);
            return;
        }
        Instant now = clock.instant();
        upcoming.forEach(entry -> add(item(entry, now, getLocale())));
    }

    private Div item(Booking.Upcoming entry, Instant now, Locale locale) {
        CandidateSessionView session = entry.session();
        String title = entry.type() == null ? getTranslation("booking.free-session")
                : entry.type().name().in(com.careerbridge.crm.shared.Language.of(locale));
        Span where = new Span(getTranslation("session.mode." + session.mode().name())
                + (session.location() == null ? "" : " · "));
        if (session.location() != null) {
            where.add(MeetingLinks.of(session.location()));
        }
        Div item = new Div(new H4(title),
                new Span(BookingCalls.when(new Slot(session.startsAt(), session.endsAt()), zone, locale)), where);
        item.addClassNames("session-item", "booking-upcoming-item");
        if (session.agenda() != null) {
            item.add(new Paragraph(session.agenda()));
        }
        if (entry.changeableAt(now)) {
            item.add(note(getTranslation("booking.changeable-until", Formats.dateTime(entry.changeableUntil(), zone, locale))));
            Button reschedule = new Button(getTranslation("booking.reschedule"), VaadinIcon.CALENDAR_CLOCK.create(),
                    click -> new RescheduleDialog(booking, entry, zone, LocalDate.now(clock.withZone(zone)),
                            moved -> changed("booking.rescheduled", moved), this::outdated).open());
            reschedule.addClassName("booking-reschedule");
            Button cancel = new Button(getTranslation("booking.cancel"), VaadinIcon.CLOSE_CIRCLE_O.create(),
                    click -> new CancelSessionDialog(booking, entry, zone,
                            cancelled -> changed("booking.cancelled", cancelled), this::outdated).open());
            cancel.addClassName("booking-cancel");
            Div actions = new Div(reschedule, cancel);
            actions.addClassName("booking-actions");
            item.add(actions);
        } else if (entry.changeableUntil() != null) {
            item.add(note(getTranslation("booking.cutoff-passed", Formats.dateTime(entry.changeableUntil(), zone, locale))));
        } else {
            item.add(note(getTranslation("booking.consultant-planned")));
        }
        return item;
    }

    private Span note(String text) {
        Span note = new Span(text);
        note.addClassName("booking-note");
        return note;
    }

    private void changed(String messageKey, CandidateSessionView session) {
        UiErrors.success(getTranslation(messageKey,
                BookingCalls.when(new Slot(session.startsAt(), session.endsAt()), zone, getLocale())));
        refresh();
        onChanged.run();
    }

    private void outdated() {
        refresh();
        onChanged.run();
    }
}
