package com.careerbridge.crm.ui.booking;

import java.util.Map;

import com.careerbridge.crm.booking.SessionType;
import com.careerbridge.crm.booking.SessionTypes;
import com.careerbridge.crm.roleguide.RoleGuideService;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.ui.common.UiErrors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The admin's list of session types (#15): what candidates may book and how long, how it takes place, the time kept
 * free around it and until when a candidate may change it. Archived types stay listed (last) and can be restored.
 */
@Route("admin/session-types")
@RolesAllowed("ADMIN")
public class SessionTypesView extends VerticalLayout implements HasDynamicTitle {

    private final SessionTypes types;
    private final RoleGuideService guides;
    final Grid<SessionType> grid = new Grid<>();
    final Button add = new Button();

    public SessionTypesView(SessionTypes types, RoleGuideService guides) {
        this.types = types;
        this.guides = guides;
        addClassName("session-types-view");
        setSizeFull();

        add.setText(getTranslation("session-types.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> openCreate());
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.session-types")), new Span(), add);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(header.getComponentAt(1));
        Paragraph help = new Paragraph(getTranslation("session-types.help"));
        help.addClassName("help-text");

        Language language = Language.of(getLocale());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("session-types.empty"));
        grid.addColumn(type -> type.nameIn(language)).setHeader(getTranslation("session-types.name")).setFlexGrow(2);
        grid.addColumn(type -> getTranslation("session-types.minutes", type.getDurationMinutes()))
                .setHeader(getTranslation("session-types.duration")).setAutoWidth(true);
        grid.addColumn(type -> getTranslation("session.mode." + type.getMode().name()))
                .setHeader(getTranslation("session.field.mode")).setAutoWidth(true);
        grid.addColumn(type -> getTranslation(type.isSelfBookable() ? "session-types.yes" : "session-types.no"))
                .setHeader(getTranslation("session-types.self-bookable")).setAutoWidth(true);
        grid.addColumn(type -> cutoff(type.getChangeCutoffMinutes()))
                .setHeader(getTranslation("session-types.cutoff")).setAutoWidth(true);
        grid.addColumn(type -> getTranslation(type.isArchived() ? "session-types.archived" : "session-types.active"))
                .setHeader(getTranslation("field.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("admin.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        add(header, help, grid);
        expand(grid);
        refresh();
    }

    void refresh() {
        grid.setItems(types.all());
    }

    private String cutoff(int minutes) {
        return minutes % 60 == 0 ? getTranslation("session-types.hours", minutes / 60)
                : getTranslation("session-types.minutes", minutes);
    }

    private Component actions(SessionType type) {
        Button edit = new Button(getTranslation("session-types.edit"), click -> openEdit(type));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button archive = new Button(getTranslation(type.isArchived() ? "session-types.restore" : "session-types.archive"),
                click -> archive(type));
        archive.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        HorizontalLayout actions = new HorizontalLayout(edit, archive);
        actions.setSpacing(false);
        return actions;
    }

    SessionTypeDialog openCreate() {
        SessionTypeDialog dialog = new SessionTypeDialog(types, guides.library(), null, saved -> {
            UiErrors.success(getTranslation("session-types.saved"));
            refresh();
        });
        dialog.open();
        return dialog;
    }

    SessionTypeDialog openEdit(SessionType type) {
        SessionTypeDialog dialog = new SessionTypeDialog(types, guides.library(), type, saved -> {
            UiErrors.success(getTranslation("session-types.saved"));
            refresh();
        });
        dialog.open();
        return dialog;
    }

    /** Archives or restores with the version shown; a stale row says so and the list is read again. */
    void archive(SessionType type) {
        boolean archiving = !type.isArchived();
        try {
            types.archive(type.getId(), type.getVersion(), archiving);
            UiErrors.success(getTranslation(archiving ? "session-types.archived-done" : "session-types.restored-done"));
        } catch (RuntimeException e) {
            if (!UiErrors.show(this, e, Map.of())) {
                throw e;
            }
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.session-types") + " · " + getTranslation("app.name");
    }
}
