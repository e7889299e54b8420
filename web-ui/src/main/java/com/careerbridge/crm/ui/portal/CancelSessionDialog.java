package com.careerbridge.crm.ui.portal;

import java.time.ZoneId;
import java.util.Map;
import java.util.function.Consumer;

import com.careerbridge.crm.booking.Booking;
import com.careerbridge.crm.booking.Slot;
import com.careerbridge.crm.session.CandidateSessionView;
import com.careerbridge.crm.session.CoachingSession;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** "Cancel this session?" with an optional reason, which the consultant reads. */
class CancelSessionDialog extends Dialog {

    CancelSessionDialog(Booking booking, Booking.Upcoming upcoming, ZoneId zone,
                        Consumer<CandidateSessionView> onCancelled, Runnable onOutdated) {
        addClassName("booking-dialog");
        setHeaderTitle(getTranslation("booking.cancel.title"));
        CandidateSessionView session = upcoming.session();
        Paragraph when = new Paragraph(BookingCalls.when(new Slot(session.startsAt(), session.endsAt()), zone, getLocale()));
        when.addClassName("booking-when");
        TextArea reason = new TextArea(getTranslation("booking.cancel.reason"));
        reason.setMaxLength(CoachingSession.CANCELLATION_REASON_MAX);
        reason.setWidthFull();
        add(new Paragraph(BookingCalls.describe(this, getLocale(), upcoming.type())), when, reason);
        Button cancel = new Button(getTranslation("booking.cancel.confirm"), click -> {
            BookingCalls.Result<CandidateSessionView> result = BookingCalls.call(this, Map.of("reason", reason),
                    () -> booking.cancel(session.id(), session.version(), reason.getValue()));
            if (result.done()) {
                close();
                onCancelled.accept(result.value());
            } else if (result.conflict()) {
                close();
                onOutdated.run();
            }
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        cancel.addClassName("cancel-confirm");
        Button keep = new Button(getTranslation("booking.cancel.keep"), click -> close());
        getFooter().add(keep, cancel);
    }
}
