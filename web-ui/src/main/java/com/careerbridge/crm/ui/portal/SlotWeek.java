package com.careerbridge.crm.ui.portal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.careerbridge.crm.booking.Booking;
import com.careerbridge.crm.booking.BookingRules;
import com.careerbridge.crm.booking.OfferedType;
import com.careerbridge.crm.booking.Slot;
import com.careerbridge.crm.ui.common.Formats;
import com.careerbridge.crm.ui.common.UiErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * One week (Monday to Sunday on the reader's calendar) of a session type's free slots, day by day, with the previous
 * and next week. Picking a time hands the slot on; the week itself books nothing.
 */
class SlotWeek extends Div {

    /** No consultant can be booked further ahead than this. */
    private static final int MAX_WEEKS = BookingRules.MAX_HORIZON_DAYS / 7 + 1;

    private final transient Booking booking;
    private final ZoneId zone;
    private final LocalDate today;
    private final LocalDate firstWeek;
    private final Consumer<Slot> onPick;
    private final Span range = new Span();
    private final Button previous;
    private final Button next;
    private final Div days = new Div();
    private OfferedType type;
    private LocalDate weekStart;

    SlotWeek(Booking booking, ZoneId zone, LocalDate today, Consumer<Slot> onPick) {
        this.booking = booking;
        this.zone = zone;
        this.today = today;
        this.firstWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        this.onPick = onPick;
        this.weekStart = firstWeek;
        addClassName("slot-week");
        previous = new Button(getTranslation("booking.previous-week"), VaadinIcon.ARROW_LEFT.create(),
                click -> turn(-1));
        next = new Button(getTranslation("booking.next-week"), VaadinIcon.ARROW_RIGHT.create(), click -> turn(1));
        next.setIconAfterText(true);
        previous.addClassName("slot-week-previous");
        next.addClassName("slot-week-next");
        range.addClassName("slot-week-range");
        Div nav = new Div(previous, range, next);
        nav.addClassName("slot-week-nav");
        days.addClassName("slot-days");
        add(nav, days);
    }

    /** Shows the type's slots, from this week on. */
    void show(OfferedType type) {
        this.type = type;
        this.weekStart = firstWeek;
        refresh();
    }

    OfferedType type() {
        return type;
    }

    /** Reads the shown week's slots again (after a booking, or a slot taken by someone else). */
    void refresh() {
        days.removeAll();
        Locale locale = getLocale();
        LocalDate weekEnd = weekStart.plusDays(6);
        range.setText(getTranslation("booking.week", Formats.shortDate(weekStart, locale),
                Formats.shortDate(weekEnd, locale)));
        previous.setEnabled(weekStart.isAfter(firstWeek));
        next.setEnabled(weekStart.isBefore(firstWeek.plusWeeks(MAX_WEEKS)));
        if (type == null) {
            return;
        }
        LocalDate from = weekStart.isBefore(today) ? today : weekStart;
        List<Slot> slots = UiErrors.attempt(this, Map.of(), () -> booking.slots(type.id(), from, weekEnd, zone))
                .map(Booking.Slots::slots).orElse(List.of());
        if (slots.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("booking.no-slots-week"));
            none.addClassName("empty-state");
            days.add(none);
            return;
        }
        Map<LocalDate, List<Slot>> byDay = slots.stream()
                .collect(Collectors.groupingBy(slot -> slot.startIn(zone).toLocalDate()));
        for (LocalDate day = from; !day.isAfter(weekEnd); day = day.plusDays(1)) {
            days.add(day(day, byDay.getOrDefault(day, List.of()), locale));
        }
    }

    private Div day(LocalDate date, List<Slot> free, Locale locale) {
        Div day = new Div(new H4(Formats.date(date, locale)));
        day.addClassName("slot-day");
        if (free.isEmpty()) {
            Span none = new Span(getTranslation("booking.no-slots-day"));
            none.addClassName("empty-state");
            day.add(none);
            return day;
        }
        Div times = new Div();
        times.addClassName("slot-times");
        for (Slot slot : free) {
            Button time = new Button(Formats.time(slot.start(), zone, locale), click -> onPick.accept(slot));
            time.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            time.addClassName("slot-button");
            time.getElement().setAttribute("aria-label", BookingCalls.when(slot, zone, locale));
            times.add(time);
        }
        day.add(times);
        return day;
    }

    private void turn(int weeks) {
        weekStart = weekStart.plusWeeks(weeks);
        refresh();
    }
}
