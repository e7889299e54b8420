package com.careerbridge.crm.ui.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.careerbridge.crm.assignment.AssignmentOverview;
import com.careerbridge.crm.branding.ConsultancyBrand;
import com.careerbridge.crm.ui.branding.BrandMark;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.application.JobApplications;
import com.careerbridge.crm.application.JobInterviews;
import com.careerbridge.crm.candidate.CandidateService;
import com.careerbridge.crm.targetrole.TargetRoleService;
import com.careerbridge.crm.ui.application.ApplicationBoard;
import com.careerbridge.crm.preparation.MyPreparation;
import com.careerbridge.crm.messaging.Conversations;
import com.careerbridge.crm.session.CandidateSessionView;
import com.careerbridge.crm.session.SessionStatus;
import com.careerbridge.crm.shared.DomainException;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.targetrole.TargetRole;
import com.careerbridge.crm.targetrole.TitledTargetRole;
import com.careerbridge.crm.ui.privacy.PrivacyActions;
import com.careerbridge.crm.ui.common.Formats;
import com.careerbridge.crm.ui.common.MeetingLinks;
import com.careerbridge.crm.ui.common.UiErrors;
import com.careerbridge.crm.ui.preferences.EmailPreferencesPanel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The candidate's own page: their guides and checklists, readiness per target role, sessions with the shared
 * summaries, and the action items they agreed to. Everything comes from the services' "mine" answers, so a candidate
 * can never see anyone else's.
 */
@Route("portal")
@RolesAllowed("CANDIDATE")
public class PortalView extends VerticalLayout implements HasDynamicTitle {

    private final MyPreparation preparation;

    public PortalView(MyPreparation preparation, CandidateService candidates, PrivacyActions privacyActions,
                      JobApplications applications, JobInterviews interviews, TargetRoleService targetRoles,
                      ConsultancyBrand consultancy, Conversations conversations) {
        this.preparation = preparation;
        addClassName("portal-view");
        MyPreparation.Overview overview = preparation.overview();
        Candidate me = overview.me();
        Language language = Language.of(getLocale());
        Locale locale = getLocale();
        ZoneId zone = me.getTimeZone();

        List<AssignmentOverview> mine = overview.guides();
        // whose portal this is: the consultancy's logo and name head it (on a phone the menu hides the drawer's)
        Div hero = new Div(BrandMark.block(consultancy, "portal-brand"),
                new H2(getTranslation("portal.hello", me.getFullName())), new Paragraph(getTranslation("portal.intro")));
        hero.addClassName("portal-hero");
        add(hero);
        add(conversationAndDocuments(conversations.myUnread()));

        add(section("portal.readiness", readiness(overview.roles(), mine, language)));
        add(section("portal.guides", guideCards(mine, language, LocalDate.now(zone), locale)));

        List<CandidateSessionView> all = overview.sessions();
        Instant now = Instant.now();
        List<CandidateSessionView> upcoming = all.stream()
                .filter(s -> s.status() == SessionStatus.SCHEDULED && s.endsAt().isAfter(now))
                .sorted(Comparator.comparing(CandidateSessionView::startsAt)).toList();
        List<CandidateSessionView> past = all.stream()
                .filter(s -> s.status() == SessionStatus.COMPLETED)
                .sorted(Comparator.comparing(CandidateSessionView::startsAt).reversed()).toList();
        // booking lives on its own page (#15); the portal leads there from the sessions it lists
        Button book = new Button(getTranslation("booking.open"), VaadinIcon.CALENDAR_USER.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(PortalBookingView.class)));
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        book.addClassName("portal-book-button");
        add(section("portal.upcoming", new Div(book, upcoming(upcoming, zone, locale))));
        add(section("portal.summaries", summaries(past, zone, locale)));
        ApplicationBoard board = new ApplicationBoard(applications, interviews, targetRoles);
        board.addClassName("portal-applications");
        board.show(me.getId());
        add(section("portal.applications", board));

