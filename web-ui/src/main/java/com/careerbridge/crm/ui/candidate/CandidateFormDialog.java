package com.careerbridge.crm.ui.candidate;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateForm;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.candidate.CareerStage;
import com.careerbridge.crm.shared.ConflictException;
import com.careerbridge.crm.shared.EmailAddress;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.NotFoundException;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.ui.common.UiErrors;
import com.careerbridge.crm.ui.common.ViewerTime;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Creates or edits a candidate. The Binder checks what it can at once; the service has the last word and its
 * complaints appear at the fields. When someone else saved first, the dialog stays open with the user's input and says
 * so, instead of overwriting their change or losing this one.
 */
public class CandidateFormDialog extends Dialog {

    private final CandidateService candidates;
    private final Candidate existing;
    private final Consumer<Candidate> onSaved;
    private final Binder<CandidateFormBean> binder = new Binder<>(CandidateFormBean.class);
    private final CandidateFormBean bean = new CandidateFormBean();

    final TextField fullName = new TextField();
    final TextField email = new TextField();
    final TextField phone = new TextField();
    final Select<Language> language = new Select<>();
    final ComboBox<String> timeZone = new ComboBox<>();
    final Select<CareerStage> careerStage = new Select<>();
    final TextField currentCompany = new TextField();
    final TextField currentTitle = new TextField();
    final TextField tags = new TextField();
    final ComboBox<UserAccount> consultant = new ComboBox<>();
    final Div conflict = new Div();
    final Button save = new Button();

    /**
     * @param consultants for an admin creating a candidate, whom to give them to; empty to leave the choice out
     */
    public CandidateFormDialog(CandidateService candidates, Candidate existing, List<UserAccount> consultants,
                               Consumer<Candidate> onSaved) {
        this.candidates = candidates;
        this.existing = existing;
        this.onSaved = onSaved;
        addClassName("candidate-form-dialog");
        setHeaderTitle(getTranslation(existing == null ? "candidate.form.new" : "candidate.form.edit"));
        setWidth("min(48rem, 100vw)");

        fullName.setLabel(getTranslation("field.fullName"));
        fullName.setMaxLength(Candidate.NAME_MAX);
        email.setLabel(getTranslation("field.email"));
        email.setMaxLength(EmailAddress.MAX_LENGTH);
        phone.setLabel(getTranslation("field.phone"));
        language.setLabel(getTranslation("field.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(value -> getTranslation("language." + value.code()));
        timeZone.setLabel(getTranslation("field.timeZone"));
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().filter(id -> id.contains("/")).sorted().toList());
        careerStage.setLabel(getTranslation("field.careerStage"));
        careerStage.setItems(CareerStage.values());
        careerStage.setItemLabelGenerator(value -> getTranslation("career-stage." + value.name()));
        currentCompany.setLabel(getTranslation("field.currentCompany"));
        currentCompany.setMaxLength(Candidate.COMPANY_MAX);
        currentTitle.setLabel(getTranslation("field.currentTitle"));
        currentTitle.setMaxLength(Candidate.TITLE_MAX);
        tags.setLabel(getTranslation("field.tags"));
        tags.setHelperText(getTranslation("candidate.form.tags-help"));
        consultant.setLabel(getTranslation("field.consultant"));
        consultant.setItems(consultants);
        consultant.setItemLabelGenerator(UserAccount::getDisplayName);
        consultant.setClearButtonVisible(true);
        consultant.setVisible(existing == null && !consultants.isEmpty());

        String required = getTranslation("error.required");
        binder.forField(fullName).asRequired(required).bind(CandidateFormBean::getFullName, CandidateFormBean::setFullName);
        binder.forField(email).asRequired(required).bind(CandidateFormBean::getEmail, CandidateFormBean::setEmail);
        binder.forField(phone).bind(CandidateFormBean::getPhone, CandidateFormBean::setPhone);
        binder.forField(language).asRequired(required).bind(CandidateFormBean::getLanguage, CandidateFormBean::setLanguage);
        binder.forField(timeZone).asRequired(required).bind(CandidateFormBean::getTimeZone, CandidateFormBean::setTimeZone);
        binder.forField(careerStage).asRequired(required).bind(CandidateFormBean::getCareerStage, CandidateFormBean::setCareerStage);
        binder.forField(currentCompany).bind(CandidateFormBean::getCurrentCompany, CandidateFormBean::setCurrentCompany);
        binder.forField(currentTitle).bind(CandidateFormBean::getCurrentTitle, CandidateFormBean::setCurrentTitle);
        binder.forField(tags).bind(CandidateFormBean::getTags, CandidateFormBean::setTags);
        binder.readBean(CandidateFormBean.from(existing == null ? CandidateForm.blank(ViewerTime.office()) : CandidateForm.of(existing)));

        FormLayout form = new FormLayout(fullName, email, phone, language, timeZone, careerStage, currentCompany,
                currentTitle, tags, consultant);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        form.setColspan(tags, 2);
        conflict.addClassName("form-conflict");
        conflict.setVisible(false);
        add(conflict, form);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("fullName", fullName);
        fields.put("email", email);
        fields.put("phone", phone);
        fields.put("language", language);
        fields.put("timeZone", timeZone);
        fields.put("careerStage", careerStage);
        fields.put("currentCompany", currentCompany);
        fields.put("currentTitle", currentTitle);
        fields.put("tags", tags);
        fields.put("consultant", consultant);
        return fields;
    }

    void save() {
        if (!binder.writeBeanIfValid(bean)) {
            return;
        }
        CandidateForm form = bean.toForm();
        Long consultantId = consultant.getValue() == null ? null : consultant.getValue().getId();
        fields().values().forEach(field -> field.setInvalid(false));
        try {
            Candidate saved = existing == null
                    ? candidates.create(form, consultantId)
                    : candidates.update(existing.getId(), existing.getVersion(), form);
            UiErrors.success(getTranslation("candidate.form.saved", saved.getFullName()));
            close();
            onSaved.accept(saved);
        } catch (InvalidValueException | ConflictException | NotFoundException | OptimisticLockingFailureException e) {
            conflict.setText(getTranslation(ConflictException.STALE));
            conflict.setVisible(UiErrors.isStaleEdit(e));
            UiErrors.show(this, e, fields());
        }
    }
}
