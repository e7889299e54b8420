package com.careerbridge.crm.ui.candidate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.careerbridge.crm.assignment.AssignmentDetails;
import com.careerbridge.crm.assignment.AssignmentOverview;
import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.assignment.ItemState;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.roleguide.RoleGuideService;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.ui.assign.AssignGuideDialog;
import com.careerbridge.crm.ui.candidate.CandidatePageParts.Part;
import com.careerbridge.crm.ui.common.Formats;
import com.careerbridge.crm.ui.common.UiErrors;
import com.careerbridge.crm.ui.common.ViewerTime;
import com.careerbridge.crm.workspace.CandidateWorkspace;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/**
 * The candidate page's "Guides" tab: the assigned guides with progress, a newer version to upgrade to, and each
 * checklist (read when opened) for the consultant to verify items. Assigning a guide opens the shared assign dialog.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class AssignedGuidesTab extends VerticalLayout {

    private final CandidateWorkspace workspace;
    private final AssignmentService assignments;
    private final CandidateService candidates;
    private final RoleGuideService guides;
    private final Clock clock;
    private CandidatePageParts.Refresh refresh = parts -> { };
    private long candidateId;
    private final Set<Long> openChecklists = new HashSet<>();

    AssignedGuidesTab(CandidateWorkspace workspace, AssignmentService assignments, CandidateService candidates,
                      RoleGuideService guides, Clock clock) {
        this.workspace = workspace;
        this.assignments = assignments;
        this.candidates = candidates;
        this.guides = guides;
        this.clock = clock;
    }

    void bind(CandidatePageParts.Refresh refresh) {
        this.refresh = refresh;
    }

    void refresh() {
        show(candidateId, workspace.assignments(candidateId));
    }

    void show(long candidateId, List<AssignmentOverview> list) {
        this.candidateId = candidateId;
        removeAll();
        Button assign = new Button(getTranslation("candidate.guides.assign"), VaadinIcon.PLUS.create(), click ->
                AssignGuideDialog.forCandidate(assignments, candidates, guides, candidateId, result -> {
                    refresh();
                    refresh.parts(Part.ROLES, Part.TIMELINE);
                }).open());
        add(assign);
        if (list.isEmpty()) {
            add(CandidatePageParts.emptyText(this, "candidate.guides.empty"));
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ViewerTime.zone()));
        for (AssignmentOverview overview : list) {
            add(guideCard(overview, today));
        }
    }

    private Language language() {
        return Language.of(getLocale());
    }

    private Component guideCard(AssignmentOverview overview, LocalDate today) {
        Div card = new Div();
        card.addClassNames("card", "assignment-card");
        Span name = new Span(overview.title(language()));
        name.addClassName("card-title");
        Span version = new Span(getTranslation("candidate.guides.version", overview.versionNumber()));
        version.addClassName("muted");
        HorizontalLayout head = new HorizontalLayout(name, version);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setWrap(true);
        if (overview.dueDate() != null) {
            Span due = new Span(getTranslation("candidate.guides.due", Formats.date(overview.dueDate(), getLocale())));
            due.addClassName(overview.overdue(today) ? "overdue" : "muted");
            head.add(due);
        }
        if (overview.newerVersionAvailable()) {
            Span newer = new Span(getTranslation("candidate.guides.newer", overview.latestVersionNumber()));
            newer.addClassName("newer-version");
            Button upgrade = new Button(getTranslation("candidate.guides.upgrade"), click ->
                    UiErrors.attempt(this, Map.of(), () -> assignments.upgrade(overview.assignmentId(), overview.version()))
                            .ifPresent(done -> {
                                UiErrors.success(getTranslation("candidate.guides.upgraded"));
                                refresh();
                            }));
            upgrade.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            head.add(newer, upgrade);
        }
        ProgressBar bar = new ProgressBar(0, 100, overview.percentDone());
        bar.getElement().setAttribute("aria-label", getTranslation("candidate.guides.progress"));
        Span progress = new Span(getTranslation("candidate.guides.items", overview.itemsDone(), overview.itemsVerified(),
                overview.itemsTotal()));
        progress.addClassName("muted");
        Span read = new Span(overview.firstOpenedAt() == null ? getTranslation("candidate.guides.not-opened")
                : getTranslation("candidate.guides.last-read", Formats.dateTime(overview.lastReadAt(), ViewerTime.zone(), getLocale())));
        read.addClassName("muted");
        VerticalLayout items = new VerticalLayout();
        items.setPadding(false);
        items.setSpacing(false);
        Details checklist = new Details(getTranslation("candidate.guides.checklist"), items);
        checklist.addClassName("assignment-checklist");
        // A checklist that was open stays open when the page is drawn again after a verification.
        if (openChecklists.contains(overview.assignmentId())) {
            fillChecklist(items, overview);
            checklist.setOpened(true);
        }
        checklist.addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                openChecklists.add(overview.assignmentId());
                if (items.getComponentCount() == 0) {
                    fillChecklist(items, overview);
                }
            } else {
                openChecklists.remove(overview.assignmentId());
            }
        });
        card.add(head, bar, progress, read, checklist);
        return card;
    }

    private void fillChecklist(VerticalLayout items, AssignmentOverview overview) {
        AssignmentDetails details = assignments.get(overview.assignmentId());
        long ticked = details.checklist().stream().filter(entry -> entry.state() == ItemState.DONE).count();
        if (ticked > 0) {
            Button verifyAll = new Button(getTranslation("candidate.guides.verify-all", ticked), click ->
                    UiErrors.attempt(this, Map.of(), () -> assignments.verifyAllDone(overview.assignmentId(),
                            details.overview().version())).ifPresent(done -> {
                                UiErrors.success(getTranslation("candidate.guides.verified-all", ticked));
                                refresh();
                                refresh.parts(Part.ROLES, Part.TIMELINE);
                            }));
            verifyAll.addClassName("verify-all");
            verifyAll.addThemeVariants(ButtonVariant.LUMO_SMALL);
            items.add(verifyAll);
        }
        for (AssignmentDetails.ChecklistEntry entry : details.checklist()) {
            Checkbox verified = new Checkbox(entry.item() == null ? "—" : entry.item().text().in(language()));
            verified.setValue(entry.state() == ItemState.VERIFIED);
            verified.setHelperText(getTranslation("item-state." + entry.state().name()));
            verified.addClassName("checklist-item");
            verified.addValueChangeListener(change -> {
                if (!change.isFromClient()) {
                    return;
                }
                UiErrors.attempt(this, Map.of(), () -> assignments.verifyItem(overview.assignmentId(),
                        details.overview().version(), entry.item().key(), change.getValue()))
                        .ifPresentOrElse(done -> {
                            UiErrors.success(getTranslation(change.getValue() ? "candidate.guides.item-verified"
                                    : "candidate.guides.item-unverified", verified.getLabel()));
                            refresh();
                            refresh.parts(Part.ROLES, Part.TIMELINE);
                        }, () -> verified.setValue(change.getOldValue()));
            });
            items.add(verified);
        }
    }
}
