package com.careerbridge.crm.ui.guide;

import com.careerbridge.crm.shared.LocalizedText;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** One text in Korean and English side by side (stacked on narrow screens). */
public class LocalizedInput extends Div implements HasValidation {

    private final AbstractField<?, String> ko;
    private final AbstractField<?, String> en;
    private final Span error = new Span();

    public LocalizedInput(String label, boolean multiline, int maxLength) {
        addClassName("localized-input");
        ko = multiline ? area(maxLength) : field(maxLength);
        en = multiline ? area(maxLength) : field(maxLength);
        String koLabel = getTranslation("guide.field.in-ko", label);
        String enLabel = getTranslation("guide.field.in-en", label);
        if (label.isEmpty()) {
            name(getTranslation("language.ko"), getTranslation("language.en"));
        } else {
            ko.getElement().setProperty("label", koLabel);
            en.getElement().setProperty("label", enLabel);
        }
        ko.getElement().setAttribute("lang", "ko");
        en.getElement().setAttribute("lang", "en");
        ko.getElement().getClassList().add("lang-ko");
        en.getElement().getClassList().add("lang-en");
        error.addClassName("field-error");
        error.setVisible(false);
        Div pair = new Div(ko, en);
        pair.addClassName("localized-pair");
        add(pair, error);
    }

    /**
     * Names the two inputs for assistive technology where no label is shown, as for a row of a list under its
     * heading: "Duties (Korean)", "Duties (English)". (An aria-label attribute on the field's host element would not
     * reach the input inside it; the field's own accessible name does.)
     */
    public LocalizedInput withHiddenLabel(String label) {
        name(getTranslation("guide.field.in-ko", label), getTranslation("guide.field.in-en", label));
        return this;
    }

    private void name(String koName, String enName) {
        ((HasAriaLabel) ko).setAriaLabel(koName);
        ((HasAriaLabel) en).setAriaLabel(enName);
    }

    private static TextField field(int maxLength) {
        TextField field = new TextField();
        field.setMaxLength(maxLength);
        field.setWidthFull();
        return field;
    }

    private static TextArea area(int maxLength) {
        TextArea area = new TextArea();
        area.setMaxLength(maxLength);
        area.setWidthFull();
        return area;
    }

    public void setValue(LocalizedText text) {
        ko.setValue(text == null ? "" : text.ko());
        en.setValue(text == null ? "" : text.en());
    }

    public LocalizedText getValue() {
        return LocalizedText.of(ko.getValue(), en.getValue());
    }

    public AbstractField<?, String> koField() {
        return ko;
    }

    public AbstractField<?, String> enField() {
        return en;
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
        ((HasValidation) ko).setInvalid(invalid && ko.getValue().isBlank());
        ((HasValidation) en).setInvalid(invalid && en.getValue().isBlank());
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }
}
