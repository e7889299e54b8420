package com.careerbridge.crm.ui.booking;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.careerbridge.crm.booking.Booking;
import com.careerbridge.crm.booking.SessionType;
import com.careerbridge.crm.booking.Slot;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.ui.common.Formats;
import com.careerbridge.crm.ui.common.UiErrors;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;

/**
 * What candidates would be offered: for a chosen session type, the free slots of the next seven days on the
 * consultant's clock, from the availability as saved (and the sessions already planned).
 */
class SlotPreview extends Div {

    private final Booking booking;
    final Select<SessionType> type = new Select<>();
    final Div days = new Div();
    private long consultantId;
    private ZoneId zone;

    SlotPreview(Booking booking) {
        this.booking = booking;
        addClassName("slot-preview");
        type.setLabel(getTranslation("availability.preview.type"));
        type.setEmptySelectionAllowed(false);
        Language language = Language.of(getLocale());
        type.setItemLabelGenerator(item -> item.nameIn(language));
        type.addValueChangeListener(event -> refresh());
        days.addClassName("preview-days");
        Paragraph help = new Paragraph(getTranslation("availability.preview.help"));
        help.addClassName("help-text");
        add(help, type, days);
    }

    /** Shows the preview for a consultant in their zone; {@code types} are the ones that may be chosen. */
    void show(long consultantId, ZoneId zone, List<SessionType> types) {
        this.consultantId = consultantId;
        this.zone = zone;
        SessionType chosen = type.getValue();
        type.setItems(types);
        SessionType again = chosen == null ? null
                : types.stream().filter(t -> t.getId().equals(chosen.getId())).findFirst().orElse(null);
        if (again != null || !types.isEmpty()) {
            type.setValue(again != null ? again : types.getFirst());
        }
        refresh();
    }

    void refresh() {
        days.removeAll();
        if (type.getValue() == null) {
            days.add(text("availability.preview.no-types"));
            return;
        }
        LocalDate today = LocalDate.now(zone);
        try {
            Booking.Slots slots = booking.slotsFor(consultantId, type.getValue().getId(), today, today.plusDays(6), zone);
            render(slots.slots());
        } catch (RuntimeException e) {
            if (!UiErrors.show(this, e)) {
                throw e;
            }
        }
    }

    private void render(List<Slot> slots) {
        if (slots.isEmpty()) {
            days.add(text("availability.preview.none"));
            return;
        }
        Locale locale = getLocale();
        Map<LocalDate, List<Slot>> byDay = slots.stream().collect(Collectors.groupingBy(
                slot -> slot.startIn(zone).toLocalDate(), TreeMap::new, Collectors.toList()));
        byDay.forEach((day, daySlots) -> {
            Span heading = new Span(Formats.date(day, locale));
            heading.addClassName("preview-day-heading");
            Div times = new Div();
            times.addClassName("preview-times");
            daySlots.forEach(slot -> {
                Span time = new Span(Formats.time(slot.start(), zone, locale));
                time.addClassName("preview-slot");
                times.add(time);
            });
            Div dayBox = new Div(heading, times);
            dayBox.addClassName("preview-day");
            days.add(dayBox);
        });
    }

    private Paragraph text(String key) {
        Paragraph paragraph = new Paragraph(getTranslation(key));
        paragraph.addClassName("help-text");
        return paragraph;
    }
}
