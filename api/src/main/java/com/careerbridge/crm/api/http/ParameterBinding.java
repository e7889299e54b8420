package com.careerbridge.crm.api.http;

import java.beans.PropertyEditorSupport;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How the API reads query parameters and path variables: as strictly as bodies ({@link StrictJson}). Dates and instants
 * go through {@link TemporalInput} — the same form and range as in bodies; whole numbers must be plain ASCII digits
 * (Spring's default took {@code 0x10} for 16 and full-width digits for digits, which no client means). A value that does
 * not fit is a 400 at the parameter: {@code wrong-type}, or {@code out-of-range} for a date outside the range.
 *
 * <p>Editors rather than formatters: when a formatter refuses a number, Spring MVC falls back to its lenient default
 * editor, which would accept it after all; a binder's own editor has the last word.
 */
@ControllerAdvice(basePackages = "com.careerbridge.crm.api")
class ParameterBinding {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]{1,19}");

    @InitBinder
    void strictParameters(WebDataBinder binder) {
        binder.registerCustomEditor(Instant.class, new StrictEditor(TemporalInput::instant));
        binder.registerCustomEditor(LocalDate.class, new StrictEditor(TemporalInput::date));
        binder.registerCustomEditor(Integer.class, new StrictEditor(text -> Integer.valueOf(wholeNumber(text))));
        binder.registerCustomEditor(int.class, new StrictEditor(text -> Integer.valueOf(wholeNumber(text))));
        binder.registerCustomEditor(Long.class, new StrictEditor(text -> Long.valueOf(wholeNumber(text))));
        binder.registerCustomEditor(long.class, new StrictEditor(text -> Long.valueOf(wholeNumber(text))));
    }

    private static String wholeNumber(String text) {
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            throw new NumberFormatException("not a whole number in ASCII digits");
        }
        return text;
    }

    /** Blank is "no value" (as for Spring's own editors); anything else must parse, or the binding fails. */
    private static final class StrictEditor extends PropertyEditorSupport {

        private final Function<String, Object> parser;

        StrictEditor(Function<String, Object> parser) {
            this.parser = parser;
        }

        /** Spring turns an {@link IllegalArgumentException} into a 400 at the parameter; anything else was a 500. */
        @Override
        public void setAsText(String text) {
            try {
                setValue(text == null || text.isBlank() ? null : parser.apply(text));
            } catch (DateTimeException notIso) {
                throw new IllegalArgumentException(notIso.getMessage(), notIso);
            }
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
    }
}
