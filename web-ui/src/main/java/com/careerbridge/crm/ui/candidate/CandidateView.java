package com.careerbridge.crm.ui.candidate;

import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.candidate.PipelineStatus;
import com.careerbridge.crm.live.LiveChange;
import com.careerbridge.crm.live.LiveFeed;
import com.careerbridge.crm.shared.NotFoundException;
import com.careerbridge.crm.ui.candidate.CandidatePageParts.Part;
import com.careerbridge.crm.ui.common.LiveRefresh;
import com.careerbridge.crm.workspace.CandidateWorkspace;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/**
 * Everything about one candidate for their consultant: profile and pipeline, target roles with readiness, assigned
 * guides to verify, sessions and action items, private notes, the timeline and e-mails. The page is read through
 * {@link CandidateWorkspace} (which decides who may see the candidate) and shown by one part per tab, which refresh
 * each other after a change. Someone who may not see the candidate (another consultant's, or a wrong id) gets the same
 * calm "not found" page, never an error page.
 */
@Route("candidates/:id")
@RolesAllowed({"ADMIN", "CONSULTANT"})
public class CandidateView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ID = "id";
    /** The query parameter that opens a tab ({@code ?tab=messages}). */
    public static final String TAB = "tab";
    public static final String MESSAGES = "messages";
    public static final String DOCUMENTS = "documents";
    /** The assigned guides tab (a message about a guide or one of its items links here). */
    public static final String GUIDES = "guides";

    private final CandidateWorkspace workspace;
    private final CandidateHeader header;
    private final TargetRolesTab roles;
    private final AssignedGuidesTab guides;
    private final SessionsTab sessions = new SessionsTab();
    private final ActionItemsTab actions;
    private final NotesTab notesTab;
    private final TimelineTab timeline;
    private final EmailsTab emails;
    private final ApplicationsTab applications;
    private final MessagesTab messages;
    private final DocumentsTab documents;
    private TabSheet tabs;
    private Tab messagesTab;
    private Tab documentsTab;
    private Tab guidesTab;

    final Div notFound = new Div();
    final Select<PipelineStatus> nextStatus;
    final TextArea notes;
    final Div notesConflict;

    /** The candidate as last read or saved here: its version is what the next change expects. */
    private Candidate candidate;
    /** The candidate shown, for the live feed's thread (-1: none). */
    private volatile long shownId = -1;
    private String title = "";

    public CandidateView(CandidateWorkspace workspace, CandidateHeader header, TargetRolesTab roles,
                         AssignedGuidesTab guides, ActionItemsTab actions, NotesTab notesTab, TimelineTab timeline,
                         EmailsTab emails, ApplicationsTab applications, MessagesTab messages,
                         DocumentsTab documents, LiveFeed live) {
        this.workspace = workspace;
        this.header = header;
        this.roles = roles;
        this.guides = guides;
        this.actions = actions;
        this.notesTab = notesTab;
        this.timeline = timeline;
        this.emails = emails;
        this.applications = applications;
        this.messages = messages;
        this.documents = documents;
        this.nextStatus = header.nextStatus;
        this.notes = notesTab.notes;
        this.notesConflict = notesTab.conflict;
        CandidatePageParts.Refresh refresh = this::refresh;
        header.bind(this::candidate, this::reload);
        roles.bind(refresh);
        guides.bind(refresh);
        actions.bind(refresh);
        notesTab.bind(this::candidate, this::saved);
        emails.bind(this::saved);
        applications.bind(() -> timeline.refresh());
        addClassName("candidate-view");
        // A session of this candidate planned, moved, cancelled or completed elsewhere — in the calendar, by the
        // candidate booking in the portal or the app, on any instance — shows here without reloading the page.
        LiveRefresh.attach(this, live, change -> change.candidateId() == shownId && isAboutSessions(change),
                change -> refreshSessions());
        // A message from the candidate (or read elsewhere) and a document uploaded or commented, on any instance.
        LiveRefresh.attach(this, live, change -> change.candidateId() == shownId
                        && (MESSAGES.equals(change.kind()) || DOCUMENTS.equals(change.kind())),
                change -> refreshConversation(change.kind()));
    }

    /** The messages (marked read when the tab is open) or the documents read again. */
    void refreshConversation(String kind) {
        if (candidate == null) {
            return;
        }
        if (MESSAGES.equals(kind)) {
            messages.refresh();
            markReadIfOpen();
        } else {
            documents.refresh();
            messages.refreshTopics();
        }
    }

    private void markReadIfOpen() {
        if (tabs != null && tabs.getSelectedTab() == messagesTab) {
            messages.markRead();
        }
    }

    /** Selects the Messages, Documents or Guides tab (the inbox opens the page on Messages, a message's chip on the others). */
    void select(String tab) {
        if (tabs == null) {
            return;
        }
        if (MESSAGES.equals(tab)) {
            tabs.setSelectedTab(messagesTab);
        } else if (DOCUMENTS.equals(tab)) {
            tabs.setSelectedTab(documentsTab);
        } else if (GUIDES.equals(tab)) {
            tabs.setSelectedTab(guidesTab);
        }
    }

    static boolean isAboutSessions(LiveChange change) {
        return change.kind().startsWith("session-") || change.kind().startsWith("action-item-");
    }

    /** The sessions and action items tabs (and the timeline that records the change) read again. */
    void refreshSessions() {
        if (candidate == null) {
            return;
        }
        CandidateWorkspace.Sessions fresh = workspace.sessions(candidate.getId());
        sessions.show(fresh);
        actions.show(fresh);
        timeline.refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get(ID).orElse("");
        CandidateWorkspace.Page page;
        try {
            page = workspace.page(Long.parseLong(raw));
        } catch (NumberFormatException | NotFoundException e) {
            showNotFound();
            return;
        }
        render(page);
        event.getLocation().getQueryParameters().getSingleParameter(TAB).ifPresent(this::select);
    }

    private void showNotFound() {
        removeAll();
        tabs = null;
        candidate = null;
        shownId = -1;
        title = getTranslation("candidate.not-found.title");
        notFound.removeAll();
        notFound.addClassName("not-found");
        notFound.add(new H2(getTranslation("candidate.not-found.title")),
                new Paragraph(getTranslation("not-found.candidate")),
                new RouterLink(getTranslation("candidate.back-to-list"), CandidateListView.class));
        add(notFound);
    }

    private void render(CandidateWorkspace.Page page) {
        removeAll();
        candidate = page.header().candidate();
        long id = candidate.getId();
        shownId = id;
        title = candidate.getFullName();
        header.show(page.header());
        add(new RouterLink(getTranslation("candidate.back-to-list"), CandidateListView.class), header);

        tabs = new TabSheet();
        tabs.addClassName("candidate-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("candidate.tab.roles"), roles);
        guidesTab = tabs.add(getTranslation("candidate.tab.guides"), guides);
        tabs.add(getTranslation("candidate.tab.sessions"), sessions);
        tabs.add(getTranslation("candidate.tab.actions"), actions);
        tabs.add(getTranslation("candidate.tab.applications"), applications);
        tabs.add(getTranslation("candidate.tab.notes"), notesTab);
        tabs.add(getTranslation("candidate.tab.timeline"), timeline);
        tabs.add(getTranslation("candidate.tab.emails"), emails);
        messagesTab = tabs.add(getTranslation("candidate.tab.messages"), messages);
        documentsTab = tabs.add(getTranslation("candidate.tab.documents"), documents);
        tabs.addSelectedChangeListener(selected -> markReadIfOpen());
        add(tabs);
        messages.show(id);
        documents.show(id);
        emails.show(candidate);
        roles.show(id, page.roles());
        guides.show(id, page.assignments());
        sessions.show(page.sessions());
        actions.show(page.sessions());
        notesTab.show(candidate);
        timeline.show(id);
        applications.show(id);
    }

    /** After an edit or a status change: the whole page again. */
    private void reload() {
        render(workspace.page(candidate.getId()));
    }

    /** The candidate's record was saved by a part of the page (notes, e-mail settings). */
    private void saved(Candidate saved) {
        candidate = saved;
        timeline.refresh();
    }

    private void refresh(Part... parts) {
        for (Part part : parts) {
            switch (part) {
                case ROLES -> roles.refresh();
                case TIMELINE -> timeline.refresh();
            }
        }
    }

    void changeStatus() {
        header.changeStatus();
    }

    void saveNotes() {
        notesTab.save();
    }

    Candidate candidate() {
        return candidate;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
