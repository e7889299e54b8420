package com.careerbridge.crm.ui.portal;

import java.util.Map;
import java.util.stream.Collectors;

import com.careerbridge.crm.assignment.AssignmentDetails;
import com.careerbridge.crm.assignment.AssignmentOverview;
import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.assignment.ItemState;
import com.careerbridge.crm.shared.DomainException;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.LocalizedText;
import com.careerbridge.crm.ui.common.UiErrors;
import com.careerbridge.crm.ui.guide.GuideArticle;
import com.careerbridge.crm.ui.guide.LanguageToggle;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * One assigned guide, read by the candidate: opening it records the reading; ticking an item records the progress
 * right away.
 */
@Route("portal/guides/:assignmentId")
@RolesAllowed("CANDIDATE")
public class PortalGuideView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The query parameter naming the checklist item to show ({@code ?item=<key>}), e.g. from a message about it. */
    public static final String ITEM = "item";

    private final AssignmentService assignments;
    private final ProgressBar progress = new ProgressBar(0, 100);
    private final Span progressLabel = new Span();
    private final Div reader = new Div();
    private LanguageToggle toggle;
    private AssignmentDetails details;
    private Map<Long, Long> heldGuides = Map.of();
    private Map<Long, LocalizedText> heldTitles = Map.of();
    private String title = "";
    /** The item the reader was sent to, or {@code null}. */
    private String focusedItem;

    public PortalGuideView(AssignmentService assignments) {
        this.assignments = assignments;
        addClassName("portal-guide-view");
        reader.addClassName("guide-reader");
        reader.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long assignmentId = Long.parseLong(event.getRouteParameters().get("assignmentId").orElse(""));
            focusedItem = event.getLocation().getQueryParameters().getSingleParameter(ITEM).orElse(null);
            details = assignments.open(assignmentId);
            var mine = assignments.mine().items();
            heldGuides = mine.stream()
                    .collect(Collectors.toMap(AssignmentOverview::guideId, AssignmentOverview::assignmentId, (a, b) -> a));
            heldTitles = mine.stream().collect(Collectors.toMap(AssignmentOverview::guideId,
                    overview -> LocalizedText.of(overview.titleKo(), overview.titleEn()), (a, b) -> a));
            build();
        } catch (NumberFormatException | DomainException e) {
            event.forwardTo(PortalView.class);
            UiErrors.error(getTranslation("not-found.assignment"));
        }
    }

    private void build() {
        removeAll();
        Language language = Language.of(getLocale());
        title = details.overview().title(language);
        toggle = new LanguageToggle(language);
        toggle.addValueChangeListener(event -> render());
        Button back = new Button(getTranslation("portal.back"), VaadinIcon.ARROW_LEFT.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(PortalView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        progressLabel.addClassName("progress-label");
        progress.getElement().setAttribute("aria-label", getTranslation("progress.checklist-of", title));
        Div progressBox = new Div(progressLabel, progress);
        progressBox.addClassName("portal-progress");
        FlexLayout toolbar = new FlexLayout(back, toggle, progressBox);
        toolbar.addClassName("guide-toolbar");
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.setWidthFull();
        add(toolbar, reader);
        showProgress(details.overview());
        render();
    }

    private void render() {
        reader.removeAll();
        Language language = toggle.getValue();
        Map<String, Long> links = details.lookAlikeGuideIds();
        reader.add(new GuideArticle(details.content(), language, slug -> {
            Long guideId = links.get(slug);
            Long assignmentId = guideId == null ? null : heldGuides.get(guideId);
            return assignmentId == null ? null : "portal/guides/" + assignmentId;
        }, slug -> {
            Long guideId = links.get(slug);
            return guideId == null ? null : heldTitles.get(guideId);
        }, checklist(language)));
    }

    private Component checklist(Language language) {
        Div list = new Div();
        list.addClassName("guide-checklist");
        list.addClassName("interactive");
        for (AssignmentDetails.ChecklistEntry entry : details.checklist()) {
            if (entry.item() == null) {
                continue;
            }
            Checkbox box = new Checkbox(entry.item().text().in(language), entry.state() != ItemState.OPEN);
            box.getElement().setAttribute("data-item-key", entry.item().key());
            box.setReadOnly(entry.state() == ItemState.VERIFIED);
            box.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    tick(entry.item().key(), event.getValue(), box, event.getOldValue());
                }
            });
            Div row = new Div(GuideArticle.kindIcon(entry.item().kind(), language), box);
            row.addClassName("checklist-item");
            if (entry.item().key().equals(focusedItem)) {
                row.addClassName("focused");
                row.addAttachListener(attached -> row.scrollIntoView());
            }
            if (entry.state() == ItemState.VERIFIED) {
                Span verified = new Span(getTranslation(language.locale(), "portal.verified"));
                verified.getElement().getThemeList().add("badge success small");
                row.add(verified);
            }
            list.add(row);
        }
        return list;
    }

    private void tick(String key, boolean done, Checkbox box, Boolean previous) {
        try {
            AssignmentOverview overview = assignments.markItem(details.overview().assignmentId(), key, done);
            showProgress(overview);
            details = assignments.get(overview.assignmentId());
        } catch (DomainException e) {
            UiErrors.show(this, e);
            box.setValue(previous);
        }
    }

    private void showProgress(AssignmentOverview overview) {
        progress.setValue(overview.percentDone());
        progressLabel.setText(getTranslation("portal.items-done", overview.itemsDone() + overview.itemsVerified(),
                overview.itemsTotal()) + " · " + getTranslation("progress.percent", overview.percentDone()));
    }

    /** The progress shown (0–100), for tests. */
    public double shownProgress() {
        return progress.getValue();
    }

    public GuideArticle article() {
        return reader.getChildren().filter(GuideArticle.class::isInstance).map(GuideArticle.class::cast).findFirst().orElseThrow();
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
