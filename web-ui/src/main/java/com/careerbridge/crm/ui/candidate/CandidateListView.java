package com.careerbridge.crm.ui.candidate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import com.careerbridge.crm.account.AuthenticatedUser;
import com.careerbridge.crm.account.StaffDirectory;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.CandidateFilter;
import com.careerbridge.crm.candidate.CandidateImport;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.candidate.CandidateSort;
import com.careerbridge.crm.candidate.CandidateSummary;
import com.careerbridge.crm.candidate.CareerStage;
import com.careerbridge.crm.candidate.PipelineStatus;
import com.careerbridge.crm.roleguide.GuideSummary;
import com.careerbridge.crm.roleguide.RoleGuideService;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.ui.common.Formats;
import com.careerbridge.crm.ui.security.CurrentUser;
import com.careerbridge.crm.ui.common.ViewerTime;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;

/**
 * The caseload as a list that stays fast at any size: filtering, sorting and paging happen in the database. Opens a
 * candidate, creates one, imports a CSV file, or exports what the filters show.
 * <p>
 * Over 350 lines on purpose: the filters, the lazy grid and the address that mirrors them ({@link CandidateListQuery}
 * parses it) change together — a filter change re-queries the grid and rewrites the address, and the address
 * restores the filters — so they stay one class; the dialogs and the export already live in their own.
 */
