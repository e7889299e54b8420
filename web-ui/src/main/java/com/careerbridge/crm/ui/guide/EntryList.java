package com.careerbridge.crm.ui.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * An editable list of entries: add, remove, move up and down. Each entry is a {@link Row} that knows its own value.
 * Validation errors for the whole list show under its heading.
 */
public class EntryList<T> extends Div implements HasValidation {

    /** One entry's fields. */
    public interface Row<T> {
        Component component();

        T value();

        void setValue(T value);
    }

    private final Supplier<Row<T>> newRow;
    private final List<Row<T>> rows = new ArrayList<>();
    private final Div rowContainer = new Div();
    private final Span error = new Span();

    public EntryList(String heading, String addLabel, Supplier<Row<T>> newRow) {
        this.newRow = newRow;
        addClassName("entry-list");
        rowContainer.addClassName("entry-rows");
        error.addClassName("field-error");
        error.setVisible(false);
        Button add = new Button(addLabel, VaadinIcon.PLUS.create(), click -> {
            Row<T> row = newRow.get();
            rows.add(row);
            redraw();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add.addClassName("entry-add");
        add(new H4(heading), error, rowContainer, add);
    }

    public void setValues(List<T> values) {
        rows.clear();
        for (T value : values) {
            Row<T> row = newRow.get();
            row.setValue(value);
            rows.add(row);
        }
        redraw();
    }

    public List<T> getValues() {
        return rows.stream().map(Row::value).filter(value -> value != null).toList();
    }

    public List<Row<T>> rows() {
        return List.copyOf(rows);
    }

    /** Adds an empty entry and returns it (the "add" button does the same). */
    public Row<T> addRow() {
        Row<T> row = newRow.get();
        rows.add(row);
        redraw();
        return row;
    }

    public void remove(int index) {
        rows.remove(index);
        redraw();
    }

    public void move(int index, int delta) {
        int target = index + delta;
        if (target < 0 || target >= rows.size()) {
            return;
        }
        rows.add(target, rows.remove(index));
        redraw();
    }

    private void redraw() {
        rowContainer.removeAll();
        for (int i = 0; i < rows.size(); i++) {
            int index = i;
            Button up = iconButton(VaadinIcon.ARROW_UP, "guide.entry.up", () -> move(index, -1));
            up.setEnabled(i > 0);
            Button down = iconButton(VaadinIcon.ARROW_DOWN, "guide.entry.down", () -> move(index, 1));
            down.setEnabled(i < rows.size() - 1);
            Button remove = iconButton(VaadinIcon.TRASH, "guide.entry.remove", () -> remove(index));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            Div controls = new Div(up, down, remove);
            controls.addClassName("entry-controls");
            Span number = new Span(String.valueOf(i + 1));
            number.addClassName("entry-number");
            Div entry = new Div(number, rows.get(i).component(), controls);
            entry.addClassName("entry");
            rowContainer.add(entry);
        }
    }

    private Button iconButton(VaadinIcon icon, String labelKey, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        error.setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
        setClassName("invalid", invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }
}
