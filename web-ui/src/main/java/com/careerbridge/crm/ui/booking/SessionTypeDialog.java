package com.careerbridge.crm.ui.booking;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.careerbridge.crm.booking.SessionType;
import com.careerbridge.crm.booking.SessionTypeForm;
import com.careerbridge.crm.booking.SessionTypes;
import com.careerbridge.crm.roleguide.GuideSummary;
import com.careerbridge.crm.session.SessionMode;
import com.careerbridge.crm.shared.ConflictException;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.LocalizedText;
import com.careerbridge.crm.ui.common.UiErrors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Creates a session type or edits one, with the version it was opened with. The service's refusals appear at their
 * fields; when another admin saved the type in the meantime the dialog keeps what was typed and says so above it.
 */
class SessionTypeDialog extends Dialog {

    private final SessionTypes types;
    private final SessionType existing;
    private final Consumer<SessionType> onSaved;
    final TextField nameKo = new TextField();
    final TextField nameEn = new TextField();
    final IntegerField duration = new IntegerField();
    final Select<SessionMode> mode = new Select<>();
    final TextField location = new TextField();
    final IntegerField bufferBefore = new IntegerField();
    final IntegerField bufferAfter = new IntegerField();
    final Checkbox selfBookable = new Checkbox();
    final IntegerField cutoffHours = new IntegerField();
    final ComboBox<GuideSummary> roleGuide = new ComboBox<>();
    final Div conflict = new Div();
    final Button save = new Button();

    SessionTypeDialog(SessionTypes types, List<GuideSummary> guides, SessionType existing, Consumer<SessionType> onSaved) {
        this.types = types;
        this.existing = existing;
        this.onSaved = onSaved;
        addClassName("session-type-dialog");
        setHeaderTitle(getTranslation(existing == null ? "session-types.add" : "session-types.edit-title"));

        nameKo.setLabel(getTranslation("field.name.ko"));
        nameEn.setLabel(getTranslation("field.name.en"));
        for (TextField name : new TextField[] {nameKo, nameEn}) {
            name.setMaxLength(SessionTypeForm.NAME_MAX);
            name.setRequiredIndicatorVisible(true);
        }
        duration.setLabel(getTranslation("session-types.duration-minutes"));
        duration.setMin(SessionTypeForm.MIN_DURATION);
        duration.setMax(SessionTypeForm.MAX_DURATION);
        duration.setStep(5);
        duration.setStepButtonsVisible(true);
        duration.setRequiredIndicatorVisible(true);
        mode.setLabel(getTranslation("session.field.mode"));
        mode.setItems(SessionMode.values());
        mode.setItemLabelGenerator(value -> getTranslation("session.mode." + value.name()));
        location.setLabel(getTranslation("session-types.default-location"));
        location.setHelperText(getTranslation("session.field.location.help"));
        location.setMaxLength(SessionTypeForm.LOCATION_MAX);
        bufferBefore.setLabel(getTranslation("session-types.buffer-before"));
        bufferAfter.setLabel(getTranslation("session-types.buffer-after"));
        for (IntegerField buffer : new IntegerField[] {bufferBefore, bufferAfter}) {
            buffer.setMin(0);
            buffer.setMax(SessionTypeForm.MAX_BUFFER);
            buffer.setStep(5);
            buffer.setStepButtonsVisible(true);
            buffer.setHelperText(getTranslation("session-types.buffer-help"));
        }
        selfBookable.setLabel(getTranslation("session-types.self-bookable"));
        cutoffHours.setLabel(getTranslation("session-types.cutoff-hours"));
        cutoffHours.setHelperText(getTranslation("session-types.cutoff-help"));
        cutoffHours.setMin(0);
        cutoffHours.setMax(SessionTypeForm.MAX_CUTOFF / 60);
        cutoffHours.setRequiredIndicatorVisible(true);
        roleGuide.setLabel(getTranslation("session-types.role-guide"));
        roleGuide.setHelperText(getTranslation("session-types.role-guide-help"));
        Language language = Language.of(getLocale());
        roleGuide.setItems(guides);
        roleGuide.setItemLabelGenerator(guide -> guide.title(language));
        roleGuide.setClearButtonVisible(true);
        // the service's rules, in the bundles' words: not the web components' own (English) messages
        for (HasValidation field : fields().values()) {
            field.setManualValidation(true);
        }
        conflict.addClassName("form-conflict");
        conflict.setVisible(false);

        SessionTypeForm form = existing == null ? SessionTypeForm.defaults() : existing.toForm();
        nameKo.setValue(form.name().ko());
        nameEn.setValue(form.name().en());
        duration.setValue(form.durationMinutes());
        mode.setValue(form.mode());
        location.setValue(form.defaultLocation() == null ? "" : form.defaultLocation());
        bufferBefore.setValue(form.bufferBeforeMinutes());
        bufferAfter.setValue(form.bufferAfterMinutes());
        selfBookable.setValue(form.selfBookable());
        cutoffHours.setValue(form.changeCutoffMinutes() / 60);
        roleGuide.setValue(guides.stream().filter(g -> form.roleGuideId() != null && g.guideId() == form.roleGuideId())
                .findFirst().orElse(null));

        FormLayout layout = new FormLayout(nameKo, nameEn, duration, mode, location, bufferBefore, bufferAfter,
                cutoffHours, selfBookable, roleGuide);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        layout.setColspan(location, 2);
        layout.setColspan(roleGuide, 2);
        add(conflict, layout);
        setWidth("min(42rem, 95vw)");

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(new Button(getTranslation("dialog.cancel"), click -> close()), save);
    }

