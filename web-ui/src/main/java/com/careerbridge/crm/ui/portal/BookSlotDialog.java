package com.careerbridge.crm.ui.portal;

import java.time.ZoneId;
import java.util.Map;
import java.util.function.Consumer;

import com.careerbridge.crm.booking.Booking;
import com.careerbridge.crm.booking.OfferedType;
import com.careerbridge.crm.booking.Slot;
import com.careerbridge.crm.session.CandidateSessionView;
import com.careerbridge.crm.session.CoachingSession;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * "Book this session?" for a picked slot, with an optional note for the consultant. When the slot was taken meanwhile
 * the dialog stays open with the next free times; tapping one books it with the same note.
 */
class BookSlotDialog extends Dialog {

    private final transient Booking booking;
    private final OfferedType type;
    private final ZoneId zone;
    private final Consumer<CandidateSessionView> onBooked;
    private final Runnable onTaken;
    private final Paragraph when = new Paragraph();
    private final TextArea note = new TextArea();
    private final TakenAlternatives alternatives;
    private final Button book;
    private Slot slot;

    BookSlotDialog(Booking booking, OfferedType type, Slot slot, ZoneId zone, Consumer<CandidateSessionView> onBooked,
                   Runnable onTaken) {
        this.booking = booking;
        this.type = type;
        this.zone = zone;
        this.onBooked = onBooked;
        this.onTaken = onTaken;
        addClassName("booking-dialog");
        setHeaderTitle(getTranslation("booking.confirm.title"));
        note.setLabel(getTranslation("booking.note"));
        note.setMaxLength(CoachingSession.AGENDA_MAX);
        note.setWidthFull();
        when.addClassName("booking-when");
        alternatives = new TakenAlternatives(zone, this::book);
        add(new Paragraph(BookingCalls.describe(this, getLocale(), type)), when, note, alternatives);
        book = new Button(getTranslation("booking.book"), click -> book(this.slot));
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        book.addClassName("booking-confirm");
        Button cancel = new Button(getTranslation("dialog.cancel"), click -> close());
        getFooter().add(cancel, book);
        choose(slot);
    }

    private void choose(Slot chosen) {
        this.slot = chosen;
        when.setText(BookingCalls.when(chosen, zone, getLocale()));
    }

    private void book(Slot chosen) {
        choose(chosen);
        BookingCalls.Result<CandidateSessionView> result = BookingCalls.call(this, Map.of("agenda", note),
                () -> booking.book(type.id(), chosen.start(), note.getValue()));
        if (result.done()) {
            close();
            onBooked.accept(result.value());
        } else if (result.taken() != null) {
            alternatives.show(result.taken().nextFree());
            book.setEnabled(false);
            onTaken.run();
        }
    }
}
