package com.careerbridge.crm.ui.common;

import com.vaadin.flow.component.HasValidation;

/**
 * {@link HasValidation} for a composite field, answered by its {@link FieldError}: the message is the error's text and
 * the field is invalid while that text is visible. The field only says which {@code FieldError} is its own; one that
 * must do more when it becomes valid again overrides {@link #setInvalid} and calls this one.
 */
public interface HasFieldError extends HasValidation {

    /** The error text this field shows below itself. */
    FieldError fieldError();

    @Override
    default void setErrorMessage(String errorMessage) {
        fieldError().setMessage(errorMessage);
    }

    @Override
    default String getErrorMessage() {
        return fieldError().getMessage();
    }

    @Override
    default void setInvalid(boolean invalid) {
        fieldError().setVisible(invalid);
    }

    @Override
    default boolean isInvalid() {
        return fieldError().isVisible();
    }
}
