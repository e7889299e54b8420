package com.careerbridge.crm.ui.candidate;

import static com.careerbridge.webtest.UiRoundtrips.awaitUi;
import static com.careerbridge.webtest.UiRoundtrips.settle;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.session.SessionMode;
import com.careerbridge.crm.session.SessionPlan;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.webtest.BrowserlessUiTest;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The candidate page stays current while it is open: a session of the candidate planned elsewhere (the calendar, the
 * portal, another instance) appears in the Sessions tab by itself — the change travels through PostgreSQL's
 * LISTEN/NOTIFY and the page reads the sessions again inside {@code UI.access}, as the signed-in consultant.
 */
class CandidateLiveRefreshIT extends BrowserlessUiTest {

    @Autowired SessionService sessions;
    @Autowired JdbcTemplate jdbc;

    UserAccount consultant;
    Candidate candidate;

    @BeforeEach
    void consultantWithACandidate() {
        consultant = staff("Live", Role.CONSULTANT);
        signIn(consultant);
        candidate = candidate("Watched");
    }

    @Test
    void aSessionPlannedElsewhereAppearsWithoutReloading() {
        navigate("candidates/" + candidate.getId(), CandidateView.class);
        openSessions();
        assertThat($(Div.class).withClassName("session-card").exists()).isFalse();

        LocalDateTime tomorrow = LocalDateTime.now(ZoneId.of("Asia/Seoul")).plusDays(1).withHour(10).withMinute(0)
                .withSecond(0).withNano(0);
        // committed in its own transaction, as a request on another instance would
        sessions.schedule(candidate.getId(), new SessionPlan(tomorrow, tomorrow.plusHours(1), "Asia/Seoul",
                SessionMode.ONLINE, "", "Planned elsewhere " + run));

        awaitUi(() -> $(Div.class).withClassName("session-card").exists(), 2);
        assertThat($(Div.class).withClassName("session-card").single().getElement().getTextRecursively())
                .contains("Planned elsewhere " + run);
    }

    @Test
    void aNoticeFromAnotherInstanceRefreshesTheSessionsAndOneOfAnotherCandidateDoesNot() {
        CandidateView view = navigate("candidates/" + candidate.getId(), CandidateView.class);
        openSessions();
        LocalDateTime later = LocalDateTime.now(ZoneId.of("Asia/Seoul")).plusDays(3).withHour(15).withMinute(0)
                .withSecond(0).withNano(0);
        sessions.schedule(candidate.getId(), new SessionPlan(later, later.plusHours(1), "Asia/Seoul",
                SessionMode.PHONE, "", "First " + run));
        awaitUi(() -> $(Div.class).withClassName("session-card").exists(), 2);

        // Another instance changed the agenda straight in the database and announced it: only the notice for this
        // candidate makes the page read again.
        jdbc.update("update coaching_session set agenda = ? where candidate_id = ?", "Changed " + run, candidate.getId());
        notify(candidate.getId() + 1_000_000, "session-moved");
        settle();
        assertThat(sessionsText()).contains("First " + run);
        notify(candidate.getId(), "session-moved");
        awaitUi(() -> sessionsText().contains("Changed " + run), 2);
        assertThat(view.candidate().getId()).isEqualTo(candidate.getId());
    }

    private void notify(long candidateId, String kind) {
        jdbc.queryForObject("select pg_notify('careerbridge_live', ?)", Object.class,
                "{\"candidateId\":" + candidateId + ",\"kind\":\"" + kind + "\"}");
    }

    private String sessionsText() {
        return $(Div.class).withClassName("session-card").single().getElement().getTextRecursively();
    }

    private void openSessions() {
        TabSheet tabs = $(TabSheet.class).single();
        Tab sessionsTab = $(Tab.class).from(tabs).withText("Sessions").single();
        tabs.setSelectedTab(sessionsTab);
    }
}
