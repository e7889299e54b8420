package com.careerbridge.crm.ui.inbox;

import java.util.List;
import java.util.Map;

import com.careerbridge.crm.live.LiveFeed;
import com.careerbridge.crm.messaging.Conversations;
import com.careerbridge.crm.messaging.InboxFilter;
import com.careerbridge.crm.messaging.InboxRow;
import com.careerbridge.crm.ui.candidate.CandidateView;
import com.careerbridge.crm.ui.common.Formats;
import com.careerbridge.crm.ui.common.LiveRefresh;
import com.careerbridge.crm.ui.common.ViewerTime;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

/**
 * The staff inbox: every conversation the signed-in staff member may see (core decides which), unread for them first,
 * then those waiting for an answer, then the newest; "Waiting for me" keeps only those whose last message is the
 * candidate's. A click opens the candidate's page on its Messages tab. The grid is lazy: core pages the rows.
 * <p>
 * While open, the inbox follows the conversations live: a message sent or read in one the viewer may see (core's
 * {@link LiveFeed} delivers no other) re-reads the rows the grid shows, since a new message or a read moves a row and
 * changes its counts. Changes of other kinds (documents, sessions, …) leave it alone.
 */
@Route("inbox")
@RolesAllowed({"ADMIN", "CONSULTANT"})
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    final Grid<InboxRow> grid = new Grid<>();
    final Checkbox waitingForMe = new Checkbox();
    private final Conversations conversations;

    public InboxView(Conversations conversations, LiveFeed live) {
        this.conversations = conversations;
        addClassName("inbox-view");
        setSizeFull();
        waitingForMe.setLabel(getTranslation("inbox.filter.waiting"));
        waitingForMe.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        grid.addClassName("inbox-grid");
        grid.addColumn(InboxRow::candidateName).setHeader(getTranslation("inbox.column.candidate")).setFlexGrow(2);
        grid.addComponentColumn(this::unreadBadge).setHeader(getTranslation("inbox.column.unread")).setAutoWidth(true);
        grid.addColumn(row -> row.waitingForStaff() ? getTranslation("inbox.waiting") : "")
                .setHeader(getTranslation("inbox.column.state")).setAutoWidth(true);
        grid.addColumn(row -> row.lastMessageAt() == null ? ""
                        : Formats.dateTime(row.lastMessageAt(), ViewerTime.zone(), getLocale()))
                .setHeader(getTranslation("inbox.column.last")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("inbox.empty"));
        grid.setItems(query -> {
            int size = Math.min(query.getPageSize(), Conversations.MAX_INBOX_PAGE);
            List<InboxRow> rows = conversations.inbox(filter(), query.getOffset() / size, size).rows();
            return rows.stream();
        });
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setSizeFull();
        add(waitingForMe, grid);
        // "messages" is the kind core's Conversations announces for every send and read
        LiveRefresh.attach(this, live, change -> "messages".equals(change.kind()),
                change -> grid.getDataProvider().refreshAll());
    }

    private Span unreadBadge(InboxRow row) {
        Span badge = new Span(row.unread() == 0 ? "" : Long.toString(row.unread()));
        if (row.unread() > 0) {
            badge.addClassName("unread-badge");
            badge.getElement().setAttribute("aria-label", getTranslation("inbox.unread", row.unread()));
        }
        return badge;
    }

    InboxFilter filter() {
        return waitingForMe.getValue() ? InboxFilter.WAITING_FOR_ME : InboxFilter.ALL;
    }

    void open(InboxRow row) {
        getUI().ifPresent(ui -> ui.navigate(CandidateView.class,
                new RouteParameters(CandidateView.ID, Long.toString(row.candidateId())),
                QueryParameters.simple(Map.of(CandidateView.TAB, CandidateView.MESSAGES))));
    }

    /** The rows as the grid shows them (the first page), for tests and the unread badge. */
    List<InboxRow> rows() {
        return conversations.inbox(filter(), 0, Conversations.MAX_INBOX_PAGE).rows();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title") + " · " + getTranslation("app.name");
    }
}
