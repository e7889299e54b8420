package com.careerbridge.crm.ui.candidate;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.careerbridge.crm.roleguide.GuideSummary;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.targetrole.TargetRole;
import com.careerbridge.crm.targetrole.TargetRoleForm;
import com.careerbridge.crm.targetrole.TargetRoleService;
import com.careerbridge.crm.targetrole.TargetRoleStatus;
import com.careerbridge.crm.ui.common.UiErrors;
import com.careerbridge.crm.workspace.CandidateWorkspace.Roles;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Adds a target role to a candidate (a guide they do not aim at yet, with a published version) or edits one: priority,
 * status and the companies in view.
 */
class TargetRoleDialog extends Dialog {

    private final TargetRoleService targetRoles;
    private final long candidateId;
    private final TargetRole existing;
    private final Runnable saved;
    private final ComboBox<GuideSummary> guide = new ComboBox<>();
    private final IntegerField priority = new IntegerField();
    private final Select<TargetRoleStatus> status = new Select<>();
    private final TextField companies = new TextField();

    /** {@code existing}: the role to edit, or {@code null} to add one; {@code saved}: runs after a stored change. */
    TargetRoleDialog(TargetRoleService targetRoles, long candidateId, TargetRole existing, Roles roles, Runnable saved) {
        this.targetRoles = targetRoles;
        this.candidateId = candidateId;
        this.existing = existing;
        this.saved = saved;
        Language language = Language.of(getLocale());
        setHeaderTitle(getTranslation(existing == null ? "candidate.roles.add" : "candidate.roles.edit"));
        guide.setLabel(getTranslation("field.targetRole"));
        Set<Long> taken = roles.roles().stream().map(role -> role.role().getGuideId()).collect(Collectors.toSet());
        guide.setItems(roles.library().stream()
                .filter(g -> g.latestPublished() != null && (existing != null || !taken.contains(g.guideId())))
                .sorted(Comparator.comparing(g -> g.title(language))).toList());
        guide.setItemLabelGenerator(g -> g.title(language));
        priority.setLabel(getTranslation("field.priority"));
        priority.setMin(TargetRole.PRIORITY_MIN);
        priority.setMax(TargetRole.PRIORITY_MAX);
        priority.setStepButtonsVisible(true);
        priority.setHelperText(getTranslation("candidate.roles.priority-help"));
        status.setLabel(getTranslation("field.status"));
        status.setItems(TargetRoleStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("target-role-status." + s.name()));
        companies.setLabel(getTranslation("field.targetCompanies"));
        companies.setHelperText(getTranslation("candidate.form.tags-help"));
        if (existing == null) {
            priority.setValue(1);
            status.setValue(TargetRoleStatus.EXPLORING);
        } else {
            guide.setValue(roles.guide(existing.getGuideId()));
            guide.setReadOnly(true);
            priority.setValue(existing.getPriority());
            status.setValue(existing.getStatus());
            companies.setValue(String.join(", ", existing.getTargetCompanies()));
        }
        FormLayout form = new FormLayout(guide, priority, status, companies);
        form.setColspan(guide, 2);
        form.setColspan(companies, 2);
        add(form);
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void save() {
        if (guide.getValue() == null) {
            guide.setErrorMessage(getTranslation("error.required"));
            guide.setInvalid(true);
            return;
        }
        TargetRoleForm form = new TargetRoleForm(priority.getValue(),
                Arrays.stream(companies.getValue().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                status.getValue());
        Map<String, HasValidation> fields = Map.of("guideId", guide, "priority", priority, "status", status,
                "targetCompanies", companies);
        UiErrors.attempt(this, fields, () -> existing == null
                ? targetRoles.add(candidateId, guide.getValue().guideId(), form)
                : targetRoles.update(existing.getId(), existing.getVersion(), form)).ifPresent(role -> {
            close();
            saved.run();
        });
    }
}
