package com.careerbridge.crm.ui.candidate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.candidate.PipelineStatus;
import com.careerbridge.crm.invitation.InvitationService;
import com.careerbridge.crm.invitation.PortalAccess;
import com.careerbridge.crm.ui.common.Formats;
import com.careerbridge.crm.ui.common.UiErrors;
import com.careerbridge.crm.ui.common.ViewerTime;
import com.careerbridge.crm.ui.privacy.PrivacyActions;
import com.careerbridge.crm.workspace.CandidateWorkspace;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/**
 * The candidate page's header card: who the candidate is and how to reach them, their consultant, the pipeline status
 * with the moves it allows and its history, and the edit and privacy actions. A change here re-reads the whole page.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class CandidateHeader extends Div {

    final Select<PipelineStatus> nextStatus = new Select<>();
    private final VerticalLayout statusPanel = new VerticalLayout();
    private final CandidateService candidates;
    private final InvitationService invitations;
    private final PrivacyActions privacyActions;
    final Span portalState = new Span();
    final Button invite = new Button();
    private Supplier<Candidate> current = () -> null;
    private Runnable changed = () -> { };

    CandidateHeader(CandidateService candidates, InvitationService invitations, PrivacyActions privacyActions) {
        this.candidates = candidates;
        this.invitations = invitations;
        invite.addThemeVariants(ButtonVariant.LUMO_SMALL);
        invite.setDisableOnClick(true);
        invite.addClickListener(click -> invite());
        this.privacyActions = privacyActions;
        addClassNames("card", "candidate-profile");
        portalState.addClassName("portal-state");
    }

    /** {@code current}: the candidate as last read or saved on the page; {@code changed}: read the page again. */
    void bind(Supplier<Candidate> current, Runnable changed) {
        this.current = current;
        this.changed = changed;
    }

    void show(CandidateWorkspace.Header header) {
        removeAll();
        Candidate candidate = header.candidate();
        H2 name = new H2(candidate.getFullName());
        name.addClassName("candidate-name");
        Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(), click ->
                new CandidateFormDialog(candidates, current.get(), List.of(), saved -> changed.run()).open());
        HorizontalLayout top = new HorizontalLayout(name, StatusBadge.of(candidate.getPipelineStatus()), new Span(), edit,
                privacyActions.forCandidate(candidate));
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.expand(top.getComponentAt(2));

        FormLayout facts = new FormLayout();
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2),
                new FormLayout.ResponsiveStep("60rem", 3));
        facts.addFormItem(new Span(candidate.getEmail().value()), getTranslation("field.email"));
        facts.addFormItem(new Span(candidate.getPhone() == null ? "—" : candidate.getPhone().value()), getTranslation("field.phone"));
        facts.addFormItem(new Span(getTranslation("career-stage." + candidate.getCareerStage().name())), getTranslation("field.careerStage"));
        facts.addFormItem(new Span(join(candidate.getCurrentTitle(), candidate.getCurrentCompany())), getTranslation("candidate.current-job"));
        facts.addFormItem(new Span(getTranslation("language." + candidate.getPreferredLanguage().code())), getTranslation("field.language"));
        facts.addFormItem(new Span(candidate.getTimeZone().getId()), getTranslation("field.timeZone"));
        String consultantName = header.consultantName() == null ? getTranslation("candidates.unassigned") : header.consultantName();
        facts.addFormItem(new Span(consultantName), getTranslation("field.consultant"));
        facts.addFormItem(new Span(candidate.getTags().isEmpty() ? "—" : String.join(", ", candidate.getTags())), getTranslation("field.tags"));
        HorizontalLayout portal = new HorizontalLayout(portalState, invite);
        portal.setAlignItems(FlexComponent.Alignment.BASELINE);
        portal.addClassName("portal-access");
        facts.addFormItem(portal, getTranslation("candidate.portal"));
        showPortalAccess(candidate.getId());

        showStatus(header);
        add(top, facts, statusPanel);
    }

    /** Whether the candidate was invited to the portal and the app, and the button to invite them (again). */
    private void showPortalAccess(long candidateId) {
        PortalAccess access = invitations.portalAccess(candidateId);
        Locale locale = getLocale();
        portalState.setText(switch (access.state()) {
            case NOT_INVITED -> getTranslation("candidate.portal.not-invited");
            case INVITED -> getTranslation("candidate.portal.invited",
                    Formats.dateTime(access.invitedAt(), ViewerTime.zone(), locale),
                    Formats.dateTime(access.expiresAt(), ViewerTime.zone(), locale));
            case EXPIRED -> getTranslation("candidate.portal.expired",
                    Formats.dateTime(access.invitedAt(), ViewerTime.zone(), locale));
            case ACCEPTED -> getTranslation("candidate.portal.accepted",
                    Formats.dateTime(access.acceptedAt(), ViewerTime.zone(), locale));
            case HAS_LOGIN -> getTranslation("candidate.portal.has-login");
        });
        invite.setText(getTranslation(access.state() == PortalAccess.State.NOT_INVITED
                ? "candidate.portal.invite" : "candidate.portal.resend"));
        invite.setVisible(access.canInvite());
    }

    void invite() {
        Candidate candidate = current.get();
        UiErrors.attempt(this, Map.of(), () -> invitations.invite(candidate.getId())).ifPresent(result -> {
            UiErrors.success(getTranslation("candidate.portal.sent", candidate.getEmail().value()));
            changed.run();
        });
        invite.setEnabled(true);
    }

    private static String join(String first, String second) {
        String joined = Stream.of(first, second).filter(Objects::nonNull).filter(s -> !s.isBlank())
                .collect(Collectors.joining(" · "));
        return joined.isEmpty() ? "—" : joined;
    }

    private void showStatus(CandidateWorkspace.Header header) {
        statusPanel.removeAll();
        statusPanel.setPadding(false);
        statusPanel.addClassName("status-panel");
        nextStatus.setLabel(getTranslation("candidate.status.move-to"));
        nextStatus.setItems(header.nextStatuses());
        nextStatus.setItemLabelGenerator(status -> getTranslation("pipeline." + status.name()));
        nextStatus.setValue(null);
        Button move = new Button(getTranslation("candidate.status.change"), click -> changeStatus());
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout change = new HorizontalLayout(nextStatus, move);
        change.setAlignItems(FlexComponent.Alignment.BASELINE);

        UnorderedList list = new UnorderedList();
        list.addClassName("status-history");
        for (CandidateWorkspace.StatusStep step : header.history().reversed()) {
            String from = step.from() == null ? getTranslation("candidate.status.new")
                    : getTranslation("pipeline." + step.from().name());
            list.add(new ListItem(getTranslation("candidate.status.history-entry", from,
                    getTranslation("pipeline." + step.to().name()),
                    Formats.dateTime(step.at(), ViewerTime.zone(), getLocale()),
                    step.bySystem() ? getTranslation("candidate.system") : step.byName())));
        }
        statusPanel.add(change, new Details(getTranslation("candidate.status.history"), list));
    }

    void changeStatus() {
        PipelineStatus target = nextStatus.getValue();
        if (target == null) {
            nextStatus.setErrorMessage(getTranslation("error.required"));
            nextStatus.setInvalid(true);
            return;
        }
        Candidate candidate = current.get();
        UiErrors.attempt(this, Map.of("target", nextStatus),
                () -> candidates.changeStatus(candidate.getId(), candidate.getVersion(), target)).ifPresent(saved -> {
            UiErrors.success(getTranslation("candidate.status.changed", getTranslation("pipeline." + target.name())));
            changed.run();
        });
    }
}
