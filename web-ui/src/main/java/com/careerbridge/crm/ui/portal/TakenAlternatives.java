package com.careerbridge.crm.ui.portal;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

import com.careerbridge.crm.booking.Slot;
import com.careerbridge.crm.booking.SlotTakenException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * "Someone has just taken this time" with the next free slots of the same type as buttons: one tap takes one of them.
 * Hidden until a booking or a move is refused that way.
 */
class TakenAlternatives extends Div {

    private final ZoneId zone;
    private final Consumer<Slot> onPick;

    TakenAlternatives(ZoneId zone, Consumer<Slot> onPick) {
        this.zone = zone;
        this.onPick = onPick;
        addClassName("slot-taken");
        setVisible(false);
    }

    void show(List<Slot> nextFree) {
        removeAll();
        add(new Paragraph(getTranslation(SlotTakenException.CODE)));
        if (nextFree.isEmpty()) {
            add(new Paragraph(getTranslation("booking.taken.none")));
        } else {
            add(new Paragraph(getTranslation("booking.taken.choose")));
            Div choices = new Div();
            choices.addClassName("slot-alternatives");
            for (Slot slot : nextFree) {
                Button choice = new Button(BookingCalls.when(slot, zone, getLocale()), click -> onPick.accept(slot));
                choice.addClassName("slot-alternative");
                choices.add(choice);
            }
            add(choices);
        }
        setVisible(true);
    }

    void hide() {
        removeAll();
        setVisible(false);
    }
}
