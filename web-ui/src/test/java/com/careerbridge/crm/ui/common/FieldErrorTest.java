package com.careerbridge.crm.ui.common;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The error text under a composite field: hidden until the field is invalid, then shown and announced. */
class FieldErrorTest {

    /** A composite field as the editors build one: some parts and its own error text below them. */
    static final class Composite extends Div implements HasFieldError {
        final FieldError error = new FieldError();

        Composite() {
            add(new Div(), error);
        }

        @Override
        public FieldError fieldError() {
            return error;
        }
    }

    @Test
    void theErrorIsHiddenUntilTheFieldIsInvalidAndIsAnnouncedWhenItShows() {
        Composite field = new Composite();
        assertThat(field.isInvalid()).isFalse();
        assertThat(field.error.isVisible()).isFalse();
        assertThat(field.error.getClassNames()).containsExactly("field-error");
        assertThat(field.error.getElement().getAttribute("role")).isEqualTo("alert");

        HasValidation validation = field;
        validation.setErrorMessage("Choose a date.");
        validation.setInvalid(true);

        assertThat(field.error.isVisible()).isTrue();
        assertThat(field.error.getText()).isEqualTo("Choose a date.");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("Choose a date.");
    }

    @Test
    void becomingValidHidesTheTextEvenWhileItIsStillSetAndNoMessageIsAnEmptyOne() {
        Composite field = new Composite();
        field.setErrorMessage("Choose a date.");
        field.setInvalid(true);

        field.setInvalid(false);

        assertThat(field.isInvalid()).as("invalid is the text being shown, not there being one").isFalse();
        assertThat(field.error.isVisible()).isFalse();

        field.setErrorMessage(null);
        assertThat(field.getErrorMessage()).isEmpty();
    }
}
