package com.careerbridge.crm.ui.candidate;

import java.util.Map;

import com.careerbridge.crm.application.JobApplications;
import com.careerbridge.crm.application.JobApplications.PlacementToConfirm;
import com.careerbridge.crm.application.JobInterviews;
import com.careerbridge.crm.targetrole.TargetRoleService;
import com.careerbridge.crm.ui.application.ApplicationBoard;
import com.careerbridge.crm.ui.common.UiErrors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/**
 * The candidate page's "Applications" tab: the candidate's application board, as their consultant works on it. When
 * the candidate accepted an offer and the pipeline does not say "placed" yet, the consultant is asked to confirm it.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class ApplicationsTab extends ApplicationBoard {

    private final JobApplications applications;

    ApplicationsTab(JobApplications applications, JobInterviews interviews, TargetRoleService targetRoles) {
        super(applications, interviews, targetRoles);
        this.applications = applications;
    }

    @Override
    protected Component prompt(long candidateId) {
        PlacementToConfirm proposal = UiErrors.attempt(this, Map.of(),
                () -> applications.placementToConfirm(candidateId)).flatMap(found -> found).orElse(null);
        if (proposal == null) {
            return null;
        }
        Span text = new Span(getTranslation("application.placement.prompt", proposal.company(),
                proposal.positionTitle()));
        Button confirm = new Button(getTranslation("application.placement.confirm"), click -> UiErrors.attempt(this,
                Map.of(), () -> applications.confirmPlacement(candidateId, proposal.candidateVersion()))
                .ifPresent(placed -> {
                    UiErrors.success(getTranslation("application.placement.done"));
                    reload();
                }));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Div banner = new Div(text, confirm);
        banner.addClassName("placement-prompt");
        banner.getElement().setAttribute("role", "status");
        return banner;
    }
}
