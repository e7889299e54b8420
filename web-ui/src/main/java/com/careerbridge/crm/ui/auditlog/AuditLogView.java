package com.careerbridge.crm.ui.auditlog;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.account.StaffDirectory;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.auditlog.AuditAction;
import com.careerbridge.crm.auditlog.AuditEntry;
import com.careerbridge.crm.auditlog.AuditFilter;
import com.careerbridge.crm.auditlog.AuditOutcome;
import com.careerbridge.crm.auditlog.SecurityAuditLog;
import com.careerbridge.crm.ui.common.Formats;
import com.careerbridge.crm.ui.common.ViewerTime;
import com.vaadin.flow.component.combobox.ComboBox;
import com.careerbridge.crm.ui.common.DatePickers;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The security audit log for administrators: who signed in or failed to, who was refused what, staff and caseload
 * changes, exports, erasures and reads of private notes — newest first, filtered and paged in the database.
 */
@Route("admin/audit")
@RolesAllowed("ADMIN")
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private static final String SYSTEM_ROLE = "SYSTEM";

    private final SecurityAuditLog log;
    private final AccountService accounts;
    final Grid<AuditEntry> grid = new Grid<>();
    final Select<AuditAction> action = new Select<>();
    final Select<AuditOutcome> outcome = new Select<>();
    final ComboBox<UserAccount> actor = new ComboBox<>();
    final TextField candidateId = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final TextField address = new TextField();
    final Span count = new Span();
    private AuditFilter filter = AuditFilter.all();
    private final Map<Long, String> names = new HashMap<>();

    public AuditLogView(SecurityAuditLog log, AccountService accounts, StaffDirectory staff) {
        this.log = log;
        this.accounts = accounts;
        addClassName("audit-log-view");
        setSizeFull();
        Locale locale = getLocale();

        action.setLabel(getTranslation("auditlog.filter.action"));
        action.setItems(AuditAction.values());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("auditlog.filter.any"));
        action.setItemLabelGenerator(a -> a == null ? getTranslation("auditlog.filter.any") : actionLabel(a));
        outcome.setLabel(getTranslation("auditlog.filter.outcome"));
        outcome.setItems(AuditOutcome.values());
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption(getTranslation("auditlog.filter.any"));
        outcome.setItemLabelGenerator(o -> o == null ? getTranslation("auditlog.filter.any") : outcomeLabel(o));
        actor.setLabel(getTranslation("auditlog.filter.actor"));
        actor.setItems(staff.staff());
        actor.setItemLabelGenerator(UserAccount::getDisplayName);
        actor.setClearButtonVisible(true);
        candidateId.setLabel(getTranslation("auditlog.filter.candidate"));
        candidateId.setAllowedCharPattern("[0-9]");
        candidateId.setMaxLength(18);
        candidateId.setValueChangeMode(ValueChangeMode.LAZY);
        candidateId.setClearButtonVisible(true);
        from.setLabel(getTranslation("auditlog.filter.from"));
        DatePickers.localize(from, locale);
        to.setLabel(getTranslation("auditlog.filter.to"));
        DatePickers.localize(to, locale);
        address.setLabel(getTranslation("auditlog.filter.address"));
        address.setMaxLength(64);
        address.setValueChangeMode(ValueChangeMode.LAZY);
        address.setClearButtonVisible(true);
        action.addValueChangeListener(change -> applyFilter());
        outcome.addValueChangeListener(change -> applyFilter());
        actor.addValueChangeListener(change -> applyFilter());
        candidateId.addValueChangeListener(change -> applyFilter());
        from.addValueChangeListener(change -> applyFilter());
        to.addValueChangeListener(change -> applyFilter());
        address.addValueChangeListener(change -> applyFilter());
        FlexLayout filters = new FlexLayout(action, outcome, actor, candidateId, from, to, address);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> Formats.dateTime(e.occurredAt(), ViewerTime.zone(), locale))
                .setHeader(getTranslation("auditlog.column.when")).setAutoWidth(true).setKey("when");
        grid.addColumn(this::actorLabel).setHeader(getTranslation("auditlog.column.actor")).setAutoWidth(true)
                .setKey("actor");
        grid.addColumn(e -> actionLabel(e.action())).setHeader(getTranslation("auditlog.column.action"))
                .setAutoWidth(true).setKey("action");
        grid.addColumn(e -> outcomeLabel(e.outcome())).setHeader(getTranslation("auditlog.column.outcome"))
                .setAutoWidth(true).setKey("outcome");
        grid.addColumn(this::subjectLabel).setHeader(getTranslation("auditlog.column.subject")).setAutoWidth(true)
                .setKey("subject");
        grid.addColumn(e -> e.clientAddress() == null ? "" : e.clientAddress())
                .setHeader(getTranslation("auditlog.column.address")).setAutoWidth(true).setKey("address")
                .setTooltipGenerator(e -> e.userAgent() == null ? "" : e.userAgent());
        grid.addColumn(e -> "{}".equals(e.details()) ? "" : e.details())
                .setHeader(getTranslation("auditlog.column.details")).setFlexGrow(1).setKey("details");
        grid.setItems(query -> page(query.getOffset(), query.getLimit()),
                query -> (int) Math.min(Integer.MAX_VALUE, log.count(filter)));
        grid.setEmptyStateText(getTranslation("auditlog.empty"));

        add(new H2(getTranslation("nav.audit-log")), filters, count, grid);
        expand(grid);
        updateCount();
    }

    void applyFilter() {
        Long candidate = candidateId.getValue().isBlank() ? null : parse(candidateId.getValue());
        Instant start = from.getValue() == null ? null : from.getValue().atStartOfDay(ViewerTime.zone()).toInstant();
        Instant end = to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(ViewerTime.zone()).toInstant();
        filter = AuditFilter.all()
                .withAction(action.getValue())
                .withOutcome(outcome.getValue())
                .withActor(actor.getValue() == null ? null : actor.getValue().getId())
                .withCandidate(candidate)
                .between(start, end)
                .withAddressPrefix(address.getValue());
        grid.getDataProvider().refreshAll();
        updateCount();
    }

    private Stream<AuditEntry> page(int offset, int limit) {
        List<AuditEntry> rows = log.page(filter, offset, Math.min(limit, SecurityAuditLog.MAX_PAGE_SIZE));
        Set<Long> unknown = new HashSet<>();
        rows.stream().map(AuditEntry::actorId).filter(Objects::nonNull).filter(id -> !names.containsKey(id))
                .forEach(unknown::add);
        if (!unknown.isEmpty()) {
            names.putAll(accounts.displayNames(unknown));
        }
        return rows.stream();
    }

    private void updateCount() {
        count.setText(getTranslation("auditlog.count", log.count(filter)));
    }

    private String actorLabel(AuditEntry entry) {
        if (entry.actorId() == null) {
            boolean system = SYSTEM_ROLE.equals(entry.actorRole());
            return getTranslation(system ? "auditlog.actor.system" : "auditlog.actor.anonymous");
        }
        String name = names.getOrDefault(entry.actorId(), "#" + entry.actorId());
        return entry.actorRole() == null ? name : name + " · " + getTranslation("role." + entry.actorRole());
    }

    private String subjectLabel(AuditEntry entry) {
        if (entry.subjectType() == null) {
            return "";
        }
        String type = getTranslation("auditlog.subject." + entry.subjectType().name());
        return entry.subjectId() == null ? type : type + " #" + entry.subjectId();
    }

    private String actionLabel(AuditAction value) {
        return getTranslation("auditlog.action." + value.name());
    }

    private String outcomeLabel(AuditOutcome value) {
        return getTranslation("auditlog.outcome." + value.name());
    }

    private static Long parse(String digits) {
        try {
            return Long.valueOf(digits.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }


    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit-log") + " · " + getTranslation("app.name");
    }
}
