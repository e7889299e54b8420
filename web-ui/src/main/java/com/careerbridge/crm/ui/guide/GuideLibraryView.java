package com.careerbridge.crm.ui.guide;

import java.util.List;
import java.util.Locale;

import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.roleguide.GuideContent;
import com.careerbridge.crm.roleguide.GuideSummary;
import com.careerbridge.crm.roleguide.RoleGuideService;
import com.careerbridge.crm.roleguide.RoleGuideVersion;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.LocalizedText;
import com.careerbridge.crm.ui.assign.AssignGuideDialog;
import com.careerbridge.crm.ui.common.Formats;
import com.careerbridge.crm.ui.common.UiErrors;
import com.careerbridge.crm.ui.common.ViewerTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

/** The role guide library for staff: search, open, start a new guide, assign. */
@Route("guides")
@RolesAllowed({"ADMIN", "CONSULTANT"})
public class GuideLibraryView extends VerticalLayout implements HasDynamicTitle {

    private final RoleGuideService guides;
    private final AssignmentService assignments;
    private final CandidateService candidates;
    private final TextField search = new TextField();
    private final Grid<GuideSummary> grid = new Grid<>();
    private List<GuideSummary> all = List.of();

    public GuideLibraryView(RoleGuideService guides, AssignmentService assignments, CandidateService candidates) {
        this.guides = guides;
        this.assignments = assignments;
        this.candidates = candidates;
        addClassName("guide-library-view");
        setSizeFull();
        Language ui = Language.of(getLocale());
        Locale locale = getLocale();

        search.setPlaceholder(getTranslation("guide.search"));
        search.setAriaLabel(getTranslation("guide.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> filter());
        search.setWidth("min(100%, 22rem)");

        Button create = new Button(getTranslation("guide.new"), VaadinIcon.PLUS.create(), click -> openCreateDialog());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(search, create);
        toolbar.setWidthFull();
        toolbar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        toolbar.addClassName("toolbar");

        grid.addColumn(summary -> summary.title(ui)).setHeader(getTranslation("guide.column.title"))
                .setFlexGrow(3).setSortable(true).setComparator(summary -> summary.title(ui));
        grid.addColumn(summary -> summary.title(ui == Language.KO ? Language.EN : Language.KO))
                .setHeader(getTranslation("guide.column.other-title")).setFlexGrow(2);
        grid.addComponentColumn(this::versionBadges).setHeader(getTranslation("guide.column.version")).setFlexGrow(1);
        grid.addColumn(summary -> Formats.date(summary.updatedAt().atZone(ViewerTime.zone()).toLocalDate(), locale))
                .setHeader(getTranslation("guide.column.updated")).setFlexGrow(1);
        grid.addComponentColumn(summary -> {
            Button assign = new Button(getTranslation("assign.button"), VaadinIcon.USER_CHECK.create(),
                    click -> AssignGuideDialog.forGuide(assignments, candidates, guides, summary.guideId(), result -> { }).open());
            assign.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            assign.setEnabled(summary.publishedVersionId() != null);
            return assign;
        }).setFlexGrow(0).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("guide.library.empty"));
        grid.addItemClickListener(event -> open(event.getItem()));
        grid.setSizeFull();

        add(new H2(getTranslation("guide.library")), toolbar, grid);
        reload();
    }

    private Span versionBadges(GuideSummary summary) {
        Span badges = new Span();
        if (summary.latestPublished() != null) {
            Span published = new Span(getTranslation("guide.version", summary.latestPublished()));
            published.getElement().getThemeList().add("badge success");
            badges.add(published);
        }
        if (summary.draftVersionId() != null) {
            Span draft = new Span(getTranslation("guide.draft"));
            draft.getElement().getThemeList().add("badge contrast");
            badges.add(draft);
        }
        badges.addClassName("version-badges");
        return badges;
    }

    private void reload() {
        all = guides.library();
        filter();
    }

    private void filter() {
        String text = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(all.stream()
                .filter(summary -> text.isEmpty()
                        || summary.titleKo().toLowerCase(Locale.ROOT).contains(text)
                        || summary.titleEn().toLowerCase(Locale.ROOT).contains(text)
                        || summary.slug().contains(text))
                .toList());
    }

    /** The guides the grid currently shows (after the search), for tests and for keyboard users' counts. */
    public List<GuideSummary> shownGuides() {
        return grid.getListDataView().getItems().toList();
    }

    private void open(GuideSummary summary) {
        getUI().ifPresent(ui -> ui.navigate(GuideDetailView.class, new RouteParameters("guideId", String.valueOf(summary.guideId()))));
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("guide.new"));
        TextField titleKo = new TextField(getTranslation("guide.field.title-ko"));
        TextField titleEn = new TextField(getTranslation("guide.field.title-en"));
        titleKo.setMaxLength(GuideContent.TITLE_MAX);
        titleEn.setMaxLength(GuideContent.TITLE_MAX);
        titleKo.setWidthFull();
        titleEn.setWidthFull();
        VerticalLayout body = new VerticalLayout(titleKo, titleEn);
        body.setPadding(false);
        dialog.add(body);
        Button createButton = new Button(getTranslation("guide.create"), click -> {
            GuideContent content = new GuideContent(LocalizedText.of(titleKo.getValue(), titleEn.getValue()), null,
                    null, null, null, null, null, null);
            UiErrors.attempt(this, java.util.Map.of("title", titleKo), () -> guides.create(content))
                    .ifPresent((RoleGuideVersion version) -> {
                        dialog.close();
                        getUI().ifPresent(ui -> ui.navigate(GuideEditorView.class,
                                new RouteParameters("guideId", String.valueOf(version.getGuideId()))));
                    });
        });
        createButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("dialog.cancel"), click -> dialog.close()), createButton);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("guide.library") + " · " + getTranslation("app.name");
    }
}
