package com.careerbridge.crm.ui.session;

import java.time.Instant;
import java.time.ZoneId;

import com.careerbridge.crm.session.ActionItem;
import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.crm.session.SessionStatus;
import com.careerbridge.crm.ui.common.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;

/** One session at a glance, with what can be done to it now. */
public class SessionDetailsDialog extends Dialog {

    /** What the calendar offers to do with a session. */
    public interface Actions {
        void move(CoachingSession session);

        void complete(CoachingSession session);

        void changed();
    }

    /** {@code now} decides what can be done: a session that has not started can be neither completed nor missed. */
    public SessionDetailsDialog(SessionService sessions, CoachingSession session, String candidateName, ZoneId zone,
                                Instant now, Actions actions) {
        addClassName("session-details-dialog");
        setHeaderTitle(candidateName);
        var locale = getLocale();
        Div body = new Div();
        body.addClassName("session-details");
        body.add(row(VaadinIcon.CALENDAR_CLOCK, Formats.dateTime(session.getStartsAt(), zone, locale) + " – "
                + Formats.time(session.getEndsAt(), zone, locale)));
        if (!zone.equals(session.getTimeZone())) {
            body.add(row(VaadinIcon.GLOBE, getTranslation("session.booked-in", session.getTimeZone().getId(),
                    Formats.time(session.getStartsAt(), session.getTimeZone(), locale))));
        }
        body.add(row(VaadinIcon.CONNECT, getTranslation("session.mode." + session.getMode().name())
                + (session.getLocation() == null ? "" : " · " + session.getLocation())));
        Span status = new Span(getTranslation("session.status." + session.getStatus().name()));
        status.getElement().getThemeList().add("badge " + switch (session.getStatus()) {
            case SCHEDULED -> "";
            case COMPLETED -> "success";
            case CANCELLED -> "contrast";
            case NO_SHOW -> "error";
        });
        body.add(status);
        if (session.isBookedByCandidate()) {
            Span selfBooked = new Span(getTranslation("session.booked-by-candidate"));
            selfBooked.getElement().getThemeList().add("badge");
            selfBooked.addClassName("self-booked-badge");
            body.add(selfBooked);
        }
        if (session.isLateCancellation()) {
            Span late = new Span(getTranslation("session.late-cancellation"));
            late.getElement().getThemeList().add("badge error");
            late.addClassName("late-cancellation-badge");
            body.add(late);
        }
        if (session.getCancellationReason() != null) {
            body.add(labelled("session.field.cancellation-reason", new Paragraph(session.getCancellationReason())));
        }
        if (session.getAgenda() != null) {
            body.add(labelled("session.field.agenda", new Paragraph(session.getAgenda())));
        }
        if (session.getSharedSummary() != null) {
            body.add(labelled("session.field.shared-summary", new Paragraph(session.getSharedSummary())));
        }
        if (session.getPrivateNotes() != null) {
            body.add(labelled("session.field.private-notes", new Paragraph(session.getPrivateNotes())));
        }
        if (!session.getActionItems().isEmpty()) {
            UnorderedList items = new UnorderedList();
            for (ActionItem item : session.getActionItems()) {
                ListItem line = new ListItem((item.isDone() ? "✓ " : "○ ") + item.getDescription()
                        + (item.getDueDate() == null ? "" : " · " + Formats.shortDate(item.getDueDate(), locale)));
                items.add(line);
            }
            body.add(labelled("session.action-items", items));
        }
        if (session.getMockRating() != null) {
            body.add(row(VaadinIcon.STAR, getTranslation("session.rating.value", session.getMockRating())));
        }
        add(body);
        setWidth("min(32rem, 95vw)");

        Button close = new Button(getTranslation("dialog.close"), click -> close());
        if (session.getStatus() == SessionStatus.SCHEDULED) {
            Button move = new Button(getTranslation("session.move"), VaadinIcon.CALENDAR.create(), click -> {
                close();
                actions.move(session);
            });
            Runnable changed = () -> {
                close();
                actions.changed();
            };
            Button cancel = new Button(getTranslation("session.cancel"), click ->
                    SessionConfirmDialog.cancel(sessions, session, candidateName, zone, changed).open());
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            getFooter().add(cancel);
            if (!now.isBefore(session.getStartsAt())) {
                Button noShow = new Button(getTranslation("session.no-show"), click ->
                        SessionConfirmDialog.noShow(sessions, session, candidateName, zone, changed).open());
                Button complete = new Button(getTranslation("session.complete"), VaadinIcon.CHECK.create(), click -> {
                    close();
                    actions.complete(session);
                });
                complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                getFooter().add(noShow, move, close, complete);
            } else {
                getFooter().add(move, close);
            }
        } else if (session.getStatus() == SessionStatus.COMPLETED) {
            Button edit = new Button(getTranslation("session.complete.edit"), VaadinIcon.EDIT.create(), click -> {
                close();
                actions.complete(session);
            });
            getFooter().add(close, edit);
        } else {
            getFooter().add(close);
        }
    }

    private Component row(VaadinIcon icon, String text) {
        Div row = new Div(icon.create(), new Span(text));
        row.addClassName("detail-row");
        return row;
    }

    private Component labelled(String key, Component content) {
        Div block = new Div(new Span(getTranslation(key)), content);
        block.addClassName("detail-block");
        return block;
    }
}
