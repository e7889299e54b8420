package com.careerbridge.crm.ui.candidate;

import java.util.Locale;

import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.ui.common.Formats;
import com.careerbridge.crm.ui.common.MeetingLinks;
import com.careerbridge.crm.ui.common.ViewerTime;
import com.careerbridge.crm.workspace.CandidateWorkspace;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The candidate page's "Sessions" tab: upcoming sessions with their place (a meeting link can be clicked) and agenda,
 * past ones with the shared summary and the private notes, a cancelled one's reason, and a link to the calendar
 * where sessions are planned, moved and cancelled.
 */
class SessionsTab extends VerticalLayout {

    void show(CandidateWorkspace.Sessions sessions) {
        removeAll();
        Anchor schedule = new Anchor("sessions", getTranslation("candidate.sessions.open-calendar"));
        schedule.addClassName("link-button");
        add(schedule);
        add(new H3(getTranslation("candidate.sessions.upcoming")));
        if (sessions.upcoming().isEmpty()) {
            add(CandidatePageParts.emptyText(this, "candidate.sessions.none-upcoming"));
        }
        sessions.upcoming().forEach(s -> add(sessionCard(s, false)));
        add(new H3(getTranslation("candidate.sessions.past")));
        if (sessions.past().isEmpty()) {
            add(CandidatePageParts.emptyText(this, "candidate.sessions.none-past"));
        }
        sessions.past().forEach(s -> add(sessionCard(s, true)));
    }

    private Component sessionCard(CoachingSession session, boolean past) {
        Div card = new Div();
        card.addClassNames("card", "session-card");
        Span when = new Span(Formats.dateTime(session.getStartsAt(), ViewerTime.zone(), getLocale()));
        when.addClassName("card-title");
        Span mode = new Span(getTranslation("session-mode." + session.getMode().name()));
        mode.addClassName("muted");
        Span status = new Span(getTranslation("session-status." + session.getStatus().name()));
        status.addClassNames("session-status", "session-" + session.getStatus().name().toLowerCase(Locale.ROOT));
        HorizontalLayout head = new HorizontalLayout(when, mode, status);
        if (session.isLateCancellation()) {
            // on the record like a no-show: the candidate called it off inside the cut-off
            Span late = new Span(getTranslation("session.late-cancellation"));
            late.addClassNames("session-status", "session-late-cancellation");
            head.add(late);
        }
        if (session.isBookedByCandidate()) {
            Span selfBooked = new Span(getTranslation("session.booked-by-candidate"));
            selfBooked.addClassName("self-booked-badge");
            head.add(selfBooked);
        }
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setWrap(true);
        card.add(head);
        if (session.getLocation() != null) {
            card.add(MeetingLinks.of(session.getLocation()));
        }
        if (session.getCancellationReason() != null) {
            card.add(CandidatePageParts.labelled(this, "session.field.cancellation-reason",
                    session.getCancellationReason()));
        }
        if (session.getAgenda() != null) {
            card.add(CandidatePageParts.labelled(this, "field.agenda", session.getAgenda()));
        }
        if (past && session.getSharedSummary() != null) {
            card.add(CandidatePageParts.labelled(this, "field.sharedSummary", session.getSharedSummary()));
        }
        if (past && session.getPrivateNotes() != null) {
            card.add(CandidatePageParts.labelled(this, "field.privateNotes", session.getPrivateNotes()));
        }
        return card;
    }
}
