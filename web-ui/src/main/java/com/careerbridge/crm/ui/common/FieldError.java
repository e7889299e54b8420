package com.careerbridge.crm.ui.common;

import com.vaadin.flow.component.html.Paragraph;

/**
 * The error text under a field that is made of several components (a list of time pairs, an upload with its preview),
 * where no single Vaadin field can show it. It is hidden until the field is marked invalid (the field is invalid
 * exactly while it is visible), and announced when it appears ({@code role="alert"}). A composite field keeps one and lets {@link HasFieldError} answer
 * {@code HasValidation} with it, so that {@code UiErrors} finds the field under the service's field name.
 */
public class FieldError extends Paragraph {

    public FieldError() {
        addClassName("field-error");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    /** Sets the text that shows while the field is invalid; {@code null} clears it. */
    public void setMessage(String message) {
        setText(message == null ? "" : message);
    }

    /** The text set last, or {@code ""} when none. */
    public String getMessage() {
        return getText();
    }
}
