package com.careerbridge.crm.ui.dashboard;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.messaging.ConversationMessage;
import com.careerbridge.crm.messaging.Conversations;
import com.careerbridge.crm.session.SessionMode;
import com.careerbridge.crm.session.SessionOutcome;
import com.careerbridge.crm.session.SessionPlan;
import com.careerbridge.crm.session.SessionService;
import com.careerbridge.crm.ui.candidate.CandidateListView;
import com.careerbridge.crm.ui.candidate.CandidateView;
import com.careerbridge.crm.ui.inbox.InboxView;
import com.careerbridge.webtest.BrowserlessUiTest;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.careerbridge.webtest.UiRoundtrips.awaitUi;
import static org.assertj.core.api.Assertions.assertThat;

class DashboardViewIT extends BrowserlessUiTest {

    @Autowired SessionService sessions;
    @Autowired Conversations conversations;

    @Test
    void showsTheCaseloadAndTodaysWorkEachLeadingToTheCandidate() {
        signIn(staff("Mina", Role.CONSULTANT));
        Candidate soon = candidate("Soon");
        Candidate late = candidate("Late");
        candidate("Quiet");
        LocalDateTime tomorrow = LocalDateTime.now(ZoneId.of("Asia/Seoul")).plusDays(1).withHour(10).withMinute(0);
        sessions.schedule(soon.getId(), new SessionPlan(tomorrow, tomorrow.plusHours(1), "Asia/Seoul", SessionMode.ONLINE, "", ""));
        var past = sessions.schedule(late.getId(), new SessionPlan(tomorrow.minusDays(5), tomorrow.minusDays(5).plusHours(1),
                "Asia/Seoul", SessionMode.PHONE, "", ""));
        sessions.complete(past.getId(), past.getVersion(), new SessionOutcome(null, null, List.of(
                new SessionOutcome.NewActionItem(null, "Send the portfolio " + run, tomorrow.toLocalDate().minusDays(3))), null, null));

        navigate(DashboardView.class);

        RouterLink leadTile = $(RouterLink.class).withClassName("caseload-tile", "status-lead").single();
        assertThat(leadTile.getElement().getTextRecursively()).startsWith("3");
        assertThat(leadTile.getHref()).isEqualTo("candidates?status=LEAD");
        assertThat($(RouterLink.class).withClassName("status-active").single().getElement().getTextRecursively()).startsWith("0");

        List<RouterLink> entries = $(RouterLink.class).withClassName("dashboard-entry").all();
        assertThat(entries).anySatisfy(link -> {
            assertThat(link.getElement().getTextRecursively()).contains(soon.getFullName()).contains("Online");
            assertThat(link.getHref()).isEqualTo("candidates/" + soon.getId());
        });
        assertThat(entries).anySatisfy(link -> {
            assertThat(link.getElement().getTextRecursively()).contains("Send the portfolio " + run);
            assertThat(link.getHref()).isEqualTo("candidates/" + late.getId());
        });
        assertThat(entries).anySatisfy(link ->
                assertThat(link.getElement().getTextRecursively()).contains("Candidate created"));

        test(leadTile).click();
        assertThat(getCurrentView()).isInstanceOf(CandidateListView.class);
    }

    @Test
    void anEntryOpensTheCandidatePage() {
        signIn(staff("Mina", Role.CONSULTANT));
        Candidate candidate = candidate("Linked");
        navigate(DashboardView.class);

        RouterLink entry = $(RouterLink.class).withClassName("dashboard-entry").first();
        test(entry).click();

        assertThat(getCurrentView()).isInstanceOf(CandidateView.class);
        assertThat(((CandidateView) getCurrentView()).getPageTitle()).startsWith(candidate.getFullName());
        assertThat(entry.getHref()).isEqualTo("candidates/" + candidate.getId());
    }

    @Test
    void theUnreadMessagesLeadToTheInboxAndFollowNewMessagesAndReadsLive() {
        UserAccount consultant = staff("Mina", Role.CONSULTANT);
        signIn(consultant);
        Candidate writer = candidate("Writer");
        UserAccount writerLogin = candidateService.createLogin(writer.getId(), "temporary-password-1");
        signIn(writerLogin);
        conversations.sendMine("Could you look at my CV?", null);
        signIn(consultant);

        DashboardView view = navigate(DashboardView.class);
        RouterLink tile = $(RouterLink.class).withClassName("unread-messages-tile").single();
        assertThat(tile.getElement().getTextRecursively()).isEqualTo("1Unread messages");
        assertThat(tile.getHref()).isEqualTo("inbox");

        // committed elsewhere (the portal, another instance): the figure follows without reloading the page
        signIn(writerLogin);
        ConversationMessage second = conversations.sendMine("And the cover letter, please", null);
        signIn(consultant);
        awaitUi(() -> view.unread.getText().equals("2"), 2);
        conversations.markRead(writer.getId(), second.id());
        awaitUi(() -> view.unread.getText().equals("0"), 2);

        test(tile).click();
        assertThat(getCurrentView()).isInstanceOf(InboxView.class);
    }
}
