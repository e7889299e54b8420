package com.careerbridge.crm.ui.application;

import java.util.List;
import java.util.Map;

import com.careerbridge.crm.application.ApplicationStage;
import com.careerbridge.crm.application.JobApplication;
import com.careerbridge.crm.application.JobApplications;
import com.careerbridge.crm.application.JobApplications.ApplicationWithHistory;
import com.careerbridge.crm.application.JobInterviews;
import com.careerbridge.crm.application.StageChange;
import com.careerbridge.crm.targetrole.TargetRoleService;
import com.careerbridge.crm.ui.common.Formats;
import com.careerbridge.crm.ui.common.UiErrors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.dnd.EffectAllowed;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

/**
 * A candidate's applications as a board: a column per open stage and one for the ended ones (on a phone the columns
 * stack). An open card is dragged to another stage's column, or moved on through its "Move to" choice, which offers
 * only the moves the flow allows (the keyboard's way); readiness for the role when it was recorded is on the card, because that is what the outcome
 * is compared with. The same board serves the consultant (candidate page) and the candidate (portal): core decides
 * who may do what.
 */
public class ApplicationBoard extends VerticalLayout {

    private static final List<ApplicationStage> COLUMNS = List.of(ApplicationStage.SAVED, ApplicationStage.APPLIED,
            ApplicationStage.SCREENING, ApplicationStage.INTERVIEWING, ApplicationStage.OFFER);

    private final JobApplications applications;
    private final JobInterviews interviews;
    private final TargetRoleService targetRoles;
    final Button add = new Button();
    final FlexLayout board = new FlexLayout();
    private long candidateId;
    private Runnable changed = () -> { };

    public ApplicationBoard(JobApplications applications, JobInterviews interviews, TargetRoleService targetRoles) {
        this.applications = applications;
        this.interviews = interviews;
        this.targetRoles = targetRoles;
        setPadding(false);
        add.setText(getTranslation("application.add"));
        add.addClickListener(click -> new ApplicationDialog(applications, candidateId,
                targetRoles.forCandidateWithTitles(candidateId), this::reload).open());
        board.addClassName("application-board");
        board.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        board.getStyle().set("gap", "var(--lumo-space-m)");
    }

    /** {@code changed}: the rest of the page refreshes (the timeline shows the move). */
    public void bind(Runnable changed) {
        this.changed = changed;
    }

    public void show(long candidateId) {
        this.candidateId = candidateId;
        render(applications.ofCandidate(candidateId));
    }

    /** Something to ask above the board (the candidate page asks to confirm a placement), or null. */
    protected Component prompt(long candidateId) {
        return null;
    }

    /** Shows the board again after a change, and lets the page around it refresh. */
    protected void reload() {
        render(applications.ofCandidate(candidateId));
        changed.run();
    }

    private void render(List<ApplicationWithHistory> all) {
        removeAll();
        board.removeAll();
        add(add);
        Component prompt = prompt(candidateId);
        if (prompt != null) {
            add(prompt);
        }
        if (all.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("application.empty"));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        for (ApplicationStage stage : COLUMNS) {
            board.add(column(stage, getTranslation("application.stage." + stage.name()),
                    all.stream().filter(a -> a.application().getStage() == stage).toList()));
        }
        board.add(column(null, getTranslation("application.column.ended"),
                all.stream().filter(a -> !a.application().getStage().isOpen()).toList()));
        add(board);
    }

    /**
     * A stage's column; a card dropped on it moves there if the flow allows (else the refusal says which moves are
     * allowed). The ended column takes no drops: "rejected" or "withdrawn" is chosen with the card's "Move to".
     */
    private Div column(ApplicationStage stage, String title, List<ApplicationWithHistory> cards) {
        Div column = new Div(new H4(title + " (" + cards.size() + ")"));
        column.addClassName("application-column");
        column.getStyle().set("min-width", "12rem").set("flex", "1 1 12rem");
        cards.forEach(card -> column.add(card(card)));
        if (stage != null) {
            DropTarget<Div> target = DropTarget.create(column);
            target.setDropEffect(DropEffect.MOVE);
            target.addDropListener(drop -> drop.getDragData().filter(JobApplication.class::isInstance)
                    .map(JobApplication.class::cast).filter(dragged -> dragged.getStage() != stage)
                    .ifPresent(dragged -> UiErrors.attempt(this, Map.of(), () -> applications.move(dragged.getId(),
                            dragged.getVersion(), stage)).ifPresent(moved -> reload())));
        }
        return column;
    }

    private Div card(ApplicationWithHistory item) {
        JobApplication application = item.application();
        Div card = new Div();
        card.addClassName("application-card");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s)")
                .set("margin-bottom", "var(--lumo-space-s)");
        Span company = new Span(application.getCompany());
        company.getStyle().set("font-weight", "600");
        card.add(new Div(company), new Div(new Span(application.getPositionTitle())));
        if (application.getPostingUrl() != null) {
            card.add(new Div(new Anchor(application.getPostingUrl(), getTranslation("application.posting"),
                    AnchorTarget.BLANK)));
        }
        if (application.getAppliedOn() != null) {
            card.add(new Div(new Span(getTranslation("application.applied-on",
                    Formats.date(application.getAppliedOn(), getLocale())))));
        }
        if (!item.history().isEmpty()) {
            StageChange first = item.history().getFirst();
            card.add(new Div(new Span(getTranslation("application.readiness-at-start", first.getReadiness()))));
        }
        if (application.getStage() != ApplicationStage.SAVED) {
            // closed ones too: the notes and questions of past interviews are what the next application learns from
            Button rounds = new Button(getTranslation("interview.open"), click -> new InterviewsDialog(interviews,
                    application, this::reload).open());
            rounds.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            rounds.setAriaLabel(getTranslation("interview.open-label", application.getCompany()));
            rounds.addClassName("interviews-button");
            card.add(new Div(rounds));
        }
        if (!application.getStage().isOpen()) {
            card.add(new Div(new Span(getTranslation("application.stage." + application.getStage().name()))));
            return card;
        }
        // dragged to another column with the mouse or a finger; the "Move to" choice is the keyboard's way
        DragSource<Div> drag = DragSource.create(card);
        drag.setDragData(application);
        drag.setEffectAllowed(EffectAllowed.MOVE);
        Select<ApplicationStage> move = new Select<>();
        move.setAriaLabel(getTranslation("application.move-label", application.getCompany()));
        move.setPlaceholder(getTranslation("application.move"));
        move.setItems(application.getStage().next().stream().sorted().toList());
        move.setItemLabelGenerator(s -> getTranslation("application.stage." + s.name()));
        move.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                UiErrors.attempt(this, Map.of(), () -> applications.move(application.getId(),
                        application.getVersion(), event.getValue())).ifPresent(moved -> reload());
            }
        });
        card.add(move);
        return card;
    }
}