    /** The service's field names and the fields that show their errors. */
    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("nameKo", nameKo);
        fields.put("nameEn", nameEn);
        fields.put("durationMinutes", duration);
        fields.put("mode", mode);
        fields.put("defaultLocation", location);
        fields.put("bufferBeforeMinutes", bufferBefore);
        fields.put("bufferAfterMinutes", bufferAfter);
        fields.put("changeCutoffMinutes", cutoffHours);
        fields.put("roleGuideId", roleGuide);
        return fields;
    }

    void save() {
        Map<String, HasValidation> fields = fields();
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            SessionTypeForm form = form();
            SessionType saved = existing == null ? types.create(form)
                    : types.update(existing.getId(), existing.getVersion(), form);
            close();
            onSaved.accept(saved);
        } catch (RuntimeException e) {
            conflict.setText(getTranslation(ConflictException.STALE));
            conflict.setVisible(UiErrors.isStaleEdit(e));
            if (!UiErrors.show(this, e, fields)) {
                throw e;
            }
        }
    }

    private SessionTypeForm form() {
        int cutoffMinutes = minutes(cutoffHours, "changeCutoffMinutes") * 60;
        if (existing != null && cutoffHours.getValue() == existing.getChangeCutoffMinutes() / 60) {
            // a cut-off set elsewhere in minutes (the API) stays exact when the hours were not touched
            cutoffMinutes = existing.getChangeCutoffMinutes();
        }
        GuideSummary guide = roleGuide.getValue();
        return new SessionTypeForm(LocalizedText.of(nameKo.getValue(), nameEn.getValue()),
                minutes(duration, "durationMinutes"), mode.getValue(), location.getValue(),
                bufferBefore.getValue() == null ? 0 : bufferBefore.getValue(),
                bufferAfter.getValue() == null ? 0 : bufferAfter.getValue(), selfBookable.getValue(), cutoffMinutes,
                guide == null ? null : guide.guideId());
    }

    private static int minutes(IntegerField field, String name) {
        if (field.getValue() == null) {
            throw new InvalidValueException(name, "required");
        }
        return field.getValue();
    }
}
