package com.careerbridge.crm.ui.admin;

import java.util.Locale;
import java.util.Map;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.StaffDirectory;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.dashboard.DashboardService;
import com.careerbridge.crm.ui.common.Formats;
import com.careerbridge.crm.ui.common.TypedNameConfirmDialog;
import com.careerbridge.crm.ui.common.UiErrors;
import com.careerbridge.crm.ui.i18n.Translations;
import com.careerbridge.crm.ui.common.ViewerTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The admin's staff page: who works here with how many candidates, inviting a consultant (the one-time password is
 * shown once, to pass on by hand until mail exists), letting someone out or back in, and handing a whole caseload to a
 * colleague.
 */
@Route("admin/consultants")
@RolesAllowed("ADMIN")
public class ConsultantsView extends VerticalLayout implements HasDynamicTitle {

    private final StaffDirectory staff;
    private final CandidateService candidates;
    private final DashboardService dashboard;
    final Grid<UserAccount> grid = new Grid<>();
    private final StaffTwoFactorControls twoFactor;
    private Map<Long, Long> caseloads = Map.of();

    public ConsultantsView(StaffDirectory staff, CandidateService candidates, DashboardService dashboard,
                           StaffTwoFactorControls twoFactor) {
        this.staff = staff;
        this.twoFactor = twoFactor;
        this.candidates = candidates;
        this.dashboard = dashboard;
        addClassName("consultants-view");
        setSizeFull();

        Button invite = new Button(getTranslation("admin.invite"), VaadinIcon.PLUS.create(), click -> openInvite());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.consultants")), new Span(),
                twoFactor.requirementToggle(), invite);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(header.getComponentAt(1));

        Locale locale = getLocale();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("admin.staff.empty"));
        grid.addColumn(UserAccount::getDisplayName).setHeader(getTranslation("field.displayName")).setFlexGrow(2);
        grid.addColumn(account -> account.getEmail().value()).setHeader(getTranslation("field.email")).setFlexGrow(2);
        grid.addColumn(account -> getTranslation("role." + account.getRole().name())).setHeader(getTranslation("field.role"))
                .setAutoWidth(true);
        grid.addColumn(account -> caseloads.getOrDefault(account.getId(), 0L)).setHeader(getTranslation("admin.caseload"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(account -> getTranslation(account.isEnabled() ? "admin.active" : "admin.inactive"))
                .setHeader(getTranslation("field.status")).setAutoWidth(true);
        grid.addColumn(account -> Formats.date(account.getCreatedAt().atZone(ViewerTime.zone()).toLocalDate(), locale))
                .setHeader(getTranslation("admin.since")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("admin.actions")).setAutoWidth(true).setFlexGrow(0);
        add(header, grid);
        expand(grid);
        refresh();
    }

    void refresh() {
        caseloads = dashboard.caseloadsByConsultant();
        grid.setItems(staff.staff());
    }

    private Component actions(UserAccount account) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (account.getRole() != Role.CONSULTANT) {
            return actions;
        }
        Button toggle = new Button(getTranslation(account.isEnabled() ? "admin.deactivate" : "admin.reactivate"), click -> {
            if (account.isEnabled()) {
                openDeactivate(account);
            } else {
                UiErrors.attempt(this, Map.of(), () -> staff.reactivate(account.getId())).ifPresent(done -> refresh());
            }
        });
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button reassign = new Button(getTranslation("admin.reassign"), click -> openReassign(account));
        reassign.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        reassign.setEnabled(caseloads.getOrDefault(account.getId(), 0L) > 0);
        actions.add(toggle, reassign);
        twoFactor.resetButton(account, this::refresh).ifPresent(actions::add);
        return actions;
    }

    /** Deactivating ends the consultant's sessions at once and locks them out: asked with their name typed (#20). */
    TypedNameConfirmDialog openDeactivate(UserAccount account) {
        TypedNameConfirmDialog dialog = new TypedNameConfirmDialog(
                getTranslation("admin.deactivate.title", account.getDisplayName()),
                getTranslation("admin.deactivate.explanation", account.getDisplayName()), account.getDisplayName(),
                getTranslation("admin.deactivate.confirm-label", account.getDisplayName()),
                getTranslation("admin.deactivate"));
        dialog.confirm.addClickListener(click -> UiErrors.attempt(dialog, Map.of(),
                () -> staff.deactivate(account.getId())).ifPresent(done -> {
                    dialog.close();
                    UiErrors.success(getTranslation("admin.deactivate.done", account.getDisplayName()));
                    refresh();
                }));
        dialog.open();
        return dialog;
    }

    void openInvite() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.invite"));
        TextField name = new TextField(getTranslation("field.displayName"));
        name.setMaxLength(UserAccount.DISPLAY_NAME_MAX);
        TextField email = new TextField(getTranslation("field.email"));
        Select<Locale> language = new Select<>();
        language.setLabel(getTranslation("field.language"));
        language.setItems(Translations.SUPPORTED);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        language.setValue(Translations.KOREAN);
        dialog.add(new FormLayout(name, email, language));
        Button send = new Button(getTranslation("admin.invite.create"), click ->
                UiErrors.attempt(this, Map.of("displayName", name, "email", email),
                        () -> staff.inviteConsultant(email.getValue(), name.getValue(), language.getValue()))
                        .ifPresent(invitation -> {
                            dialog.close();
                            refresh();
                            showOneTimePassword(invitation);
                        }));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), send);
        dialog.open();
    }

    private void showOneTimePassword(StaffDirectory.Invitation invitation) {
        Dialog dialog = new Dialog();
        dialog.addClassName("one-time-password-dialog");
        dialog.setHeaderTitle(getTranslation("admin.invite.done", invitation.account().getDisplayName()));
        TextField password = new TextField(getTranslation("admin.invite.password"));
        password.setValue(invitation.oneTimePassword());
        password.setReadOnly(true);
        password.setWidthFull();
        password.addClassName("one-time-password");
        dialog.add(new Paragraph(getTranslation("admin.invite.password-help", invitation.account().getEmail().value())), password);
        dialog.setCloseOnOutsideClick(false);
        dialog.getFooter().add(new Button(getTranslation("action.close"), click -> dialog.close()));
        dialog.open();
    }

    void openReassign(UserAccount from) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.reassign.title", from.getDisplayName()));
        ComboBox<UserAccount> to = new ComboBox<>(getTranslation("admin.reassign.to"));
        to.setItems(staff.activeConsultants().stream().filter(c -> !c.getId().equals(from.getId())).toList());
        to.setItemLabelGenerator(UserAccount::getDisplayName);
        dialog.add(new Paragraph(getTranslation("admin.reassign.help", caseloads.getOrDefault(from.getId(), 0L))), to);
        Button move = new Button(getTranslation("admin.reassign"), click -> {
            if (to.getValue() == null) {
                to.setErrorMessage(getTranslation("error.required"));
                to.setInvalid(true);
                return;
            }
            UiErrors.attempt(this, Map.of(), () -> candidates.reassignCaseload(from.getId(), to.getValue().getId()))
                    .ifPresent(moved -> {
                        dialog.close();
                        UiErrors.success(getTranslation("admin.reassign.done", moved, to.getValue().getDisplayName()));
                        refresh();
                    });
        });
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), move);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.consultants") + " · " + getTranslation("app.name");
    }
}
