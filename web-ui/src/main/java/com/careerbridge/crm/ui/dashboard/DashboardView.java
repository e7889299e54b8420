package com.careerbridge.crm.ui.dashboard;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.careerbridge.crm.account.AuthenticatedUser;
import com.careerbridge.crm.candidate.PipelineStatus;
import com.careerbridge.crm.dashboard.DashboardOverview;
import com.careerbridge.crm.dashboard.DashboardService;
import com.careerbridge.crm.live.LiveFeed;
import com.careerbridge.crm.messaging.Conversations;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.ui.candidate.CandidateListView;
import com.careerbridge.crm.ui.candidate.CandidateView;
import com.careerbridge.crm.ui.common.EntryPanels;
import com.careerbridge.crm.ui.common.Formats;
import com.careerbridge.crm.ui.common.LiveRefresh;
import com.careerbridge.crm.ui.inbox.InboxView;
import com.careerbridge.crm.ui.security.CurrentUser;
import com.careerbridge.crm.ui.common.ViewerTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

/**
 * Where staff land after signing in: their caseload by status, the coming week's sessions, what is overdue or has
 * stalled, and what happened lately. Every entry leads to the candidate. Candidates are sent on to their portal.
 * <p>
 * The unread messages are counted by the conversations' own door (the overview is the caseload's read model and does
 * not read messages); like the menu's badge, the figure follows new messages and reads live.
 */
