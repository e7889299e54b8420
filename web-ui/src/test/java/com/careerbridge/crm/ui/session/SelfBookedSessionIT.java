package com.careerbridge.crm.ui.session;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.booking.SessionType;
import com.careerbridge.crm.booking.SessionTypeForm;
import com.careerbridge.crm.booking.SessionTypes;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.session.BookedAs;
import com.careerbridge.crm.session.CoachingSession;
import com.careerbridge.crm.session.SessionMode;
import com.careerbridge.crm.session.SessionPlan;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.crm.session.SessionStatus;
import com.careerbridge.crm.shared.LocalizedText;
import com.careerbridge.crm.ui.candidate.CandidateView;
import com.careerbridge.webtest.BrowserlessUiTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A session a candidate booked themselves is marked as such; a late cancellation by them stays on their record. */
class SelfBookedSessionIT extends BrowserlessUiTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Autowired SessionTypes types;
    @Autowired SessionService sessions;

    @Test
    void theCalendarAndTheDetailsMarkASelfBookedSessionAndALateCancellationShowsOnTheCandidatePage() {
        signIn(staff("Admin", Role.ADMIN));
        SessionType type = types.create(new SessionTypeForm(LocalizedText.of("상담 " + run, "Coaching " + run), 60,
                SessionMode.ONLINE, null, 0, 0, true, 1440, null));
        UserAccount consultant = staff("Cho", Role.CONSULTANT);
        signIn(consultant);
        Candidate candidate = candidate("Self Booker");
        LocalDateTime start = LocalDate.now(SEOUL).plusDays(1).atTime(10, 0);
        CoachingSession booked = sessions.book(candidate.getId(), consultant.getId(),
                new SessionPlan(start, start.plusHours(1), "Asia/Seoul", SessionMode.ONLINE, null, null),
                new BookedAs(type.getId(), Duration.ZERO, Duration.ZERO, true));

        SessionCalendarView view = navigate(SessionCalendarView.class);
        view.showDate(start.toLocalDate(), SessionCalendarView.CalendarSpan.WEEK);
        Div block = $(Div.class).from(view.calendarGrid())
                .withAttribute("data-session-id", String.valueOf(booked.getId())).single();
        assertThat($(Span.class).from(block).withClassName("self-booked-badge").single().getText())
                .isEqualTo("Booked by candidate");
        assertThat(block.getElement().getAttribute("aria-label")).endsWith("Booked by candidate");

        SessionDetailsDialog details = view.openDetails(booked);
        assertThat($(Span.class, details).withClassName("self-booked-badge").exists()).isTrue();
        test($(Button.class, details).withText("Cancel session").single()).click();
        SessionConfirmDialog confirm = $(SessionConfirmDialog.class).single();
        assertThat(confirm.lateByCandidate.getLabel()).isEqualTo("Candidate cancelled late (inside the cut-off)");
        test(confirm.lateByCandidate).click();
        test(confirm.confirm).click();

        CoachingSession cancelled = sessions.get(booked.getId());
        assertThat(cancelled.getStatus()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(cancelled.isLateCancellation()).isTrue();

        navigate("candidates/" + candidate.getId(), CandidateView.class);
        $(TabSheet.class).single().setSelectedTab($(Tab.class).withText("Sessions").single());
        Div card = $(Div.class).withClassName("session-card").single();
        assertThat($(Span.class).from(card).withClassName("session-late-cancellation").single().getText())
                .isEqualTo("Cancelled late by the candidate");
    }
}
