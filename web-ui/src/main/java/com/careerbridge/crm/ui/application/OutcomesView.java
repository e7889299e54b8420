package com.careerbridge.crm.ui.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

import com.careerbridge.crm.application.OutcomesReport;
import com.careerbridge.crm.application.OutcomesReport.ConsultantOutcome;
import com.careerbridge.crm.application.OutcomesReport.RoleOutcome;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.ui.common.DatePickers;
import com.careerbridge.crm.ui.common.UiErrors;
import com.careerbridge.crm.ui.common.ViewerTime;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;

/**
 * Outcomes: per target role, how far the applications sent in a period came, how long an offer took, and how ready
 * the candidates were when they applied — for offers and for the rest. Administrators see the consultancy,
 * consultants their caseload (core decides). Figures resting on too few applications are left blank, and the view
 * says why, with each row's count beside it.
 */
@Route("outcomes")
@RolesAllowed({"ADMIN", "CONSULTANT"})
public class OutcomesView extends VerticalLayout implements HasDynamicTitle {

    final DatePicker from = DatePickers.localize(new DatePicker());
    final DatePicker to = DatePickers.localize(new DatePicker());
    final Grid<RoleOutcome> grid = new Grid<>();
    final Grid<ConsultantOutcome> consultants = new Grid<>();
    final Anchor export = new Anchor(csvHandler(), AttachmentType.DOWNLOAD, "");
    final OutcomesChart chart = new OutcomesChart();
    private final OutcomesReport report;
    private final Language language;
    private final List<String> csvHeader;
    /** What the grid shows, for the download (which runs outside the session lock). */
    private volatile Shown shown = new Shown("", List.of());

    private record Shown(String period, List<RoleOutcome> rows) {
    }

    public OutcomesView(OutcomesReport report, Clock clock) {
        this.report = report;
        setWidthFull();
        LocalDate today = ViewerTime.today(clock);
        from.setLabel(getTranslation("outcomes.from"));
        to.setLabel(getTranslation("outcomes.to"));
        from.setValue(today.minusMonths(12));
        to.setValue(today);
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        language = Language.of(getLocale());
        csvHeader = OutcomesCsv.header(this::getTranslation);
        Button exportLook = new Button(getTranslation("outcomes.csv"), VaadinIcon.DOWNLOAD.create());
        exportLook.setTabIndex(-1); // the link is the one tab stop; the button inside only gives it its look
        export.add(exportLook);
        export.addClassName("export-link");
        HorizontalLayout range = new HorizontalLayout(from, to, export);
        range.setAlignItems(FlexComponent.Alignment.BASELINE);
        range.setWrap(true);
        grid.addColumn(role -> role.title(language)).setHeader(getTranslation("outcomes.role")).setFlexGrow(2);
        grid.addColumn(RoleOutcome::applied).setHeader(getTranslation("outcomes.applied"));
        grid.addColumn(role -> count(role.interviewed(), role.interviewRate()))
                .setHeader(getTranslation("outcomes.interviewed"));
        grid.addColumn(role -> count(role.offered(), role.offerRate())).setHeader(getTranslation("outcomes.offered"));
        grid.addColumn(role -> count(role.accepted(), role.acceptanceRate()))
                .setHeader(getTranslation("outcomes.accepted"));
        grid.addColumn(role -> blankOr(role.medianDaysToOffer(), days -> getTranslation("outcomes.days",
                Math.round(days)))).setHeader(getTranslation("outcomes.median-days"));
        grid.addColumn(role -> blankOr(role.readinessWhenOffered(), this::percent) + " (" + role.offered() + ")")
                .setHeader(getTranslation("outcomes.readiness-offered"));
        grid.addColumn(role -> blankOr(role.readinessWhenNotOffered(), this::percent) + " (" + role.notOffered() + ")")
                .setHeader(getTranslation("outcomes.readiness-not-offered"));
        grid.setEmptyStateText(getTranslation("outcomes.empty"));
        grid.setAllRowsVisible(true);
        consultants.addColumn(row -> row.consultantName() == null ? getTranslation("outcomes.no-consultant")
                : row.consultantName()).setHeader(getTranslation("outcomes.consultant")).setFlexGrow(2);
        consultants.addColumn(ConsultantOutcome::applied).setHeader(getTranslation("outcomes.applied"));
        consultants.addColumn(row -> count(row.offered(), row.offerRate())).setHeader(getTranslation("outcomes.offered"));
        consultants.addColumn(ConsultantOutcome::accepted).setHeader(getTranslation("outcomes.accepted"));
        consultants.setAllRowsVisible(true);
        consultants.setEmptyStateText(getTranslation("outcomes.empty"));
        add(new H2(getTranslation("outcomes.title")), new Paragraph(getTranslation("outcomes.intro",
                OutcomesReport.MINIMUM_SAMPLE)), range, chart, grid, new H3(getTranslation("outcomes.by-consultant")),
                consultants);
        refresh();
    }

