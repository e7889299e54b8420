package com.careerbridge.crm.ui.booking;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.careerbridge.crm.booking.TimeOfDayRange;
import com.careerbridge.crm.booking.WeeklyAvailability;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** The usual week: for each weekday, Monday first, the times a consultant takes sessions (none: a day off). */
class WeekEditor extends Div {

    final Map<DayOfWeek, RangesEditor> days = new EnumMap<>(DayOfWeek.class);

    WeekEditor() {
        addClassName("week-editor");
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.getDisplayName(TextStyle.FULL, getLocale());
            RangesEditor editor = new RangesEditor(name);
            days.put(day, editor);
            Span label = new Span(name);
            label.addClassName("weekday-label");
            Div row = new Div(label, editor);
            row.addClassName("weekday-row");
            add(row);
        }
    }

    void show(WeeklyAvailability week) {
        days.forEach((day, editor) -> editor.show(week.on(day)));
    }

    /** Each day's ranges as entered; a day whose pair cannot be read is refused under {@code weekly.<DAY>}. */
    Map<DayOfWeek, List<TimeOfDayRange>> ranges() {
        Map<DayOfWeek, List<TimeOfDayRange>> ranges = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, editor) -> ranges.put(day, editor.ranges("weekly." + day.name())));
        return ranges;
    }

    /** The service's field names for the days. */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        days.forEach((day, editor) -> fields.put("weekly." + day.name(), editor));
        return fields;
    }
}