@Route("")
@PermitAll
public class DashboardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The candidate portal's route (its view lives in the portal feature). */
    public static final String PORTAL_ROUTE = "portal";

    private final DashboardService dashboard;
    private final Conversations conversations;
    private final LiveFeed live;
    private final CurrentUser currentUser;
    /** The number on the unread messages tile. */
    final Span unread = new Span();
    private boolean rendered;

    public DashboardView(DashboardService dashboard, Conversations conversations, LiveFeed live,
                         CurrentUser currentUser) {
        this.dashboard = dashboard;
        this.conversations = conversations;
        this.live = live;
        this.currentUser = currentUser;
        addClassName("dashboard-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AuthenticatedUser user = currentUser.require();
        if (!user.role().isStaff()) {
            event.rerouteTo(PORTAL_ROUTE);
            return;
        }
        if (!rendered) {
            rendered = true;
            render(user);
        }
    }

    private void render(AuthenticatedUser user) {
        DashboardOverview overview = dashboard.overview(ViewerTime.zone());
        Locale locale = getLocale();
        Language language = Language.of(locale);
        H2 welcome = new H2(getTranslation("dashboard.welcome", user.displayName()));
        Paragraph scope = new Paragraph(getTranslation(user.role().name().equals("ADMIN")
                ? "dashboard.scope.admin" : "dashboard.scope.consultant", overview.caseloadTotal()));
        scope.addClassName("muted");
        add(welcome, scope, caseload(overview), applications(overview.applications()), messages());

        Div panels = new Div();
        panels.addClassName("dashboard-panels");
        panels.add(panel("dashboard.upcoming", "dashboard.upcoming.empty", overview.upcomingSessions(), session ->
                entry(session.candidateId(), session.candidateName(),
                        Formats.dateTime(session.startsAt(), ViewerTime.zone(), locale) + " · "
                                + getTranslation("session-mode." + session.mode().name()))));
        panels.add(panel("dashboard.overdue-checklists", "dashboard.overdue-checklists.empty", overview.overdueChecklists(), item ->
                entry(item.candidateId(), item.candidateName(), getTranslation("dashboard.overdue-checklists.entry",
                        language == Language.EN ? item.guideTitleEn() : item.guideTitleKo(), item.openItems(),
                        Formats.date(item.dueDate(), locale)))));
        panels.add(panel("dashboard.overdue-actions", "dashboard.overdue-actions.empty", overview.overdueActionItems(), item ->
                entry(item.candidateId(), item.candidateName(), getTranslation("dashboard.overdue-actions.entry",
                        item.description(), Formats.date(item.dueDate(), locale)))));
        panels.add(panel("dashboard.stalled", "dashboard.stalled.empty", overview.stalledCandidates(), item ->
                entry(item.candidateId(), item.candidateName(), getTranslation("dashboard.stalled.entry",
                        item.bestReadiness(), Formats.date(item.lastMovedAt().atZone(ViewerTime.zone()).toLocalDate(), locale)))));
        panels.add(panel("dashboard.activity", "dashboard.activity.empty", overview.recentActivity(), item ->
                entry(item.candidateId(), item.candidateName(), getTranslation("activity." + item.action()) + " · "
                        + (item.actorName() == null ? getTranslation("candidate.system") : item.actorName()) + " · "
                        + Formats.dateTime(item.occurredAt(), ViewerTime.zone(), locale))));
        add(panels);
    }

    private Component caseload(DashboardOverview overview) {
        Div tiles = new Div();
        tiles.addClassName("caseload-tiles");
        for (PipelineStatus status : PipelineStatus.values()) {
            RouterLink tile = new RouterLink(CandidateListView.class);
            tile.setQueryParameters(QueryParameters.of(CandidateListView.STATUS_PARAMETER, status.name()));
            tile.addClassNames("caseload-tile", "status-" + status.name().toLowerCase(Locale.ROOT));
            Span number = new Span(String.valueOf(overview.caseload().getOrDefault(status, 0L)));
            number.addClassName("tile-number");
            Span label = new Span(getTranslation("pipeline." + status.name()));
            label.addClassName("tile-label");
            tile.add(number, label);
            tiles.add(tile);
        }
        return tiles;
    }

    /** Job applications that need attention, counted; each tile leads to the applications view (#17). */
    private Component applications(DashboardOverview.ApplicationCounts counts) {
        Div tiles = new Div();
        tiles.addClassNames("caseload-tiles", "application-tiles");
        tiles.add(applicationTile(counts.interviewsThisWeek(), "dashboard.applications.interviews"),
                applicationTile(counts.offersWaiting(), "dashboard.applications.offers"),
                applicationTile(counts.stale(), "dashboard.applications.stale"));
        return tiles;
    }

    /** The signed-in staff member's unread messages, leading to the inbox; kept current while the page is open. */
    private Component messages() {
        RouterLink tile = new RouterLink(InboxView.class);
        tile.addClassNames("caseload-tile", "unread-messages-tile");
        unread.addClassName("tile-number");
        Span label = new Span(getTranslation("dashboard.messages.unread"));
        label.addClassName("tile-label");
        tile.add(unread, label);
        refreshUnread();
        LiveRefresh.attach(tile, live, change -> "messages".equals(change.kind()), change -> refreshUnread());
        Div tiles = new Div(tile);
        tiles.addClassNames("caseload-tiles", "message-tiles");
        return tiles;
    }

    void refreshUnread() {
        unread.setText(String.valueOf(conversations.unreadTotal()));
    }

    private RouterLink applicationTile(long count, String labelKey) {
        RouterLink tile = new RouterLink(com.careerbridge.crm.ui.application.ApplicationsView.class);
        tile.addClassName("caseload-tile");
        Span number = new Span(String.valueOf(count));
        number.addClassName("tile-number");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("tile-label");
        tile.add(number, label);
        return tile;
    }

    private <T> Component panel(String titleKey, String emptyKey, List<T> items, Function<T, Component> toEntry) {
        return EntryPanels.panel(getTranslation(titleKey), getTranslation(emptyKey), items, toEntry);
    }

    private Component entry(long candidateId, String candidateName, String detail) {
        return EntryPanels.entry(new RouterLink(CandidateView.class,
                new RouteParameters(CandidateView.ID, String.valueOf(candidateId))), candidateName, detail);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard") + " · " + getTranslation("app.name");
    }
}
