package com.careerbridge.crm.ui.inbox;

import static com.careerbridge.webtest.UiRoundtrips.awaitUi;
import static com.careerbridge.webtest.UiRoundtrips.settle;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.live.LiveChanges;
import com.careerbridge.crm.messaging.ConversationMessage;
import com.careerbridge.crm.messaging.Conversations;
import com.careerbridge.crm.messaging.InboxRow;
import com.careerbridge.crm.ui.candidate.CandidateView;
import com.careerbridge.crm.ui.layout.MainLayout;
import com.careerbridge.webtest.BrowserlessUiTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The consultant's inbox: unread conversations first, then those waiting for an answer, then the rest; "Waiting for
 * me" keeps the ones whose last message is the candidate's; the menu shows the unread count; a click opens the
 * candidate's page on the Messages tab.
 */
class InboxViewIT extends BrowserlessUiTest {

    @Autowired Conversations conversations;
    @Autowired JdbcTemplate jdbc;

    UserAccount consultant;
    Candidate unread;
    Candidate answered;
    Candidate readButWaiting;

    @BeforeEach
    void threeConversations() {
        consultant = staff("Inbox", Role.CONSULTANT);
        signIn(consultant);
        answered = candidate("Answered");
        readButWaiting = candidate("Read");
        unread = candidate("Unread");
        String readLogin = login(readButWaiting);
        String unreadLogin = login(unread);

        conversations.send(answered.getId(), "We wrote first", null);
        ConversationMessage question = as(readLogin, () -> conversations.sendMine("A question", null));
        conversations.markRead(readButWaiting.getId(), question.id());
        as(unreadLogin, () -> conversations.sendMine("Two lines\nof question", null));
    }

    @Test
    void unreadFirstThenWaitingThenTheRestAndTheMenuCountsUnread() {
        InboxView view = navigate(InboxView.class);

        assertThat(names(view)).containsExactly(unread.getFullName(), readButWaiting.getFullName(),
                answered.getFullName());
        Span count = $(MainLayout.class).single().unreadCount();
        assertThat(count.isVisible()).isTrue();
        assertThat(count.getText()).isEqualTo("1");

        view.waitingForMe.setValue(true);
        assertThat(names(view)).containsExactly(unread.getFullName(), readButWaiting.getFullName());
    }

    @Test
    void aClickOpensTheCandidateOnTheMessagesTabAndReadsIt() {
        InboxView view = navigate(InboxView.class);
        InboxRow first = test(view.grid).getRow(0);
        assertThat(first.candidateId()).isEqualTo(unread.getId());

        view.open(first);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CandidateView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("candidates/" + unread.getId());
        TabSheet tabs = $(TabSheet.class).single();
        assertThat(tabs.getSelectedTab().getLabel()).isEqualTo("Messages");
        assertThat(conversations.unreadTotal()).isZero();
        assertThat($(MainLayout.class).single().unreadCount().isVisible()).isFalse();
    }

    @Test
    void aMessageWrittenOrReadElsewhereMovesItsRowWithoutReloading() {
        InboxView view = navigate(InboxView.class);
        AtomicInteger refreshes = refreshesOf(view);

        // committed elsewhere (the portal, another instance): the answered candidate writes again
        ConversationMessage again = as(login(answered), () -> conversations.sendMine("One more question", null));
        awaitUi(() -> refreshes.get() > 0, 2);
        assertThat(names(view)).containsExactly(answered.getFullName(), unread.getFullName(),
                readButWaiting.getFullName());
        assertThat(test(view.grid).getRow(0).unread()).isEqualTo(1);

        // the consultant reads it on another page: the grid reads its rows again, and it is no longer unread here
        int before = refreshes.get();
        conversations.markRead(answered.getId(), again.id());
        awaitUi(() -> refreshes.get() > before, 2);
        assertThat(names(view)).containsExactly(unread.getFullName(), answered.getFullName(),
                readButWaiting.getFullName());
    }

    @Test
    void onlyAMessagesChangeOfAVisibleCandidateReadsTheRowsAgain() {
        signIn(staff("Other", Role.CONSULTANT));
        Candidate someoneElses = candidate("Theirs");
        signIn(consultant);
        InboxView view = navigate(InboxView.class);
        AtomicInteger refreshes = refreshesOf(view);

        notifyChange(answered.getId(), "documents");
        notifyChange(answered.getId(), "session-moved");
        notifyChange(someoneElses.getId(), "messages");
        settle();
        assertThat(refreshes).hasValue(0);

        notifyChange(answered.getId(), "messages");
        awaitUi(() -> refreshes.get() == 1, 2);
    }

    /** Counts the grid's "read your rows again" once the changes the setup announced have come and gone. */
    private static AtomicInteger refreshesOf(InboxView view) {
        settle();
        AtomicInteger refreshes = new AtomicInteger();
        view.grid.getDataProvider().addDataProviderListener(change -> refreshes.incrementAndGet());
        return refreshes;
    }

    private void notifyChange(long candidateId, String kind) {
        jdbc.queryForObject("select pg_notify(?, ?)", Object.class, LiveChanges.CHANNEL,
                "{\"candidateId\":" + candidateId + ",\"kind\":\"" + kind + "\"}");
    }

    private List<String> names(InboxView view) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < test(view.grid).size(); i++) {
            names.add(test(view.grid).getRow(i).candidateName());
        }
        return names;
    }

    private String login(Candidate candidate) {
        return candidateService.createLogin(candidate.getId(), "temporary-password-1").getEmail().value();
    }

    /** Does something as the candidate (their portal login), then signs the consultant in again. */
    private <T> T as(String login, java.util.function.Supplier<T> work) {
        signIn(login);
        try {
            return work.get();
        } finally {
            signIn(consultant);
        }
    }

    private void signIn(String login) {
        var user = userDetails.loadUserByUsername(login);
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(user,
                        null, user.getAuthorities()));
    }
}
