package com.careerbridge.crm.ui.candidate;

import static com.careerbridge.webtest.UiRoundtrips.awaitUi;
import static org.assertj.core.api.Assertions.assertThat;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.messaging.Conversations;
import com.careerbridge.crm.messaging.MessageReference;
import com.careerbridge.crm.messaging.MessageTopic;
import com.careerbridge.crm.ui.messaging.AboutChip;
import com.careerbridge.crm.ui.messaging.AboutLabels;
import com.careerbridge.webtest.BrowserlessUiTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
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
    @Autowired com.careerbridge.crm.documents.CandidateDocuments documents;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired com.careerbridge.crm.assignment.AssignmentService assignments;
    @Autowired com.careerbridge.crm.roleguide.RoleGuideService guides;

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
        awaitUi(() -> conversations.page(candidate.getId(), null, 1).unread() == 0, 3);
    }

    @Test
    void aMessageAboutAChecklistItemIsSentWithItsReferenceAndShowsAChipToTheGuidesTab() {
        long assignmentId = assignSales();
        var details = assignments.get(assignmentId);
        var third = details.checklist().get(2).item();
        MessagesTab tab = open();

        MessageTopic item = tab.about.getListDataView().getItems()
                .filter(topic -> topic.reference().equals(MessageReference.checklistItem(assignmentId, third.key())))
                .findFirst().orElseThrow();
        String expected = "About: " + details.overview().titleEn() + " — item 3: " + AboutLabels.shortened(third.text().en());
        assertThat(tab.about.getItemLabelGenerator().apply(item)).isEqualTo(expected);
        tab.about.setValue(item);
        tab.text.setValue("Did you finish this one?");
        test(tab.send).click();

        assertThat(conversations.page(candidate.getId(), null, 1).messages().getFirst().reference())
                .isEqualTo(MessageReference.checklistItem(assignmentId, third.key()));
        assertThat(tab.about.getValue()).as("the choice is cleared with the text").isNull();
        Anchor chip = $(Anchor.class).from(lastMessage(tab)).withClassName(AboutChip.CLASS).single();
        assertThat(chip.getText()).isEqualTo(expected);
        assertThat(chip.getHref()).isEqualTo("candidates/" + candidate.getId() + "?tab=guides");
    }

    @Test
    void aReferenceToSomethingGoneOrSomeoneElsesShowsTheNeutralLabel() {
        long assignmentId = assignSales();
        long cv = documents.upload(candidate.getId(), new com.careerbridge.crm.documents.NewDocument(
                com.careerbridge.crm.documents.DocumentKind.CV, "CV", null), "cv.txt",
                new java.io.ByteArrayInputStream("My CV".getBytes(java.nio.charset.StandardCharsets.UTF_8))).id();
        conversations.send(candidate.getId(), "About a document since removed", MessageReference.document(cv));
        jdbc.update("delete from document where id = ?", cv); // gone by the time the page is read
        conversations.send(candidate.getId(), "About the guide", MessageReference.assignment(assignmentId));
        assignments.remove(assignmentId, assignments.get(assignmentId).overview().version());

        MessagesTab tab = open();
        var chips = $(Span.class).from(tab.thread).withClassName(AboutChip.CLASS).all();
        assertThat(chips).hasSize(2).allSatisfy(chip -> {
            assertThat(chip.getText()).isEqualTo("About: (no longer available)");
            assertThat(chip.getClassNames()).contains("unavailable");
        });
        assertThat($(Anchor.class).from(tab.thread).withClassName(AboutChip.CLASS).exists()).isFalse();
    }

    @Test
    void aReferenceCoreRefusesIsShownAtTheChoice() {
        long assignmentId = assignSales();
        MessagesTab tab = open();
        tab.about.setValue(tab.about.getListDataView().getItems()
                .filter(topic -> topic.reference().equals(MessageReference.assignment(assignmentId)))
                .findFirst().orElseThrow());
        // taken away after the page was read: the choice still shows, core refuses it
        assignments.remove(assignmentId, assignments.get(assignmentId).overview().version());
        tab.text.setValue("About the guide");
        test(tab.send).click();

        assertThat(tab.about.isInvalid()).isTrue();
        assertThat(tab.about.getErrorMessage()).isEqualTo("This value is not valid.");
        assertThat(tab.text.getValue()).as("the text is kept").isEqualTo("About the guide");
        assertThat(conversations.page(candidate.getId(), null, 1).messages()).isEmpty();
    }

    private long assignSales() {
        long guideId = guides.library().stream().filter(g -> g.slug().equals("sales")).findFirst().orElseThrow().guideId();
        return assignments.assign(guideId, java.util.List.of(candidate.getId()), null, null).created().getFirst().getId();
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
}
