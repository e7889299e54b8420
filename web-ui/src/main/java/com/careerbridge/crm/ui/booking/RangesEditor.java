package com.careerbridge.crm.ui.booking;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import com.careerbridge.crm.booking.TimeOfDayRange;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.ui.common.FieldError;
import com.careerbridge.crm.ui.common.HasFieldError;
import com.careerbridge.crm.ui.common.TimePickers;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.timepicker.TimePicker;

/**
 * The from–to times of one day (a weekday or a dated exception): a list of time picker pairs, each removable, and a
 * button that adds one after the last. Its error shows below the list ({@link HasFieldError}, so that {@code UiErrors}
 * finds it under the service's field name, e.g. {@code weekly.MONDAY}).
 */
class RangesEditor extends Div implements HasFieldError {

    /** One from–to pair. */
    static final class Pair extends Div {
        final TimePicker from = new TimePicker();
        final TimePicker to = new TimePicker();
        final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());

        Pair(String dayLabel) {
            addClassName("range-pair");
            for (TimePicker picker : new TimePicker[] {from, to}) {
                picker.setStep(Duration.ofMinutes(15));
                TimePickers.localize(picker);
                picker.addClassName("range-time");
            }
            from.setAriaLabel(from.getTranslation("availability.from", dayLabel));
            to.setAriaLabel(to.getTranslation("availability.to", dayLabel));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(remove.getTranslation("availability.remove-range"));
            remove.setTooltipText(remove.getAriaLabel().orElse(""));
            Span dash = new Span("–");
            dash.setClassName("range-dash");
            add(from, dash, to, remove);
        }
    }

    private final String dayLabel;
    private final Div pairs = new Div();
    final Button add = new Button();
    final FieldError error = new FieldError();

    RangesEditor(String dayLabel) {
        this.dayLabel = dayLabel;
        addClassName("ranges-editor");
        pairs.addClassName("range-pairs");
        add.setText(getTranslation("availability.add-range"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add.setAriaLabel(getTranslation("availability.add-range-on", dayLabel));
        add.addClickListener(click -> addAfterLast());
        add(pairs, add, error);
    }

    void show(List<TimeOfDayRange> ranges) {
        pairs.removeAll();
        ranges.forEach(range -> addPair(range.from(), range.to()));
    }

    /** A new pair one hour long after the last one (or 09:00–10:00 on an empty day). */
    Pair addAfterLast() {
        LocalTime start = LocalTime.of(9, 0);
        List<Pair> current = pairs();
        if (!current.isEmpty() && current.getLast().to.getValue() != null) {
            start = current.getLast().to.getValue();
        }
        LocalTime end = start.isAfter(LocalTime.of(22, 59)) ? LocalTime.of(23, 59) : start.plusHours(1);
        return addPair(start, end);
    }

    Pair addPair(LocalTime from, LocalTime to) {
        Pair pair = new Pair(dayLabel);
        pair.from.setValue(from);
        pair.to.setValue(to);
        pair.remove.addClickListener(click -> pairs.remove(pair));
        pairs.add(pair);
        return pair;
    }

    List<Pair> pairs() {
        return pairs.getChildren().map(Pair.class::cast).toList();
    }

    /**
     * The ranges as entered; a pair that is incomplete or ends before it starts is refused under {@code field} (its
     * pickers are marked), so the error appears at this day.
     */
    List<TimeOfDayRange> ranges(String field) {
        List<TimeOfDayRange> ranges = new ArrayList<>();
        for (Pair pair : pairs()) {
            pair.from.setInvalid(false);
            pair.to.setInvalid(false);
            try {
                ranges.add(new TimeOfDayRange(pair.from.getValue(), pair.to.getValue()));
            } catch (InvalidValueException e) {
                String reason = e.violations().getFirst().reason();
                pair.from.setInvalid(pair.from.getValue() == null);
                pair.to.setInvalid(pair.to.getValue() == null || "before-start".equals(reason));
                throw new InvalidValueException(field, reason);
            }
        }
        return ranges;
    }

    @Override
    public FieldError fieldError() {
        return error;
    }

    /** Clearing the error also clears the marks on the pickers that caused it. */
    @Override
    public void setInvalid(boolean invalid) {
        HasFieldError.super.setInvalid(invalid);
        if (!invalid) {
            pairs().forEach(pair -> {
                pair.from.setInvalid(false);
                pair.to.setInvalid(false);
            });
        }
    }
}
