package com.careerbridge.crm.ui.guide;

import com.careerbridge.crm.shared.Language;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/** Picks the language a guide is read in, independent of the UI's own language. */
public class LanguageToggle extends RadioButtonGroup<Language> {

    public LanguageToggle(Language initial) {
        addClassName("guide-language-toggle");
        setAriaLabel(getTranslation("guide.read-in"));
        setItems(Language.KO, Language.EN);
        setItemLabelGenerator(language -> getTranslation("language." + language.code()));
        setValue(initial);
    }
}
