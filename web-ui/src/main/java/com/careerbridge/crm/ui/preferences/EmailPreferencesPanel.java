package com.careerbridge.crm.ui.preferences;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Map;
import java.util.function.Consumer;

import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.ui.common.UiErrors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.careerbridge.crm.ui.common.TimePickers;
import com.vaadin.flow.component.timepicker.TimePicker;

/**
 * A candidate's progress e-mail settings: on or off, which weekday and time (in the candidate's own time zone), and
 * the language of the e-mails. Usable on a candidate's page by staff and in the portal by the candidate.
 */
public class EmailPreferencesPanel extends Div {

    private final CandidateService candidates;
    private final Consumer<Candidate> onSaved;
    private final Checkbox enabled = new Checkbox();
    private final Select<DayOfWeek> day = new Select<>();
    private final TimePicker time = new TimePicker();
    private final Select<Language> language = new Select<>();
    private Candidate candidate;

    public EmailPreferencesPanel(CandidateService candidates, Candidate candidate, Consumer<Candidate> onSaved) {
        this.candidates = candidates;
        this.candidate = candidate;
        this.onSaved = onSaved;
        addClassName("email-preferences-panel");

        enabled.setLabel(getTranslation("preferences.enabled"));
        day.setLabel(getTranslation("preferences.day"));
        day.setItems(DayOfWeek.values());
        day.setItemLabelGenerator(value -> value.getDisplayName(TextStyle.FULL, getLocale()));
        time.setLabel(getTranslation("preferences.time"));
        time.setStep(Duration.ofMinutes(30));
        TimePickers.localize(time);
        time.setHelperText(getTranslation("preferences.time.help", candidate.getTimeZone().getId()));
        language.setLabel(getTranslation("preferences.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(value -> getTranslation("language." + value.code()));
        enabled.addValueChangeListener(event -> {
            day.setEnabled(event.getValue());
            time.setEnabled(event.getValue());
        });
        read(candidate);

        Button save = new Button(getTranslation("preferences.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(enabled, language, day, time);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 2));
        add(new H3(getTranslation("preferences.title")), new Paragraph(getTranslation("preferences.intro")), form, save);
    }

    private void read(Candidate source) {
        enabled.setValue(source.isProgressEmailsEnabled());
        day.setValue(source.getDigestDayOfWeek());
        time.setValue(source.getDigestLocalTime());
        language.setValue(source.getPreferredLanguage());
        day.setEnabled(source.isProgressEmailsEnabled());
        time.setEnabled(source.isProgressEmailsEnabled());
    }

    /** Saves the settings; true when they were stored. */
    public boolean save() {
        Map<String, HasValidation> fields = Map.of("digestDayOfWeek", day, "digestLocalTime", time, "language", language);
        return UiErrors.attempt(this, fields, () -> {
            Candidate saved = candidates.changeEmailPreferences(candidate.getId(), candidate.getVersion(), enabled.getValue(),
                    day.getValue(), time.getValue());
            if (language.getValue() != saved.getPreferredLanguage()) {
                saved = candidates.changeLanguage(candidate.getId(), language.getValue());
            }
            return saved;
        }).map(saved -> {
            candidate = saved;
            read(saved);
            UiErrors.success(getTranslation("preferences.saved"));
            onSaved.accept(saved);
            return true;
        }).orElse(false);
    }

    public Checkbox enabledField() {
        return enabled;
    }

    public Select<DayOfWeek> dayField() {
        return day;
    }

    public TimePicker timeField() {
        return time;
    }

    public Select<Language> languageField() {
        return language;
    }
}