        Details emails = new Details(getTranslation("preferences.title"),
                new EmailPreferencesPanel(candidates, me, saved -> { }));
        emails.addClassName("portal-preferences");
        add(emails);
        add(privacyActions.ownDownload());
    }

    /** The ways to the messages (with the unread count) and the documents (#16). */
    private Component conversationAndDocuments(long unread) {
        Button messages = new Button(unread > 0 ? getTranslation("messages.open.unread", unread)
                : getTranslation("messages.open"), VaadinIcon.CHAT.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(PortalMessagesView.class)));
        messages.addClassName("portal-messages-button");
        if (unread > 0) {
            messages.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        Button documents = new Button(getTranslation("documents.open"), VaadinIcon.FILE_TEXT_O.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(PortalDocumentsView.class)));
        documents.addClassName("portal-documents-button");
        Div links = new Div(messages, documents);
        links.addClassName("portal-links");
        return links;
    }

    private Component section(String headingKey, Component body) {
        Div section = new Div(new H3(getTranslation(headingKey)), body);
        section.addClassName("portal-section");
        return section;
    }

    private Component readiness(List<TitledTargetRole> roles, List<AssignmentOverview> mine, Language language) {
        if (roles.isEmpty()) {
            return empty("portal.readiness.none");
        }
        Map<Long, String> titles = mine.stream().collect(Collectors.toMap(AssignmentOverview::guideId,
                overview -> overview.title(language), (a, b) -> a));
        Div list = new Div();
        list.addClassName("readiness-list");
        for (TitledTargetRole titled : roles) {
            TargetRole role = titled.role();
            // The version the candidate was given names the role as they know it; else the guide's newest title.
            String title = titles.getOrDefault(role.getGuideId(), titled.title(language));
            ProgressBar bar = new ProgressBar(0, 100, role.getReadiness());
            bar.getElement().setAttribute("aria-label", getTranslation("progress.readiness-of", title));
            Span value = new Span(getTranslation("progress.percent", role.getReadiness()));
            value.addClassName("readiness-value");
            Div row = new Div(new Span(title), value, bar);
            row.addClassName("readiness-row");
            list.add(row);
        }
        return list;
    }

    private Component guideCards(List<AssignmentOverview> mine, Language language, LocalDate today, Locale locale) {
        if (mine.isEmpty()) {
            return empty("portal.guides.none");
        }
        Div cards = new Div();
        cards.addClassName("guide-cards");
        for (AssignmentOverview overview : mine) {
            Anchor title = new Anchor("portal/guides/" + overview.assignmentId(), overview.title(language));
            title.addClassName("guide-card-title");
            ProgressBar bar = new ProgressBar(0, 100, overview.percentDone());
            bar.getElement().setAttribute("aria-label", getTranslation("progress.checklist-of", overview.title(language)));
            Span count = new Span(getTranslation("portal.items-done", overview.itemsDone() + overview.itemsVerified(),
                    overview.itemsTotal()));
            count.addClassName("guide-card-count");
            Div card = new Div(VaadinIcon.OPEN_BOOK.create(), title, bar, count);
            card.addClassName("guide-card");
            if (overview.firstOpenedAt() == null) {
                Span fresh = new Span(getTranslation("portal.new"));
                fresh.getElement().getThemeList().add("badge primary");
                card.add(fresh);
            }
            if (overview.dueDate() != null) {
                Span due = new Span(getTranslation("portal.due", Formats.date(overview.dueDate(), locale)));
                due.getElement().getThemeList().add(overview.overdue(today) ? "badge error" : "badge contrast");
                card.add(due);
            }
            if (overview.message() != null) {
                Paragraph message = new Paragraph(overview.message());
                message.addClassName("guide-card-message");
                card.add(message);
            }
            cards.add(card);
        }
        return cards;
    }

    private Component upcoming(List<CandidateSessionView> upcoming, ZoneId zone, Locale locale) {
        if (upcoming.isEmpty()) {
            return empty("portal.upcoming.none");
        }
        Div list = new Div();
        list.addClassName("session-list");
        for (CandidateSessionView session : upcoming) {
            Span where = new Span(getTranslation("session.mode." + session.mode().name())
                    + (session.location() == null ? "" : " · "));
            if (session.location() != null) {
                where.add(MeetingLinks.of(session.location()));
            }
            Div item = new Div(new Span(Formats.dateTime(session.startsAt(), zone, locale) + " – "
                    + Formats.time(session.endsAt(), zone, locale)), where);
            if (session.agenda() != null) {
                item.add(new Paragraph(session.agenda()));
            }
            item.addClassName("session-item");
            list.add(item);
        }
        return list;
    }

    private Component summaries(List<CandidateSessionView> past, ZoneId zone, Locale locale) {
        if (past.isEmpty()) {
            return empty("portal.summaries.none");
        }
        Div list = new Div();
        list.addClassName("session-list");
        for (CandidateSessionView session : past) {
            Div item = new Div(new H4(Formats.dateTime(session.startsAt(), zone, locale)));
            item.addClassName("session-item");
            if (session.sharedSummary() != null) {
                Paragraph summary = new Paragraph(session.sharedSummary());
                summary.addClassName("shared-summary");
                item.add(summary);
            }
            for (CandidateSessionView.ActionItemView action : session.actionItems()) {
                Checkbox box = new Checkbox(action.description()
                        + (action.dueDate() == null ? "" : " · " + getTranslation("portal.due", Formats.shortDate(action.dueDate(), locale))),
                        action.doneAt() != null);
                box.addClassName("action-item");
                box.addValueChangeListener(event -> {
                    if (!event.isFromClient()) {
                        return;
                    }
                    try {
                        preparation.markActionItem(session.id(), action.id(), event.getValue());
                    } catch (DomainException e) {
                        UiErrors.show(this, e);
                        box.setValue(event.getOldValue());
                    }
                });
                item.add(box);
            }
            list.add(item);
        }
        return list;
    }

    private Component empty(String key) {
        Paragraph text = new Paragraph(getTranslation(key));
        text.addClassName("empty-state");
        return text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.portal") + " · " + getTranslation("app.name");
    }
}
