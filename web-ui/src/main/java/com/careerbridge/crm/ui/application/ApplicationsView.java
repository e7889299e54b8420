package com.careerbridge.crm.ui.application;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.careerbridge.crm.application.CaseloadApplications;
import com.careerbridge.crm.application.CaseloadApplications.Attention;
import com.careerbridge.crm.application.CaseloadApplications.UpcomingInterview;
import com.careerbridge.crm.application.CaseloadApplications.WaitingApplication;
import com.careerbridge.crm.ui.common.EntryPanels;
import com.careerbridge.crm.ui.common.Formats;
import com.careerbridge.crm.ui.common.UiErrors;
import com.careerbridge.crm.ui.common.ViewerTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Job applications across the caseload that need the consultant: the coming week's interviews (to prepare the
 * candidate), offers waiting for an answer, and applications that have not moved for two weeks. Each entry leads to
 * the candidate. Administrators see every caseload (core decides).
 */
@Route("applications")
@RolesAllowed({"ADMIN", "CONSULTANT"})
public class ApplicationsView extends VerticalLayout implements HasDynamicTitle {

    public ApplicationsView(CaseloadApplications caseload) {
        addClassName("applications-view");
        add(new H2(getTranslation("applications.title")), new Paragraph(getTranslation("applications.intro",
                CaseloadApplications.STALE_AFTER.toDays())));
        Attention attention = UiErrors.attempt(this, Map.of(), caseload::attention)
                .orElse(new Attention(List.of(), List.of(), List.of()));
        Div panels = new Div();
        panels.addClassName("dashboard-panels");
        panels.add(panel("applications.interviews", "applications.interviews.empty", attention.interviews(),
                this::interview));
        panels.add(panel("applications.offers", "applications.offers.empty", attention.offers(), offer ->
                entry(offer, getTranslation("applications.offer-since", date(offer)))));
        panels.add(panel("applications.stale", "applications.stale.empty", attention.stale(), quiet ->
                entry(quiet, getTranslation("applications.stale-since",
                        getTranslation("application.stage." + quiet.stage().name()), date(quiet)))));
        add(panels);
    }

    private Component interview(UpcomingInterview interview) {
        String when = Formats.dateTime(interview.startsAt(), ViewerTime.zone(), getLocale());
        String detail = getTranslation("applications.interview-entry", interview.company(), interview.positionTitle(),
                interview.round(), when, getTranslation("interview.format." + interview.format().name()));
        if (!interview.timeZone().equals(ViewerTime.zone())) {
            detail += " · " + getTranslation("applications.local-time",
                    Formats.dateTime(interview.startsAt(), interview.timeZone(), getLocale()), interview.timeZone().getId());
        }
        return link(interview.candidateId(), interview.candidateName(), detail);
    }

    private Component entry(WaitingApplication application, String when) {
        return link(application.candidateId(), application.candidateName(), getTranslation("applications.entry",
                application.company(), application.positionTitle(), when));
    }

    private String date(WaitingApplication application) {
        return Formats.date(application.since().atZone(ViewerTime.zone()).toLocalDate(), getLocale());
    }

    private <T> Component panel(String titleKey, String emptyKey, List<T> items, Function<T, Component> toEntry) {
        return EntryPanels.panel(getTranslation(titleKey, items.size()), getTranslation(emptyKey), items, toEntry);
    }

    /** To the candidate's page, by its address: the candidate views use this package, not the other way round. */
    private Component link(long candidateId, String candidateName, String detail) {
        Anchor link = new Anchor("candidates/" + candidateId);
        link.getElement().setAttribute("router-link", true); // navigates inside the UI, as a RouterLink does
        return EntryPanels.entry(link, candidateName, detail);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.applications") + " · " + getTranslation("app.name");
    }
}