    private void refresh() {
        if (DatePickers.unreadable(from, to) != null || from.getValue() == null || to.getValue() == null) {
            return;
        }
        ZoneId zone = ViewerTime.zone();
        java.time.Instant start = from.getValue().atStartOfDay(zone).toInstant();
        java.time.Instant end = to.getValue().plusDays(1).atStartOfDay(zone).toInstant();
        UiErrors.attempt(this, java.util.Map.of("to", to), () -> report.report(start, end)).ifPresent(this::show);
        UiErrors.attempt(this, java.util.Map.of("to", to), () -> report.byConsultant(start, end))
                .ifPresent(consultants::setItems);
    }

    private void show(List<RoleOutcome> rows) {
        grid.setItems(rows);
        shown = new Shown(from.getValue() + "_" + to.getValue(), List.copyOf(rows));
        chart.setVisible(!rows.isEmpty());
        chart.setData(rows.stream().map(role -> role.title(language)).toList(), List.of(
                        series("outcomes.applied", false, rows, RoleOutcome::applied),
                        series("outcomes.interviewed", false, rows, RoleOutcome::interviewed),
                        series("outcomes.offered", false, rows, RoleOutcome::offered),
                        series("outcomes.accepted", false, rows, RoleOutcome::accepted),
                        series("outcomes.readiness-offered", true, rows, RoleOutcome::readinessWhenOffered),
                        series("outcomes.readiness-not-offered", true, rows, RoleOutcome::readinessWhenNotOffered)),
                getTranslation("outcomes.chart.count"), getTranslation("outcomes.chart.readiness"),
                getTranslation("outcomes.chart.summary", rows.stream().map(role -> getTranslation("outcomes.chart.role",
                        role.title(language), role.applied(), role.interviewed(), role.offered(), role.accepted()))
                        .collect(java.util.stream.Collectors.joining(" "))));
    }

    private OutcomesChart.Series series(String key, boolean readiness, List<RoleOutcome> rows,
                                        Function<RoleOutcome, ? extends Number> value) {
        return new OutcomesChart.Series(getTranslation(key), readiness, rows.stream().map(value).toList());
    }

    private DownloadHandler csvHandler() {
        return event -> {
            Shown now = shown;
            event.setFileName("outcomes-" + now.period() + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            OutcomesCsv.write(csvHeader, now.rows(), language, event.getOutputStream());
        };
    }

    private String count(int count, Double rate) {
        return rate == null ? Integer.toString(count) : count + " · " + percent(rate * 100);
    }

    private String percent(double value) {
        return getTranslation("progress.percent", Math.round(value));
    }

    private static String blankOr(Double value, Function<Double, String> format) {
        return value == null ? "–" : format.apply(value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outcomes.title") + " · " + getTranslation("app.name");
    }

    List<RoleOutcome> rows() {
        return grid.getListDataView().getItems().toList();
    }
}
