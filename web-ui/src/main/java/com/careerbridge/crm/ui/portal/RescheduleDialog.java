package com.careerbridge.crm.ui.portal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Consumer;

import com.careerbridge.crm.booking.Booking;
import com.careerbridge.crm.booking.Slot;
import com.careerbridge.crm.session.CandidateSessionView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Moves a booked session: another free slot of the same type, picked week by week, then "Move to …" with the version
 * the list showed (someone else's change in between is a stale edit, not a silent overwrite).
 */
class RescheduleDialog extends Dialog {

    private final transient Booking booking;
    private final Booking.Upcoming upcoming;
    private final ZoneId zone;
    private final Consumer<CandidateSessionView> onMoved;
    private final Runnable onOutdated;
    private final Button move;
    private final TakenAlternatives alternatives;
    private final SlotWeek week;
    private Slot chosen;

    RescheduleDialog(Booking booking, Booking.Upcoming upcoming, ZoneId zone, LocalDate today,
                     Consumer<CandidateSessionView> onMoved, Runnable onOutdated) {
        this.booking = booking;
        this.upcoming = upcoming;
        this.zone = zone;
        this.onMoved = onMoved;
        this.onOutdated = onOutdated;
        addClassName("booking-dialog");
        setHeaderTitle(getTranslation("booking.reschedule.title"));
        CandidateSessionView session = upcoming.session();
        Paragraph current = new Paragraph(getTranslation("booking.reschedule.current",
                BookingCalls.when(new Slot(session.startsAt(), session.endsAt()), zone, getLocale())));
        current.addClassName("booking-when");
        alternatives = new TakenAlternatives(zone, this::move);
        week = new SlotWeek(booking, zone, today, this::choose);
        move = new Button(getTranslation("booking.reschedule.pick"), click -> move(chosen));
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        move.addClassName("reschedule-confirm");
        move.setEnabled(false);
        add(new Paragraph(BookingCalls.describe(this, getLocale(), upcoming.type())), current, week, alternatives);
        Button close = new Button(getTranslation("dialog.close"), click -> close());
        getFooter().add(close, move);
        week.show(upcoming.type());
    }

    private void choose(Slot slot) {
        chosen = slot;
        alternatives.hide();
        move.setText(getTranslation("booking.reschedule.confirm", BookingCalls.when(slot, zone, getLocale())));
        move.setEnabled(true);
    }

    private void move(Slot slot) {
        CandidateSessionView session = upcoming.session();
        BookingCalls.Result<CandidateSessionView> result = BookingCalls.call(this, Map.of(),
                () -> booking.reschedule(session.id(), session.version(), slot.start()));
        if (result.done()) {
            close();
            onMoved.accept(result.value());
        } else if (result.taken() != null) {
            move.setEnabled(false);
            alternatives.show(result.taken().nextFree());
            week.refresh();
        } else if (result.conflict()) {
            close();
            onOutdated.run();
        }
    }
}
