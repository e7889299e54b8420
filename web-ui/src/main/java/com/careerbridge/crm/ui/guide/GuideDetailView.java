package com.careerbridge.crm.ui.guide;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.careerbridge.crm.application.JobInterviews;
import com.careerbridge.crm.assignment.AssignmentOverview;
import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.roleguide.GuideContent;
import com.careerbridge.crm.roleguide.RoleGuideService;
import com.careerbridge.crm.roleguide.RoleGuideVersion;
import com.careerbridge.crm.shared.DomainException;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.ui.application.ProposedQuestionsPanel;
import com.careerbridge.crm.ui.assign.AssignGuideDialog;
import com.careerbridge.crm.ui.common.Formats;
import com.careerbridge.crm.ui.common.UiErrors;
import com.careerbridge.crm.ui.common.ViewerTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

/**
 * One guide for staff: read any version as a candidate would (in either language), start or continue the draft,
 * assign it, and see who holds which version.
 */
@Route("guides/:guideId")
@RolesAllowed({"ADMIN", "CONSULTANT"})
public class GuideDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RoleGuideService guides;
    private final AssignmentService assignments;
    private final CandidateService candidates;
    private final JobInterviews interviews;
    private final Select<RoleGuideVersion> versionSelect = new Select<>();
    private final LanguageToggle languageToggle;
    private final Div reader = new Div();
    private final Grid<AssignmentOverview> holders = new Grid<>();
    private long guideId;
    private String title = "";

    public GuideDetailView(RoleGuideService guides, AssignmentService assignments, CandidateService candidates,
                           JobInterviews interviews) {
        this.guides = guides;
        this.interviews = interviews;
        this.assignments = assignments;
        this.candidates = candidates;
        addClassName("guide-detail-view");
        languageToggle = new LanguageToggle(Language.of(getLocale()));
        languageToggle.addValueChangeListener(event -> render());
        versionSelect.setLabel(getTranslation("guide.version-label"));
        versionSelect.setItemLabelGenerator(version -> getTranslation(version.isPublished() ? "guide.version" : "guide.draft-version",
                version.getNumber()));
        versionSelect.addValueChangeListener(event -> render());
        reader.addClassName("guide-reader");
        reader.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            guideId = Long.parseLong(event.getRouteParameters().get("guideId").orElse(""));
            List<RoleGuideVersion> history = guides.history(guideId);
            if (history.isEmpty()) {
                throw new com.careerbridge.crm.shared.NotFoundException("guide");
            }
            build(history);
        } catch (NumberFormatException | DomainException e) {
            event.forwardTo(GuideLibraryView.class);
            UiErrors.error(getTranslation("not-found.guide"));
        }
    }

    private void build(List<RoleGuideVersion> history) {
        removeAll();
        RoleGuideVersion shown = history.stream().filter(RoleGuideVersion::isPublished).findFirst().orElse(history.getFirst());
        title = shown.title(Language.of(getLocale()));
        versionSelect.setItems(history);
        versionSelect.setValue(shown);

        Button back = new Button(getTranslation("guide.back-to-library"), VaadinIcon.ARROW_LEFT.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(GuideLibraryView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button edit = new Button(getTranslation(history.getFirst().isPublished() ? "guide.edit-new-draft" : "guide.edit-draft"),
                VaadinIcon.EDIT.create(), click -> getUI().ifPresent(ui -> ui.navigate(GuideEditorView.class,
                new RouteParameters("guideId", String.valueOf(guideId)))));
        Button assign = new Button(getTranslation("assign.button"), VaadinIcon.USER_CHECK.create(),
                click -> AssignGuideDialog.forGuide(assignments, candidates, guides, guideId, result -> loadHolders()).open());
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.setEnabled(history.stream().anyMatch(RoleGuideVersion::isPublished));

        FlexLayout toolbar = new FlexLayout(back, versionSelect, languageToggle, edit, assign);
        toolbar.addClassName("guide-toolbar");
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        toolbar.setAlignItems(FlexComponent.Alignment.END);
        toolbar.setWidthFull();

        holders.removeAllColumns();
        holders.addColumn(holder -> holder.candidateId() + "").setKey("candidate").setHeader(getTranslation("guide.holders.candidate"));
        holders.addColumn(holder -> getTranslation("guide.version", holder.versionNumber()))
                .setHeader(getTranslation("guide.holders.version"));
        holders.addComponentColumn(holder -> {
            ProgressBar bar = new ProgressBar(0, 100, holder.percentDone());
            bar.getElement().setAttribute("aria-label", getTranslation("candidate.guides.progress"));
            Span label = new Span(getTranslation("progress.percent", holder.percentDone()));
            HorizontalLayout row = new HorizontalLayout(bar, label);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            return row;
        }).setHeader(getTranslation("guide.holders.progress"));
        holders.addColumn(holder -> holder.lastReadAt() == null ? getTranslation("guide.holders.unread")
                        : Formats.dateTime(holder.lastReadAt(), ViewerTime.zone(), getLocale()))
                .setHeader(getTranslation("guide.holders.last-read"));
        holders.setAllRowsVisible(true);
        holders.setEmptyStateText(getTranslation("guide.holders.none"));
        holders.addClassName("guide-holders");

        // questions from real interviews wait here for staff to take them into the draft
        add(toolbar, new ProposedQuestionsPanel(interviews, guideId, () -> build(guides.history(guideId))), reader,
                new H3(getTranslation("guide.holders")), holders);
        render();
        loadHolders();
    }

    private void loadHolders() {
        List<AssignmentOverview> list = assignments.holders(guideId);
        Map<Long, String> names = candidates.names(
                list.stream().map(AssignmentOverview::candidateId).collect(Collectors.toSet()));
        holders.getColumnByKey("candidate").setRenderer(new com.vaadin.flow.data.renderer.TextRenderer<>(
                holder -> names.getOrDefault(holder.candidateId(), "")));
        holders.setItems(list);
        holders.setVisible(!list.isEmpty());
        if (list.isEmpty()) {
            holders.getElement().setAttribute("aria-hidden", "true");
        }
    }

    /** Holders shown in the grid, for tests. */
    public List<AssignmentOverview> shownHolders() {
        return holders.getListDataView().getItems().toList();
    }

    private void render() {
        reader.removeAll();
        RoleGuideVersion version = versionSelect.getValue();
        if (version == null || languageToggle.getValue() == null) {
            return;
        }
        GuideContent content = version.getContent();
        Set<String> slugs = content.lookAlikes().stream().map(GuideContent.LookAlike::guide)
                .filter(slug -> slug != null && !slug.isBlank()).collect(Collectors.toSet());
        Map<String, Long> links = slugs.isEmpty() ? Map.of() : guides.guideIdsBySlug(slugs);
        if (!version.isPublished()) {
            Paragraph note = new Paragraph(getTranslation("guide.draft-note"));
            note.addClassName("draft-note");
            reader.add(note);
        }
        Map<String, com.careerbridge.crm.shared.LocalizedText> titles = guides.library().stream()
                .filter(summary -> slugs.contains(summary.slug()))
                .collect(Collectors.toMap(summary -> summary.slug(),
                        summary -> com.careerbridge.crm.shared.LocalizedText.of(summary.titleKo(), summary.titleEn())));
        reader.add(new GuideArticle(content, languageToggle.getValue(),
                slug -> links.containsKey(slug) ? "guides/" + links.get(slug) : null, titles::get, null));
    }

    /** The article currently shown, for tests. */
    public GuideArticle article() {
        return reader.getChildren().filter(GuideArticle.class::isInstance).map(GuideArticle.class::cast).findFirst().orElseThrow();
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
