package com.careerbridge.crm.ui.application;

import java.util.List;
import java.util.Map;

import com.careerbridge.crm.application.ApplicationForm;
import com.careerbridge.crm.application.ApplicationSource;
import com.careerbridge.crm.application.ApplicationStage;
import com.careerbridge.crm.application.JobApplication;
import com.careerbridge.crm.application.JobApplications;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.targetrole.TitledTargetRole;
import com.careerbridge.crm.ui.common.DatePickers;
import com.careerbridge.crm.ui.common.UiErrors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** Records a new application: the target role it was prepared for, the posting, and whether it is sent yet. */
class ApplicationDialog extends Dialog {

    final Select<TitledTargetRole> role = new Select<>();
    final TextField company = new TextField();
    final TextField position = new TextField();
    final TextField postingUrl = new TextField();
    final TextField location = new TextField();
    final Select<ApplicationSource> source = new Select<>();
    final Select<ApplicationStage> stage = new Select<>();
    final DatePicker appliedOn = DatePickers.localize(new DatePicker());
    final Button save = new Button();

    private final JobApplications applications;
    private final long candidateId;
    private final Runnable saved;

    ApplicationDialog(JobApplications applications, long candidateId, List<TitledTargetRole> roles, Runnable saved) {
        this.applications = applications;
        this.candidateId = candidateId;
        this.saved = saved;
        Language language = Language.of(getLocale());
        setHeaderTitle(getTranslation("application.add"));
        addClassName("application-dialog");
        role.setLabel(getTranslation("field.targetRole"));
        role.setItems(roles);
        role.setItemLabelGenerator(r -> r.guideTitle() == null ? "?" : r.guideTitle().in(language));
        if (!roles.isEmpty()) {
            role.setValue(roles.getFirst());
        }
        company.setLabel(getTranslation("application.field.company"));
        company.setMaxLength(JobApplication.COMPANY_MAX);
        company.setRequiredIndicatorVisible(true);
        position.setLabel(getTranslation("application.field.position"));
        position.setMaxLength(JobApplication.POSITION_MAX);
        position.setRequiredIndicatorVisible(true);
        postingUrl.setLabel(getTranslation("application.field.posting-url"));
        postingUrl.setMaxLength(JobApplication.URL_MAX);
        location.setLabel(getTranslation("application.field.location"));
        location.setMaxLength(JobApplication.LOCATION_MAX);
        source.setLabel(getTranslation("application.field.source"));
        source.setItems(ApplicationSource.values());
        source.setItemLabelGenerator(s -> getTranslation("application.source." + s.name()));
        source.setValue(ApplicationSource.JOB_BOARD);
        stage.setLabel(getTranslation("application.field.stage"));
        stage.setItems(ApplicationStage.SAVED, ApplicationStage.APPLIED);
        stage.setItemLabelGenerator(s -> getTranslation("application.stage." + s.name()));
        stage.setValue(ApplicationStage.APPLIED);
        appliedOn.setLabel(getTranslation("application.field.applied-on"));
        FormLayout form = new FormLayout(role, company, position, postingUrl, location, source, stage, appliedOn);
        form.setColspan(role, 2);
        form.setColspan(postingUrl, 2);
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void save() {
        if (role.getValue() == null) {
            role.setErrorMessage(getTranslation("application.no-target-role"));
            role.setInvalid(true);
            return;
        }
        if (DatePickers.unreadable(appliedOn) != null) {
            return; // the picker says why, at the field
        }
        ApplicationForm form = new ApplicationForm(company.getValue(), position.getValue(), postingUrl.getValue(),
                location.getValue(), source.getValue(), appliedOn.getValue(), null, null, null);
        Map<String, HasValidation> fields = Map.of("company", company, "positionTitle", position,
                "postingUrl", postingUrl, "location", location, "source", source, "stage", stage,
                "targetRoleId", role, "appliedOn", appliedOn);
        UiErrors.attempt(this, fields, () -> applications.create(candidateId, role.getValue().role().getId(),
                stage.getValue(), form)).ifPresent(created -> {
            close();
            saved.run();
        });
    }
}
