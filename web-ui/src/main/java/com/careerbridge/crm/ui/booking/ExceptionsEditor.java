package com.careerbridge.crm.ui.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.careerbridge.crm.booking.AvailabilityException;
import com.careerbridge.crm.booking.TimeOfDayRange;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.ui.common.DatePickers;
import com.careerbridge.crm.ui.common.FieldError;
import com.careerbridge.crm.ui.common.HasFieldError;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Dated changes to the usual week: a date, and either "not available" all day or that date's own times (which replace
 * the weekday's). Errors of one row show at that row (field {@code exceptions.<row>.date} / {@code .intervals}); two
 * rows for one date are the service's {@code exceptions} error, shown below the list.
 */
class ExceptionsEditor extends Div implements HasFieldError {

    /** One dated exception. */
    static final class Row extends Div {
        final DatePicker date = new DatePicker();
        final Checkbox unavailable = new Checkbox();
        final RangesEditor ranges;
        final Button remove = new Button(VaadinIcon.TRASH.create());

        Row(LocalDate day, List<TimeOfDayRange> intervals) {
            addClassName("exception-row");
            date.setLabel(getTranslation("availability.exception.date"));
            DatePickers.localize(date);
            date.setValue(day);
            unavailable.setLabel(getTranslation("availability.exception.unavailable"));
            ranges = new RangesEditor(getTranslation("availability.exception.date"));
            if (intervals.isEmpty()) {
                unavailable.setValue(true);
            } else {
                ranges.show(intervals);
            }
            ranges.setVisible(!unavailable.getValue());
            unavailable.addValueChangeListener(event -> {
                ranges.setVisible(!event.getValue());
                if (!event.getValue() && ranges.pairs().isEmpty()) {
                    ranges.addPair(LocalTime.of(9, 0), LocalTime.of(12, 0));
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("availability.exception.remove"));
            remove.setTooltipText(getTranslation("availability.exception.remove"));
            Div head = new Div(date, unavailable, remove);
            head.addClassName("exception-head");
            add(head, ranges);
        }

        AvailabilityException read(String field) {
            if (date.getValue() == null) {
                throw new InvalidValueException(field + ".date", "required");
            }
            List<TimeOfDayRange> intervals = unavailable.getValue() ? List.of() : ranges.ranges(field + ".intervals");
            try {
                return new AvailabilityException(date.getValue(), intervals);
            } catch (InvalidValueException e) {
                throw new InvalidValueException(field + ".intervals", e.violations().getFirst().reason());
            }
        }
    }

    private final Div rows = new Div();
    final Button add = new Button();
    final FieldError error = new FieldError();

    ExceptionsEditor() {
        addClassName("exceptions-editor");
        rows.addClassName("exception-rows");
        add.setText(getTranslation("availability.exception.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(click -> addRow(null, List.of()));
        add(rows, error, add);
    }

    void show(List<AvailabilityException> exceptions) {
        rows.removeAll();
        exceptions.forEach(exception -> addRow(exception.date(), exception.intervals()));
    }

    Row addRow(LocalDate date, List<TimeOfDayRange> intervals) {
        Row row = new Row(date, intervals);
        row.remove.addClickListener(click -> rows.remove(row));
        rows.add(row);
        return row;
    }

    List<Row> rows() {
        return rows.getChildren().map(Row.class::cast).toList();
    }

    List<AvailabilityException> exceptions() {
        List<AvailabilityException> exceptions = new ArrayList<>();
        List<Row> all = rows();
        for (int i = 0; i < all.size(); i++) {
            exceptions.add(all.get(i).read("exceptions." + i));
        }
        return exceptions;
    }

    /** This list (the service's {@code exceptions}) and each row's date and times. */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("exceptions", this);
        List<Row> all = rows();
        for (int i = 0; i < all.size(); i++) {
            fields.put("exceptions." + i + ".date", all.get(i).date);
            fields.put("exceptions." + i + ".intervals", all.get(i).ranges);
        }
        return fields;
    }

    @Override
    public FieldError fieldError() {
        return error;
    }
}
