package com.careerbridge.crm.ui.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.careerbridge.crm.roleguide.GuideSummary;
import com.careerbridge.crm.session.ActionItem;
import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.session.SessionOutcome;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.ui.common.UiErrors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.careerbridge.crm.ui.common.DatePickers;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Closes a session with what happened: private notes (staff only), the summary the candidate reads, the agreed action
 * items, and a 1–5 mock-interview rating for a target role.
 */
public class CompleteSessionDialog extends Dialog {

    private final SessionService sessions;
    private final CoachingSession session;
    private final Consumer<CoachingSession> onSaved;
    private final TextArea privateNotes = new TextArea();
    private final TextArea sharedSummary = new TextArea();
    private final Div actionRows = new Div();
    private final List<ActionRow> rows = new ArrayList<>();
    private final Span actionError = new Span();
    private final Select<Integer> rating = new Select<>();
    private final ComboBox<GuideSummary> ratedRole = new ComboBox<>();

    public CompleteSessionDialog(SessionService sessions, List<GuideSummary> guides, CoachingSession session,
                                 Consumer<CoachingSession> onSaved) {
        this.sessions = sessions;
        this.session = session;
        this.onSaved = onSaved;
        addClassName("complete-session-dialog");
        setHeaderTitle(getTranslation("session.complete"));
        Language ui = Language.of(getLocale());

        privateNotes.setLabel(getTranslation("session.field.private-notes"));
        privateNotes.setHelperText(getTranslation("session.field.private-notes.help"));
        privateNotes.setMaxLength(CoachingSession.NOTES_MAX);
        privateNotes.setWidthFull();
        sharedSummary.setLabel(getTranslation("session.field.shared-summary"));
        sharedSummary.setHelperText(getTranslation("session.field.shared-summary.help"));
        sharedSummary.setMaxLength(CoachingSession.NOTES_MAX);
        sharedSummary.setWidthFull();

        actionError.addClassName("field-error");
        actionError.setVisible(false);
        actionRows.addClassName("action-rows");
        Button addAction = new Button(getTranslation("session.action.add"), VaadinIcon.PLUS.create(), click -> addRow(null));
        addAction.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);

        rating.setLabel(getTranslation("session.field.rating"));
        rating.setItems(1, 2, 3, 4, 5);
        rating.setEmptySelectionAllowed(true);
        rating.setEmptySelectionCaption(getTranslation("session.rating.none"));
        rating.setItemLabelGenerator(value -> value == null ? getTranslation("session.rating.none")
                : getTranslation("session.rating.value", value));
        ratedRole.setLabel(getTranslation("session.field.rated-role"));
        ratedRole.setItems(guides);
        ratedRole.setItemLabelGenerator(summary -> summary.title(ui));
        ratedRole.setClearButtonVisible(true);
        HorizontalLayout mock = new HorizontalLayout(rating, ratedRole);
        mock.setWrap(true);

        privateNotes.setValue(session.getPrivateNotes() == null ? "" : session.getPrivateNotes());
        sharedSummary.setValue(session.getSharedSummary() == null ? "" : session.getSharedSummary());
        session.getActionItems().forEach(this::addRow);
        rating.setValue(session.getMockRating());
        if (session.getMockGuideId() != null) {
            guides.stream().filter(summary -> summary.guideId() == session.getMockGuideId()).findFirst().ifPresent(ratedRole::setValue);
        }

        VerticalLayout body = new VerticalLayout(privateNotes, sharedSummary,
                new H4(getTranslation("session.action-items")), actionError, actionRows, addAction,
                new H4(getTranslation("session.mock-interview")), mock);
        body.setPadding(false);
        add(body);
        setWidth("min(44rem, 95vw)");

        Button save = new Button(getTranslation("session.complete.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("dialog.cancel"), click -> close()), save);
    }

    /** Adds an action item row (empty, or holding an earlier item) and returns it. */
    public ActionRow addRow(ActionItem existing) {
        ActionRow row = new ActionRow(existing);
        rows.add(row);
        actionRows.add(row);
        return row;
    }

    public boolean save() {
        actionError.setVisible(false);
        if (DatePickers.unreadable(rows.stream().map(ActionRow::dueField).toArray(DatePicker[]::new)) != null) {
            return false;
        }
        SessionOutcome outcome = new SessionOutcome(privateNotes.getValue(), sharedSummary.getValue(),
                rows.stream().map(ActionRow::value).toList(), rating.getValue(),
                ratedRole.getValue() == null ? null : ratedRole.getValue().guideId());
        HasValidation actions = new HasValidation() {
            @Override
            public void setErrorMessage(String errorMessage) {
                actionError.setText(errorMessage);
            }

            @Override
            public String getErrorMessage() {
                return actionError.getText();
            }

            @Override
            public void setInvalid(boolean invalid) {
                actionError.setVisible(invalid);
            }

            @Override
            public boolean isInvalid() {
                return actionError.isVisible();
            }
        };
        Map<String, HasValidation> fields = Map.of("privateNotes", privateNotes, "sharedSummary", sharedSummary,
                "actionItems", actions, "mockRating", rating, "mockGuideId", ratedRole);
        return UiErrors.attempt(this, fields, () -> sessions.complete(session.getId(), session.getVersion(), outcome))
                .map(saved -> {
                    close();
                    UiErrors.success(getTranslation("session.completed"));
                    onSaved.accept(saved);
                    return true;
                }).orElse(false);
    }

    public TextArea privateNotesField() {
        return privateNotes;
    }

    public TextArea sharedSummaryField() {
        return sharedSummary;
    }

    public Select<Integer> ratingField() {
        return rating;
    }

    public ComboBox<GuideSummary> ratedRoleField() {
        return ratedRole;
    }

    /** One agreed next step: what, and by when. */
    public final class ActionRow extends HorizontalLayout {
        private final Long existingId;
        private final TextField description = new TextField();
        private final DatePicker due = new DatePicker();

        ActionRow(ActionItem existing) {
            this.existingId = existing == null ? null : existing.getId();
            addClassName("action-row");
            description.setPlaceholder(getTranslation("session.action.description"));
            description.setAriaLabel(getTranslation("session.action.description"));
            description.setMaxLength(ActionItem.DESCRIPTION_MAX);
            description.setWidthFull();
            due.setPlaceholder(getTranslation("session.action.due"));
            due.setAriaLabel(getTranslation("session.action.due"));
            DatePickers.localize(due, CompleteSessionDialog.this.getLocale());
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                rows.remove(this);
                actionRows.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_ICON);
            remove.setAriaLabel(getTranslation("session.action.remove"));
            if (existing != null) {
                description.setValue(existing.getDescription());
                description.setReadOnly(true);
                due.setValue(existing.getDueDate());
                due.setReadOnly(true);
            }
            setWidthFull();
            setAlignItems(FlexComponent.Alignment.BASELINE);
            add(description, due, remove);
            expand(description);
        }

        SessionOutcome.NewActionItem value() {
            return new SessionOutcome.NewActionItem(existingId, description.getValue(), due.getValue());
        }

        public TextField descriptionField() {
            return description;
        }

        public DatePicker dueField() {
            return due;
        }
    }
}