@Route("candidates")
@RolesAllowed({"ADMIN", "CONSULTANT"})
public class CandidateListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    public static final String STATUS_PARAMETER = "status";

    private final CandidateService candidates;
    private final CandidateImport candidateImport;
    private final List<UserAccount> consultants;
    private final boolean admin;

    final TextField search = new TextField();
    final MultiSelectComboBox<PipelineStatus> statuses = new MultiSelectComboBox<>();
    final ComboBox<UserAccount> consultant = new ComboBox<>();
    final ComboBox<GuideSummary> guide = new ComboBox<>();
    final ComboBox<CareerStage> careerStage = new ComboBox<>();
    final Grid<CandidateSummary> grid = new Grid<>();
    final Span count = new Span();
    final Anchor export;
    private volatile CandidateFilter filter = CandidateFilter.all();
    private volatile CandidateSort sort = CandidateSort.byName();
    private Registration resizeRegistration;
    // while the fields are being set from the address, their change events neither query nor rewrite the address
    private boolean restoring = true;

    /** The list last shown in this session, for the way back to it from a candidate ("← All candidates"). */
    private static final String REMEMBERED_QUERY = CandidateListView.class.getName() + ".query";
    /** Grid column key by sort field; fields without a column (CREATED) fall back to the name. */
    private static final java.util.Map<CandidateSort.Field, String> SORT_COLUMNS = java.util.Map.of(
            CandidateSort.Field.NAME, "name", CandidateSort.Field.EMAIL, "email", CandidateSort.Field.STATUS, "status",
            CandidateSort.Field.CAREER_STAGE, "careerStage", CandidateSort.Field.READINESS, "readiness",
            CandidateSort.Field.UPDATED, "updated");

    public CandidateListView(CandidateService candidates, CandidateImport candidateImport, StaffDirectory staff,
                             RoleGuideService guides, CurrentUser currentUser) {
        this.candidates = candidates;
        this.candidateImport = candidateImport;
        AuthenticatedUser user = currentUser.require();
        this.admin = user.role().name().equals("ADMIN");
        this.consultants = admin ? staff.activeConsultants() : List.of();
        addClassName("candidate-list-view");
        setSizeFull();

        Button create = new Button(getTranslation("candidates.new"), VaadinIcon.PLUS.create(), click -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importCsv = new Button(getTranslation("candidates.import"), VaadinIcon.UPLOAD.create(), click -> openImport());
        export = new Anchor(exportHandler(), com.vaadin.flow.component.html.AttachmentType.DOWNLOAD, "");
        Button exportLook = new Button(getTranslation("candidates.export"), VaadinIcon.DOWNLOAD.create());
        exportLook.setTabIndex(-1); // the link is the one tab stop; the button inside only gives it its look
        export.add(exportLook);
        export.addClassName("export-link");
        H2 title = new H2(getTranslation("nav.candidates"));
        HorizontalLayout header = new HorizontalLayout(title, count, new Span(), importCsv, export, create);
        header.addClassName("view-header");
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(header.getComponentAt(2));
        header.setWrap(true);
        count.addClassName("result-count");

        configureFilters(guides, user);
        FlexLayout filters = new FlexLayout(search, statuses, consultant, guide, careerStage);
        filters.addClassName("filter-bar");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);

        configureGrid();
        add(header, filters, grid);
        expand(grid);
        restoring = false;
    }

    /** On a tablet in portrait or a phone, the columns that matter least give way to the name and status. */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        Page page = attachEvent.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> fitColumns(details.getWindowInnerWidth()));
        resizeRegistration = page.addBrowserWindowResizeListener(resize -> fitColumns(resize.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (resizeRegistration != null) {
            resizeRegistration.remove();
        }
        super.onDetach(detachEvent);
    }

    void fitColumns(int width) {
        grid.getColumnByKey("updated").setVisible(width >= 1100);
        grid.getColumnByKey("careerStage").setVisible(width >= 900);
        grid.getColumnByKey("email").setVisible(width >= 700);
        grid.getColumnByKey("consultant").setVisible(admin && width >= 800);
    }

    private DownloadHandler exportHandler() {
        return event -> {
            event.setFileName("candidates-" + LocalDate.now(ViewerTime.zone()) + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            CandidateCsvExport.write(candidates, filter, sort, event.getOutputStream());
        };
    }

    private void configureFilters(RoleGuideService guides, AuthenticatedUser user) {
        search.setPlaceholder(getTranslation("candidates.search"));
        search.setAriaLabel(getTranslation("candidates.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.TIMEOUT);
        search.setValueChangeTimeout(350);
        search.addValueChangeListener(change -> applyFilter());

        statuses.setPlaceholder(getTranslation("field.pipelineStatus"));
        statuses.setAriaLabel(getTranslation("field.pipelineStatus"));
        statuses.setItems(PipelineStatus.values());
        statuses.setItemLabelGenerator(status -> getTranslation("pipeline." + status.name()));
        statuses.setClearButtonVisible(true);
        statuses.addValueChangeListener(change -> applyFilter());

        consultant.setPlaceholder(getTranslation("field.consultant"));
        consultant.setAriaLabel(getTranslation("field.consultant"));
        consultant.setItems(consultants);
        consultant.setItemLabelGenerator(UserAccount::getDisplayName);
        consultant.setClearButtonVisible(true);
        consultant.setVisible(admin);
        consultant.addValueChangeListener(change -> applyFilter());

        Language language = Language.of(getLocale());
        guide.setPlaceholder(getTranslation("field.targetRole"));
        guide.setAriaLabel(getTranslation("field.targetRole"));
        guide.setItems(guides.library());
        guide.setItemLabelGenerator(summary -> summary.title(language));
        guide.setClearButtonVisible(true);
        guide.addValueChangeListener(change -> applyFilter());

        careerStage.setPlaceholder(getTranslation("field.careerStage"));
        careerStage.setAriaLabel(getTranslation("field.careerStage"));
        careerStage.setItems(CareerStage.values());
        careerStage.setItemLabelGenerator(stage -> getTranslation("career-stage." + stage.name()));
        careerStage.setClearButtonVisible(true);
        careerStage.addValueChangeListener(change -> applyFilter());
    }

    private void configureGrid() {
        Locale locale = getLocale();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(50);
        grid.addColumn(CandidateSummary::fullName).setHeader(getTranslation("field.fullName"))
                .setSortProperty(CandidateSort.Field.NAME.name()).setFlexGrow(2).setKey("name").setFrozen(true);
        grid.addColumn(CandidateSummary::email).setHeader(getTranslation("field.email"))
                .setSortProperty(CandidateSort.Field.EMAIL.name()).setFlexGrow(2).setKey("email");
        grid.addComponentColumn(row -> StatusBadge.of(row.pipelineStatus())).setHeader(getTranslation("field.pipelineStatus"))
                .setSortProperty(CandidateSort.Field.STATUS.name()).setAutoWidth(true).setFlexGrow(0).setKey("status");
        grid.addColumn(row -> getTranslation("career-stage." + row.careerStage().name()))
                .setHeader(getTranslation("field.careerStage")).setSortProperty(CandidateSort.Field.CAREER_STAGE.name())
                .setKey("careerStage");
        grid.addColumn(row -> row.consultantName() == null ? getTranslation("candidates.unassigned") : row.consultantName())
                .setHeader(getTranslation("field.consultant")).setKey("consultant").setVisible(admin);
        grid.addColumn(row -> row.readiness() == null ? "—" : getTranslation("candidates.percent", row.readiness()))
                .setHeader(getTranslation("field.readiness")).setSortProperty(CandidateSort.Field.READINESS.name())
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0).setKey("readiness");
        grid.addColumn(row -> Formats.date(row.updatedAt() == null ? null : LocalDate.ofInstant(row.updatedAt(), ViewerTime.zone()), locale))
                .setHeader(getTranslation("field.updatedAt")).setSortProperty(CandidateSort.Field.UPDATED.name())
                .setAutoWidth(true).setKey("updated");
        grid.setMultiSort(false);
        grid.setItems(query -> {
            sort = sortOf(query.getSortOrders());
            return fetch(query.getOffset(), query.getLimit());
        }, query -> (int) Math.min(Integer.MAX_VALUE, candidates.count(filter)));
        grid.addItemClickListener(click -> open(click.getItem().id()));
        grid.addSortListener(sorted -> {
            sort = sorted.getSortOrder().isEmpty() ? CandidateSort.byName() : SORT_COLUMNS.entrySet().stream()
                    .filter(entry -> entry.getValue().equals(sorted.getSortOrder().getFirst().getSorted().getKey()))
                    .findFirst().map(entry -> new CandidateSort(entry.getKey(),
                            sorted.getSortOrder().getFirst().getDirection() == SortDirection.ASCENDING))
                    .orElse(CandidateSort.byName());
            showInAddress();
        });
        grid.setEmptyStateText(getTranslation("candidates.empty"));
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("name"), SortDirection.ASCENDING)));
        updateCount();
    }

    /** Vaadin may ask for more rows than the service hands out at once; ask in allowed slices. */
    private Stream<CandidateSummary> fetch(int offset, int limit) {
        List<CandidateSummary> rows = new ArrayList<>(Math.min(limit, CandidateService.MAX_PAGE_SIZE));
        int at = offset;
        while (rows.size() < limit) {
            int slice = Math.min(CandidateService.MAX_PAGE_SIZE, limit - rows.size());
            List<CandidateSummary> page = candidates.list(filter, sort, at, slice);
            rows.addAll(page);
            if (page.size() < slice) {
                break;
            }
            at += slice;
        }
        return rows.stream();
    }

    static CandidateSort sortOf(List<QuerySortOrder> orders) {
        if (orders.isEmpty()) {
            return CandidateSort.byName();
        }
        QuerySortOrder order = orders.getFirst();
        return new CandidateSort(CandidateSort.Field.valueOf(order.getSorted()), order.getDirection() == SortDirection.ASCENDING);
    }

    void applyFilter() {
        if (restoring) {
            return;
        }
        refilter();
        showInAddress();
    }

    private void refilter() {
        Set<PipelineStatus> selected = statuses.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(statuses.getValue());
        filter = new CandidateFilter(search.getValue(), selected,
                consultant.getValue() == null ? null : consultant.getValue().getId(),
                guide.getValue() == null ? null : guide.getValue().guideId(),
                careerStage.getValue());
        grid.getDataProvider().refreshAll();
        updateCount();
    }

    CandidateListQuery currentQuery() {
        return new CandidateListQuery(search.getValue(), statuses.getValue(),
                consultant.getValue() == null ? null : consultant.getValue().getId(),
                guide.getValue() == null ? null : guide.getValue().guideId(), careerStage.getValue(), sort);
    }

    /** Rewrites this page's history entry (no new one), so that Back and the way back from a candidate find it. */
    private void showInAddress() {
        if (restoring) {
            return;
        }
        QueryParameters parameters = remember();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location(RouteConfiguration.forSessionScope().getUrl(CandidateListView.class), parameters)));
    }

    private QueryParameters remember() {
        QueryParameters parameters = currentQuery().toParameters();
        VaadinSession.getCurrent().setAttribute(REMEMBERED_QUERY, parameters.getQueryString());
        return parameters;
    }

    private void show(CandidateListQuery query) {
        restoring = true;
        try {
            search.setValue(query.text());
            statuses.setValue(query.statuses());
            consultant.setValue(consultants.stream().filter(c -> c.getId().equals(query.consultantId())).findFirst()
                    .orElse(null));
            guide.setValue(guide.getListDataView().getItems().filter(g -> Long.valueOf(g.guideId()).equals(query.guideId()))
                    .findFirst().orElse(null));
            careerStage.setValue(query.careerStage());
            String column = SORT_COLUMNS.getOrDefault(query.sort().field(), "name");
            boolean ascending = !SORT_COLUMNS.containsKey(query.sort().field()) || query.sort().ascending();
            grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey(column),
                    ascending ? SortDirection.ASCENDING : SortDirection.DESCENDING)));
        } finally {
            restoring = false;
        }
        refilter();
        remember();
    }

    private void updateCount() {
        count.setText(getTranslation("candidates.count", candidates.count(filter)));
    }

    CandidateFilter currentFilter() {
        return filter;
    }

    private void open(long candidateId) {
        getUI().ifPresent(ui -> ui.navigate(CandidateView.class, new RouteParameters(CandidateView.ID, String.valueOf(candidateId))));
    }

    private void openCreate() {
        new CandidateFormDialog(candidates, null, consultants, saved -> open(saved.getId())).open();
    }

    private void openImport() {
        new CandidateImportDialog(candidateImport, consultants, this::applyFilter).open();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        Object remembered = VaadinSession.getCurrent().getAttribute(REMEMBERED_QUERY);
        // A plain /candidates ("← All candidates", the menu) shows the list as it was last left in this session.
        if (parameters.getParameters().isEmpty() && remembered instanceof String query && !query.isEmpty()) {
            event.forwardTo(CandidateListView.class, QueryParameters.fromString(query));
            return;
        }
        show(CandidateListQuery.from(parameters));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.candidates") + " · " + getTranslation("app.name");
    }
}
