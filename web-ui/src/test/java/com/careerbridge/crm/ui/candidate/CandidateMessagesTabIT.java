package com.careerbridge.crm.ui.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.messaging.Conversations;
import com.careerbridge.webtest.BrowserlessUiTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.TabSheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The candidate page's Messages tab: the consultant writes and sees the message at the bottom, a text with markup
 * stays text, older messages come a page at a time, and a message the candidate sends (from any instance) appears
 * while the tab is open — and counts as read.
 */
class CandidateMessagesTabIT extends BrowserlessUiTest {

    @Autowired Conversations conversations;

    UserAccount consultant;
    Candidate candidate;
    String candidateLogin;

    @BeforeEach
    void consultantWithACandidate() {
        consultant = staff("Messenger", Role.CONSULTANT);
        signIn(consultant);
        candidate = candidate("Writer");
        candidateLogin = candidateService.createLogin(candidate.getId(), "temporary-password-1").getEmail().value();
    }

    @Test
    void theConsultantSendsAndSeesTheMessageAsPlainTextAtTheBottom() {
        MessagesTab tab = open();
        assertThat(tab.thread.getElement().getTextRecursively()).contains("No messages yet.");
        assertThat(tab.text.getMaxLength()).isEqualTo(4000);

        tab.text.setValue("Hello <b>there</b>\nSecond line");
        assertThat(tab.text.getHelperText()).isEqualTo("30 / 4,000");
        test(tab.send).click();

        Div last = lastMessage(tab);
        Div body = $(Div.class).from(last).withClassName("message-text").single();
        assertThat(body.getText()).isEqualTo("Hello <b>there</b>\nSecond line");
        // one text node: the markup stayed text, nothing became an element
        assertThat(body.getElement().getChildCount()).isEqualTo(1);
        assertThat(body.getElement().getChild(0).isTextNode()).isTrue();
        assertThat(tab.text.getValue()).isEmpty();
        assertThat(conversations.page(candidate.getId(), null, 1).messages().getFirst().text())
                .isEqualTo("Hello <b>there</b>\nSecond line");
    }

    @Test
    void anEmptyMessageIsRefusedAtTheField() {
        MessagesTab tab = open();
        test(tab.send).click();
        assertThat(tab.text.isInvalid()).isTrue();
        assertThat(conversations.page(candidate.getId(), null, 1).messages()).isEmpty();
    }

    @Test
    void olderMessagesLoadAPageAtATime() {
        for (int i = 1; i <= MessagesTab.PAGE + 2; i++) {
            conversations.send(candidate.getId(), "Message " + i, null);
        }
        MessagesTab tab = open();
        assertThat(tab.shown()).hasSize(MessagesTab.PAGE);
        assertThat(tab.shown().getLast().text()).isEqualTo("Message " + (MessagesTab.PAGE + 2));
        assertThat(tab.older.isVisible()).isTrue();

        test(tab.older).click();
        assertThat(tab.shown()).hasSize(MessagesTab.PAGE + 2);
        assertThat(tab.shown().getFirst().text()).isEqualTo("Message 1");
        assertThat(tab.older.isVisible()).isFalse();
    }

    @Test
    void aMessageFromTheCandidateAppearsWhileTheTabIsOpenAndIsRead() {
        MessagesTab tab = open();
        // committed in its own transaction, as the candidate's app on another instance would
        asCandidate(() -> conversations.sendMine("Sent from the app " + run, null));

        awaitUi(() -> tab.shown().stream().anyMatch(m -> m.text().equals("Sent from the app " + run)), 3);
        assertThat(lastMessage(tab).getClassNames()).contains("from-candidate");
        awaitUi(() -> conversations.unread(candidate.getId()) == 0, 3);
    }

    private MessagesTab open() {
        com.vaadin.flow.component.UI.getCurrent().navigate(CandidateView.class,
                new com.vaadin.flow.router.RouteParameters(CandidateView.ID, Long.toString(candidate.getId())),
                com.vaadin.flow.router.QueryParameters.of(CandidateView.TAB, "messages"));
        assertThat($(TabSheet.class).single().getSelectedTab().getLabel()).isEqualTo("Messages");
        return $(MessagesTab.class).single();
    }

    private Div lastMessage(MessagesTab tab) {
        var all = $(Div.class).from(tab.thread).withClassName("message").all();
        return all.getLast();
    }

    private void asCandidate(Runnable work) {
        var user = userDetails.loadUserByUsername(candidateLogin);
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            work.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private static void awaitUi(BooleanSupplier condition, int seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            MockVaadin.clientRoundtrip();
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the page did not change within " + seconds + " s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
