package com.careerbridge.crm.ui.candidate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.careerbridge.crm.account.AccountService;
import com.careerbridge.crm.assignment.AssignmentDetails;
import com.careerbridge.crm.assignment.AssignmentOverview;
import com.careerbridge.crm.assignment.AssignmentService;
import com.careerbridge.crm.assignment.ItemState;
import com.careerbridge.crm.timeline.ActivityEntry;
import com.careerbridge.crm.timeline.ActivityService;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.candidate.CandidateStatusChange;
import com.careerbridge.crm.candidate.PipelineStatus;
import com.careerbridge.crm.digest.CandidateMails;
import com.careerbridge.crm.digest.DigestService;
import com.careerbridge.crm.readiness.ReadinessService;
import com.careerbridge.crm.readiness.ReadinessSnapshot;
import com.careerbridge.crm.roleguide.GuideSummary;
import com.careerbridge.crm.roleguide.RoleGuideService;
import com.careerbridge.crm.session.ActionItem;
import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.crm.session.SessionStatus;
import com.careerbridge.crm.shared.ConflictException;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.shared.NotFoundException;
import com.careerbridge.crm.targetrole.TargetRole;
import com.careerbridge.crm.targetrole.TargetRoleForm;
import com.careerbridge.crm.targetrole.TargetRoleService;
import com.careerbridge.crm.targetrole.TargetRoleStatus;
import com.careerbridge.crm.ui.assign.AssignGuideDialog;
import com.careerbridge.crm.ui.common.ViewerTime;
import com.careerbridge.crm.ui.privacy.PrivacyActions;
import com.careerbridge.crm.ui.common.Formats;
import com.careerbridge.crm.ui.common.UiErrors;
import com.careerbridge.crm.ui.mail.CandidateEmailsPanel;
import com.careerbridge.crm.ui.preferences.EmailPreferencesPanel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Everything about one candidate for their consultant: profile and pipeline, target roles with readiness, assigned
 * guides to verify, sessions and action items, private notes and the timeline. Someone who may not see the candidate
 * (another consultant's, or a wrong id) gets the same calm "not found" page, never an error page.
 */
@Route("candidates/:id")
@RolesAllowed({"ADMIN", "CONSULTANT"})
public class CandidateView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ID = "id";

    private final CandidateService candidates;
    private final TargetRoleService targetRoles;
    private final RoleGuideService guides;
    private final AssignmentService assignments;
    private final SessionService sessions;
    private final ReadinessService readiness;
    private final ActivityService activities;
    private final AccountService accounts;
    private final DigestService digests;
    private final CandidateMails candidateMails;
    private final Clock clock;
    private final PrivacyActions privacyActions;

    private Candidate candidate;
    private Map<Long, GuideSummary> guideById = Map.of();
    private String title = "";

    final Div notFound = new Div();
    final VerticalLayout rolesPanel = new VerticalLayout();
    final VerticalLayout guidesPanel = new VerticalLayout();
    final VerticalLayout sessionsPanel = new VerticalLayout();
    final VerticalLayout actionsPanel = new VerticalLayout();
    final VerticalLayout notesPanel = new VerticalLayout();
    final VerticalLayout timelinePanel = new VerticalLayout();
    final VerticalLayout statusPanel = new VerticalLayout();
    final TextArea notes = new TextArea();
    final Div notesConflict = new Div();
    final ReadinessChart chart = new ReadinessChart();
    final Select<PipelineStatus> nextStatus = new Select<>();

    public CandidateView(CandidateService candidates, TargetRoleService targetRoles, RoleGuideService guides,
                         AssignmentService assignments, SessionService sessions, ReadinessService readiness,
                         ActivityService activities, AccountService accounts, DigestService digests,
                         CandidateMails candidateMails, Clock clock, PrivacyActions privacyActions) {
        this.candidates = candidates;
        this.targetRoles = targetRoles;
        this.guides = guides;
        this.assignments = assignments;
        this.sessions = sessions;
        this.readiness = readiness;
        this.activities = activities;
        this.accounts = accounts;
        this.digests = digests;
        this.candidateMails = candidateMails;
        this.clock = clock;
        this.privacyActions = privacyActions;
        addClassName("candidate-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get(ID).orElse("");
        try {
            candidate = candidates.get(Long.parseLong(raw));
        } catch (NumberFormatException | NotFoundException e) {
            showNotFound();
            return;
        }
        render();
    }

    private void showNotFound() {
        removeAll();
        candidate = null;
        title = getTranslation("candidate.not-found.title");
        notFound.removeAll();
        notFound.addClassName("not-found");
        notFound.add(new H2(getTranslation("candidate.not-found.title")),
                new Paragraph(getTranslation("not-found.candidate")),
                new RouterLink(getTranslation("candidate.back-to-list"), CandidateListView.class));
        add(notFound);
    }

    private Language language() {
        return Language.of(getLocale());
    }

    private Locale locale() {
        return getLocale();
    }

    void render() {
        removeAll();
        title = candidate.getFullName();
        guideById = guides.library().stream().collect(Collectors.toMap(GuideSummary::guideId, Function.identity()));
        add(new RouterLink(getTranslation("candidate.back-to-list"), CandidateListView.class), profile());

        TabSheet tabs = new TabSheet();
        tabs.addClassName("candidate-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("candidate.tab.roles"), rolesPanel);
        tabs.add(getTranslation("candidate.tab.guides"), guidesPanel);
        tabs.add(getTranslation("candidate.tab.sessions"), sessionsPanel);
        tabs.add(getTranslation("candidate.tab.actions"), actionsPanel);
        tabs.add(getTranslation("candidate.tab.notes"), notesPanel);
        tabs.add(getTranslation("candidate.tab.timeline"), timelinePanel);
        VerticalLayout emails = new VerticalLayout(new EmailPreferencesPanel(candidates, candidate, saved -> {
            candidate = saved;
            refreshTimeline();
        }), new CandidateEmailsPanel(digests, candidateMails, candidate.getId()));
        emails.setPadding(false);
        tabs.add(getTranslation("candidate.tab.emails"), emails);
        add(tabs);
        refreshRoles();
        refreshGuides();
        refreshSessions();
        refreshNotes();
        refreshTimeline();
    }

    private void reloadCandidate() {
        candidate = candidates.get(candidate.getId());
    }

    // --- profile and pipeline ---------------------------------------------------------------------------------

    private Component profile() {
        Div card = new Div();
        card.addClassNames("card", "candidate-profile");
        H2 name = new H2(candidate.getFullName());
        name.addClassName("candidate-name");
        Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(), click ->
                new CandidateFormDialog(candidates, candidate, List.of(), saved -> {
                    reloadCandidate();
                    render();
                }).open());
        HorizontalLayout top = new HorizontalLayout(name, StatusBadge.of(candidate.getPipelineStatus()), new Span(), edit,
                privacyActions.forCandidate(candidate));
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.expand(top.getComponentAt(2));

        FormLayout facts = new FormLayout();
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2),
                new FormLayout.ResponsiveStep("60rem", 3));
        facts.addFormItem(new Span(candidate.getEmail().value()), getTranslation("field.email"));
        facts.addFormItem(new Span(candidate.getPhone() == null ? "—" : candidate.getPhone().value()), getTranslation("field.phone"));
        facts.addFormItem(new Span(getTranslation("career-stage." + candidate.getCareerStage().name())), getTranslation("field.careerStage"));
        facts.addFormItem(new Span(join(candidate.getCurrentTitle(), candidate.getCurrentCompany())), getTranslation("candidate.current-job"));
        facts.addFormItem(new Span(getTranslation("language." + candidate.getPreferredLanguage().code())), getTranslation("field.language"));
        facts.addFormItem(new Span(candidate.getTimeZone().getId()), getTranslation("field.timeZone"));
        String consultantName = candidate.getConsultantId() == null ? getTranslation("candidates.unassigned")
                : accounts.displayNames(List.of(candidate.getConsultantId())).getOrDefault(candidate.getConsultantId(), "—");
        facts.addFormItem(new Span(consultantName), getTranslation("field.consultant"));
        facts.addFormItem(new Span(candidate.getTags().isEmpty() ? "—" : String.join(", ", candidate.getTags())), getTranslation("field.tags"));

        refreshStatus();
        card.add(top, facts, statusPanel);
        return card;
    }

    private static String join(String first, String second) {
        String joined = java.util.stream.Stream.of(first, second).filter(Objects::nonNull).filter(s -> !s.isBlank())
                .collect(Collectors.joining(" · "));
        return joined.isEmpty() ? "—" : joined;
    }

    private void refreshStatus() {
        statusPanel.removeAll();
        statusPanel.setPadding(false);
        statusPanel.addClassName("status-panel");
        nextStatus.setLabel(getTranslation("candidate.status.move-to"));
        List<PipelineStatus> allowed = Arrays.stream(PipelineStatus.values())
                .filter(candidate.getPipelineStatus()::canMoveTo).toList();
        nextStatus.setItems(allowed);
        nextStatus.setItemLabelGenerator(status -> getTranslation("pipeline." + status.name()));
        nextStatus.setValue(null);
        Button move = new Button(getTranslation("candidate.status.change"), click -> changeStatus());
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout change = new HorizontalLayout(nextStatus, move);
        change.setAlignItems(FlexComponent.Alignment.BASELINE);

        List<CandidateStatusChange> history = candidates.statusHistory(candidate.getId());
        Map<Long, String> names = accounts.displayNames(history.stream().map(CandidateStatusChange::getChangedBy)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        UnorderedList list = new UnorderedList();
        list.addClassName("status-history");
        for (CandidateStatusChange step : history.reversed()) {
            String from = step.getFromStatus() == null ? getTranslation("candidate.status.new")
                    : getTranslation("pipeline." + step.getFromStatus().name());
            list.add(new ListItem(getTranslation("candidate.status.history-entry", from,
                    getTranslation("pipeline." + step.getToStatus().name()),
                    Formats.dateTime(step.getChangedAt(), ViewerTime.zone(), locale()),
                    step.getChangedBy() == null ? getTranslation("candidate.system") : names.getOrDefault(step.getChangedBy(), "—"))));
        }
        Details historyDetails = new Details(getTranslation("candidate.status.history"), list);
        statusPanel.add(change, historyDetails);
    }

    void changeStatus() {
        PipelineStatus target = nextStatus.getValue();
        if (target == null) {
            nextStatus.setErrorMessage(getTranslation("error.required"));
            nextStatus.setInvalid(true);
            return;
        }
        UiErrors.attempt(this, Map.of("target", nextStatus),
                () -> candidates.changeStatus(candidate.getId(), candidate.getVersion(), target)).ifPresent(saved -> {
            UiErrors.success(getTranslation("candidate.status.changed", getTranslation("pipeline." + target.name())));
            reloadCandidate();
            render();
        });
    }

    // --- target roles and readiness ---------------------------------------------------------------------------

    void refreshRoles() {
        rolesPanel.removeAll();
        List<TargetRole> roles = targetRoles.forCandidate(candidate.getId());
        Button add = new Button(getTranslation("candidate.roles.add"), VaadinIcon.PLUS.create(), click -> openRoleDialog(null, roles));
        rolesPanel.add(add);
        if (roles.isEmpty()) {
            rolesPanel.add(emptyText("candidate.roles.empty"));
            return;
        }
        for (TargetRole role : roles) {
            rolesPanel.add(roleCard(role, roles));
        }
        rolesPanel.add(new H3(getTranslation("candidate.roles.trend")), chart);
        drawTrend(roles);
    }

    private String guideTitle(long guideId) {
        GuideSummary guide = guideById.get(guideId);
        return guide == null ? "—" : guide.title(language());
    }

    private Component roleCard(TargetRole role, List<TargetRole> all) {
        Div card = new Div();
        card.addClassNames("card", "target-role-card");
        Span name = new Span(guideTitle(role.getGuideId()));
        name.addClassName("card-title");
        Span meta = new Span(getTranslation("candidate.roles.meta", role.getPriority(),
                getTranslation("target-role-status." + role.getStatus().name())));
        meta.addClassName("muted");
        ProgressBar bar = new ProgressBar(0, 100, role.getReadiness());
        bar.getElement().setAttribute("aria-label", getTranslation("field.readiness"));
        Span score = new Span(getTranslation("candidates.percent", role.getReadiness()));
        score.addClassName("readiness-score");
        HorizontalLayout barRow = new HorizontalLayout(bar, score);
        barRow.setWidthFull();
        barRow.setAlignItems(FlexComponent.Alignment.CENTER);
        barRow.expand(bar);
        Button edit = new Button(getTranslation("action.edit"), click -> openRoleDialog(role, all));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button remove = new Button(getTranslation("action.remove"), click -> confirm(
                getTranslation("candidate.roles.remove-confirm", guideTitle(role.getGuideId())), () ->
                        UiErrors.attempt(this, Map.of(), () -> {
                            targetRoles.remove(role.getId(), role.getVersion());
                            return role;
                        }).ifPresent(done -> refreshRoles())));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        HorizontalLayout head = new HorizontalLayout(name, meta, new Span(), edit, remove);
        head.setWidthFull();
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.expand(head.getComponentAt(2));
        head.setWrap(true);
        card.add(head, barRow);
        if (!role.getTargetCompanies().isEmpty()) {
            Span companies = new Span(getTranslation("candidate.roles.companies", String.join(", ", role.getTargetCompanies())));
            companies.addClassName("muted");
            card.add(companies);
        }
        return card;
    }

    private void openRoleDialog(TargetRole existing, List<TargetRole> current) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "candidate.roles.add" : "candidate.roles.edit"));
        ComboBox<GuideSummary> guide = new ComboBox<>(getTranslation("field.targetRole"));
        Set<Long> taken = current.stream().map(TargetRole::getGuideId).collect(Collectors.toSet());
        guide.setItems(guideById.values().stream()
                .filter(g -> g.latestPublished() != null && (existing != null || !taken.contains(g.guideId())))
                .sorted(Comparator.comparing(g -> g.title(language()))).toList());
        guide.setItemLabelGenerator(g -> g.title(language()));
        IntegerField priority = new IntegerField(getTranslation("field.priority"));
        priority.setMin(TargetRole.PRIORITY_MIN);
        priority.setMax(TargetRole.PRIORITY_MAX);
        priority.setStepButtonsVisible(true);
        priority.setHelperText(getTranslation("candidate.roles.priority-help"));
        Select<TargetRoleStatus> status = new Select<>();
        status.setLabel(getTranslation("field.status"));
        status.setItems(TargetRoleStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("target-role-status." + s.name()));
        TextField companies = new TextField(getTranslation("field.targetCompanies"));
        companies.setHelperText(getTranslation("candidate.form.tags-help"));
        if (existing == null) {
            priority.setValue(1);
            status.setValue(TargetRoleStatus.EXPLORING);
        } else {
            guide.setValue(guideById.get(existing.getGuideId()));
            guide.setReadOnly(true);
            priority.setValue(existing.getPriority());
            status.setValue(existing.getStatus());
            companies.setValue(String.join(", ", existing.getTargetCompanies()));
        }
        FormLayout form = new FormLayout(guide, priority, status, companies);
        form.setColspan(guide, 2);
        form.setColspan(companies, 2);
        dialog.add(form);
        Map<String, HasValidation> fields = Map.of("guideId", guide, "priority", priority, "status", status,
                "targetCompanies", companies);
        Button save = new Button(getTranslation("action.save"), click -> {
            if (guide.getValue() == null) {
                guide.setErrorMessage(getTranslation("error.required"));
                guide.setInvalid(true);
                return;
            }
            TargetRoleForm form2 = new TargetRoleForm(priority.getValue(),
                    Arrays.stream(companies.getValue().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                    status.getValue());
            UiErrors.attempt(this, fields, () -> existing == null
                    ? targetRoles.add(candidate.getId(), guide.getValue().guideId(), form2)
                    : targetRoles.update(existing.getId(), existing.getVersion(), form2)).ifPresent(saved -> {
                dialog.close();
                refreshRoles();
                refreshTimeline();
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    /** One label per day that had a change; each role's line keeps its last score until the next change. */
    private void drawTrend(List<TargetRole> roles) {
        Map<Long, List<ReadinessSnapshot>> history = readiness.history(candidate.getId());
        TreeSet<LocalDate> days = new TreeSet<>();
        history.values().forEach(list -> list.forEach(s -> days.add(LocalDate.ofInstant(s.getComputedAt(), ViewerTime.zone()))));
        days.add(LocalDate.now(clock.withZone(ViewerTime.zone())));
        List<LocalDate> axis = new ArrayList<>(days);
        List<ReadinessChart.Series> series = new ArrayList<>();
        for (TargetRole role : roles) {
            List<ReadinessSnapshot> snapshots = history.getOrDefault(role.getId(), List.of());
            List<Integer> scores = new ArrayList<>();
            Integer last = null;
            int next = 0;
            for (LocalDate day : axis) {
                while (next < snapshots.size()
                        && !LocalDate.ofInstant(snapshots.get(next).getComputedAt(), ViewerTime.zone()).isAfter(day)) {
                    last = snapshots.get(next).getScore();
                    next++;
                }
                scores.add(last);
            }
            series.add(new ReadinessChart.Series(guideTitle(role.getGuideId()), scores));
        }
        chart.setData(axis.stream().map(day -> Formats.shortDate(day, locale())).toList(), series,
                getTranslation("candidate.roles.trend"));
    }

    // --- assigned guides ---------------------------------------------------------------------------------------

    void refreshGuides() {
        guidesPanel.removeAll();
        Button assign = new Button(getTranslation("candidate.guides.assign"), VaadinIcon.PLUS.create(), click ->
                AssignGuideDialog.forCandidate(assignments, candidates, guides, candidate.getId(), result -> {
                    refreshGuides();
                    refreshRoles();
                    refreshTimeline();
                }).open());
        guidesPanel.add(assign);
        List<AssignmentOverview> list = assignments.forCandidate(candidate.getId());
        if (list.isEmpty()) {
            guidesPanel.add(emptyText("candidate.guides.empty"));
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ViewerTime.zone()));
        for (AssignmentOverview overview : list) {
            guidesPanel.add(guideCard(overview, today));
        }
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
            Span due = new Span(getTranslation("candidate.guides.due", Formats.date(overview.dueDate(), locale())));
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
                                refreshGuides();
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
                : getTranslation("candidate.guides.last-read", Formats.dateTime(overview.lastReadAt(), ViewerTime.zone(), locale())));
        read.addClassName("muted");
        VerticalLayout items = new VerticalLayout();
        items.setPadding(false);
        items.setSpacing(false);
        Details checklist = new Details(getTranslation("candidate.guides.checklist"), items);
        checklist.addOpenedChangeListener(opened -> {
            if (opened.isOpened() && items.getComponentCount() == 0) {
                fillChecklist(items, overview);
            }
        });
        card.add(head, bar, progress, read, checklist);
        return card;
    }

    void fillChecklist(VerticalLayout items, AssignmentOverview overview) {
        AssignmentDetails details = assignments.get(overview.assignmentId());
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
                            refreshGuides();
                            refreshRoles();
                        }, () -> verified.setValue(change.getOldValue()));
            });
            items.add(verified);
        }
    }

    // --- sessions and action items -------------------------------------------------------------------------------

    void refreshSessions() {
        sessionsPanel.removeAll();
        actionsPanel.removeAll();
        Anchor schedule = new Anchor("sessions", getTranslation("candidate.sessions.open-calendar"));
        schedule.addClassName("link-button");
        sessionsPanel.add(schedule);
        List<CoachingSession> all = sessions.forCandidate(candidate.getId());
        Instant now = clock.instant();
        List<CoachingSession> upcoming = all.stream()
                .filter(s -> s.getStatus() == SessionStatus.SCHEDULED && s.getEndsAt().isAfter(now))
                .sorted(Comparator.comparing(CoachingSession::getStartsAt)).toList();
        List<CoachingSession> past = all.stream().filter(s -> !upcoming.contains(s))
                .sorted(Comparator.comparing(CoachingSession::getStartsAt).reversed()).toList();
        sessionsPanel.add(new H3(getTranslation("candidate.sessions.upcoming")));
        if (upcoming.isEmpty()) {
            sessionsPanel.add(emptyText("candidate.sessions.none-upcoming"));
        }
        upcoming.forEach(s -> sessionsPanel.add(sessionCard(s, false)));
        sessionsPanel.add(new H3(getTranslation("candidate.sessions.past")));
        if (past.isEmpty()) {
            sessionsPanel.add(emptyText("candidate.sessions.none-past"));
        }
        past.forEach(s -> sessionsPanel.add(sessionCard(s, true)));

        LocalDate today = LocalDate.now(clock.withZone(ViewerTime.zone()));
        List<Map.Entry<CoachingSession, ActionItem>> items = new ArrayList<>();
        all.forEach(s -> s.getActionItems().forEach(item -> items.add(Map.entry(s, item))));
        items.sort(Comparator.comparing((Map.Entry<CoachingSession, ActionItem> e) -> e.getValue().isDone())
                .thenComparing(e -> e.getValue().getDueDate(), Comparator.nullsLast(Comparator.naturalOrder())));
        if (items.isEmpty()) {
            actionsPanel.add(emptyText("candidate.actions.empty"));
        }
        for (Map.Entry<CoachingSession, ActionItem> entry : items) {
            actionsPanel.add(actionItemRow(entry.getKey(), entry.getValue(), today));
        }
    }

    private Component sessionCard(CoachingSession session, boolean past) {
        Div card = new Div();
        card.addClassNames("card", "session-card");
        Span when = new Span(Formats.dateTime(session.getStartsAt(), ViewerTime.zone(), locale()));
        when.addClassName("card-title");
        Span mode = new Span(getTranslation("session-mode." + session.getMode().name()));
        mode.addClassName("muted");
        Span status = new Span(getTranslation("session-status." + session.getStatus().name()));
        status.addClassNames("session-status", "session-" + session.getStatus().name().toLowerCase(Locale.ROOT));
        HorizontalLayout head = new HorizontalLayout(when, mode, status);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setWrap(true);
        card.add(head);
        if (session.getAgenda() != null) {
            card.add(labelled("field.agenda", session.getAgenda()));
        }
        if (past && session.getSharedSummary() != null) {
            card.add(labelled("field.sharedSummary", session.getSharedSummary()));
        }
        if (past && session.getPrivateNotes() != null) {
            card.add(labelled("field.privateNotes", session.getPrivateNotes()));
        }
        return card;
    }

    private Component labelled(String key, String text) {
        Div block = new Div();
        block.addClassName("labelled-text");
        Span label = new Span(getTranslation(key));
        label.addClassName("muted");
        Paragraph body = new Paragraph(text);
        block.add(label, body);
        return block;
    }

    private Component actionItemRow(CoachingSession session, ActionItem item, LocalDate today) {
        Checkbox done = new Checkbox(item.getDescription(), item.isDone());
        done.addClassName("action-item");
        if (item.getDueDate() != null) {
            done.setHelperText(getTranslation("candidate.actions.due", Formats.date(item.getDueDate(), locale())));
        }
        if (item.isOverdue(today)) {
            done.addClassName("overdue");
        }
        done.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                UiErrors.attempt(this, Map.of(), () -> {
                    sessions.markActionItem(session.getId(), item.getId(), change.getValue());
                    return item;
                }).ifPresentOrElse(ok -> refreshTimeline(), () -> done.setValue(change.getOldValue()));
            }
        });
        return done;
    }

    // --- notes -----------------------------------------------------------------------------------------------------

    void refreshNotes() {
        notesPanel.removeAll();
        notes.setLabel(getTranslation("candidate.notes.label"));
        notes.setHelperText(getTranslation("candidate.notes.help"));
        notes.setMaxLength(Candidate.NOTES_MAX);
        notes.setWidthFull();
        notes.setMinHeight("12rem");
        notes.setValue(candidate.getStaffNotes() == null ? "" : candidate.getStaffNotes());
        notesConflict.addClassName("form-conflict");
        notesConflict.setVisible(false);
        Button save = new Button(getTranslation("action.save"), click -> saveNotes());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        notesPanel.add(notesConflict, notes, save);
    }

    void saveNotes() {
        String text = notes.getValue();
        notes.setInvalid(false);
        try {
            candidates.replaceStaffNotes(candidate.getId(), candidate.getVersion(), text);
            reloadCandidate();
            notesConflict.setVisible(false);
            UiErrors.success(getTranslation("candidate.notes.saved"));
            refreshTimeline();
        } catch (InvalidValueException | ConflictException | NotFoundException | OptimisticLockingFailureException e) {
            notesConflict.setText(getTranslation(ConflictException.STALE));
            notesConflict.setVisible(UiErrors.isStaleEdit(e));
            UiErrors.show(this, e, Map.of("staffNotes", notes));
        }
    }

    // --- timeline ----------------------------------------------------------------------------------------------

    void refreshTimeline() {
        timelinePanel.removeAll();
        List<ActivityEntry> entries = activities.timeline(candidate.getId(), 100);
        if (entries.isEmpty()) {
            timelinePanel.add(emptyText("candidate.timeline.empty"));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("timeline");
        for (ActivityEntry entry : entries) {
            ListItem item = new ListItem();
            Span when = new Span(Formats.dateTime(entry.occurredAt(), ViewerTime.zone(), locale()));
            when.addClassName("muted");
            Span what = new Span(getTranslation("activity." + entry.action()));
            what.addClassName("timeline-action");
            Span who = new Span(entry.actorName() == null ? getTranslation("candidate.system") : entry.actorName());
            who.addClassName("muted");
            item.add(when, what, who);
            list.add(item);
        }
        timelinePanel.add(list);
    }

    private Component emptyText(String key) {
        Paragraph empty = new Paragraph(getTranslation(key));
        empty.addClassName("empty-state");
        return empty;
    }

    private void confirm(String question, Runnable action) {
        Dialog dialog = new Dialog(new Paragraph(question));
        Button yes = new Button(getTranslation("action.remove"), click -> {
            dialog.close();
            action.run();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), yes);
        dialog.open();
    }

    Candidate candidate() {
        return candidate;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
