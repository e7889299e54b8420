package com.careerbridge.crm.ui.i18n;

import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;

/**
 * Switches the language of this browser session between Korean and English, and reloads the view so that every text
 * follows. An optional listener lets the signed-in user's preference be saved too.
 */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch() {
        this(locale -> { });
    }

    public LanguageSwitch(Consumer<Locale> onChange) {
        addClassName("language-switch");
        setItems(Translations.SUPPORTED);
        setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        setAriaLabel(getTranslation("language.label"));
        setPrefixComponent(VaadinIcon.GLOBE_WIRE.create());
        setValue(Translations.closest(UI.getCurrent() == null ? null : UI.getCurrent().getLocale()));
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                VaadinSession.getCurrent().setLocale(event.getValue());
                onChange.accept(event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
