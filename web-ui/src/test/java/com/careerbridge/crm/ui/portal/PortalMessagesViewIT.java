package com.careerbridge.crm.ui.portal;

import static com.careerbridge.webtest.UiRoundtrips.awaitUi;

import java.util.Locale;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.messaging.Conversations;
import com.careerbridge.crm.messaging.MessageReference;
import com.careerbridge.crm.messaging.MessageTopic;
import com.careerbridge.crm.ui.messaging.AboutChip;
import com.careerbridge.crm.ui.messaging.AboutLabels;
import com.careerbridge.crm.ui.messaging.AboutPicker;
import com.careerbridge.crm.ui.layout.AccessDeniedView;
import com.careerbridge.testsupport.ui.GuideUiTestSupport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The candidate's conversation page on the real services, with the live refresh through PostgreSQL's NOTIFY. */
class PortalMessagesViewIT extends GuideUiTestSupport {

    @Autowired
    Conversations conversations;
    @Autowired
    com.careerbridge.crm.assignment.AssignmentService assignments;
    @Autowired
    com.careerbridge.crm.documents.CandidateDocuments documents;

    private UserAccount consultant;
    private Candidate mine;
    private String myLogin;

    @BeforeEach
    void aCandidateWithAConsultant() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        consultant = newStaff(Role.CONSULTANT, "Messages Consultant");
        signIn(consultant);
        mine = newCandidate("Park Jiwoo");
        myLogin = giveLogin(mine);
    }

    @Test
    void theCandidateSendsAMessageAndSeesItAsTextWithItsLineBreaks() {
        signIn(myLogin);
        navigate(PortalMessagesView.class);
        assertThat(text($(Div.class).withClassName("portal-messages-list").single())).contains("No messages yet");

        test($(TextArea.class).withClassName("portal-message-text").single())
                .setValue("Hello!\nCould you look at my CV? <b>not bold</b>");
        test($(Button.class).withClassName("portal-message-send").single()).click();

        Div bubble = $(Div.class).withClassName("portal-message").single();
        assertThat(bubble.getClassNames()).contains("mine");
        Paragraph body = $(Paragraph.class).withClassName("portal-message-body").single();
        assertThat(body.getElement().getText()).isEqualTo("Hello!\nCould you look at my CV? <b>not bold</b>");
        assertThat(body.getElement().getChildCount()).isEqualTo(1);
        assertThat(body.getElement().getChild(0).isTextNode()).isTrue();
        assertThat($(TextArea.class).withClassName("portal-message-text").single().getValue()).isEmpty();

        signIn(consultant);
        assertThat(conversations.page(mine.getId(), null, 10).messages()).singleElement()
                .satisfies(message -> assertThat(message.fromCandidate()).isTrue());
        assertThat(conversations.page(mine.getId(), null, 1).unread()).isEqualTo(1);
    }

    @Test
    void anEmptyMessageIsRefusedAtTheField() {
        signIn(myLogin);
        navigate(PortalMessagesView.class);
        test($(Button.class).withClassName("portal-message-send").single()).click();
        TextArea area = $(TextArea.class).withClassName("portal-message-text").single();
        assertThat(area.isInvalid()).isTrue();
        assertThat(area.getErrorMessage()).isEqualTo("Please fill in this field.");
    }

    @Test
    void theConsultantsMessageAppearsLiveIsMarkedReadAndTheUnreadCountShowsOnThePortal() {
        signIn(consultant);
        conversations.send(mine.getId(), "Welcome aboard", null);
        signIn(myLogin);
        navigate(PortalView.class);
        assertThat($(Button.class).withClassName("portal-messages-button").single().getText())
                .isEqualTo("Messages (1 new)");
        test($(Button.class).withClassName("portal-messages-button").single()).click();
        assertThat($(PortalMessagesView.class).all()).hasSize(1);
        assertThat(text($(Div.class).withClassName("portal-messages-list").single())).contains("Welcome aboard");
        assertThat(conversations.myUnread()).isZero();

        // committed in its own transaction, as a request on another instance would be
        signIn(consultant);
        conversations.send(mine.getId(), "Your CV looks good.\nOne thing to change.", null);
        signIn(myLogin);

        awaitUi(() -> $(Div.class).withClassName("portal-message").all().size() == 2, 3);
        Div newest = $(Div.class).withClassName("portal-message").all().getLast();
        assertThat(newest.getClassNames()).contains("theirs");
        assertThat(text(newest)).contains("Messages Consultant", "Your CV looks good.\nOne thing to change.");
        assertThat(conversations.myUnread()).isZero();
    }

    @Test
    void olderMessagesLoadOnRequest() {
        signIn(consultant);
        for (int i = 1; i <= PortalMessagesView.PAGE + 2; i++) {
            conversations.send(mine.getId(), "Note " + i, null);
        }
        signIn(myLogin);
        PortalMessagesView view = navigate(PortalMessagesView.class);
        assertThat(view.texts()).hasSize(PortalMessagesView.PAGE).last().isEqualTo("Note " + (PortalMessagesView.PAGE + 2));
        Button older = $(Button.class).withClassName("portal-messages-older").single();
        assertThat(older.isVisible()).isTrue();
        test(older).click();
        assertThat(view.texts()).hasSize(PortalMessagesView.PAGE + 2).first().isEqualTo("Note 1");
        assertThat(older.isVisible()).isFalse();
    }

    /**
     * The candidate writes about one of their documents and about a checklist item: each message carries its reference
     * and shows a chip — to the documents page, and to the guide reader at that item. A reference to a guide since
     * taken away reads "(no longer available)", without a link.
     */
    @Test
    void theCandidateWritesAboutADocumentAndAnItemAndSeesChipsThatLeadThere() {
        signIn(consultant);
        long assignmentId = assignments.assign(builtIn("sales").guideId(), java.util.List.of(mine.getId()), null, null)
                .created().getFirst().getId();
        var details = assignments.get(assignmentId);
        var first = details.checklist().getFirst().item();
        signIn(myLogin);
        long cv = documents.uploadMine(new com.careerbridge.crm.documents.NewDocument(
                com.careerbridge.crm.documents.DocumentKind.CV, "CV 2026", null), "cv.txt",
                new java.io.ByteArrayInputStream("my cv".getBytes(java.nio.charset.StandardCharsets.UTF_8))).id();
        navigate(PortalMessagesView.class);
        AboutPicker about = $(AboutPicker.class).single();

        about.setValue(choice(about, MessageReference.document(cv)));
        test($(TextArea.class).withClassName("portal-message-text").single()).setValue("Could you look at it?");
        test($(Button.class).withClassName("portal-message-send").single()).click();
        about.setValue(choice(about, MessageReference.checklistItem(assignmentId, first.key())));
        test($(TextArea.class).withClassName("portal-message-text").single()).setValue("Done with this");
        test($(Button.class).withClassName("portal-message-send").single()).click();

        var chips = $(Anchor.class).withClassName(AboutChip.CLASS).all();
        assertThat(chips).hasSize(2);
        assertThat(chips.get(0).getText()).isEqualTo("About the document: CV 2026");
        assertThat(chips.get(0).getHref()).isEqualTo("portal/documents");
        assertThat(chips.get(1).getText()).isEqualTo("About: " + details.overview().titleEn() + " — item 1: "
                + AboutLabels.shortened(first.text().en()));
        assertThat(chips.get(1).getHref()).isEqualTo("portal/guides/" + assignmentId + "?item=" + first.key());
        assertThat(conversations.mine(null, 2).messages()).extracting(m -> m.reference())
                .containsExactly(MessageReference.checklistItem(assignmentId, first.key()),
                        MessageReference.document(cv));

        signIn(consultant);
        assignments.remove(assignmentId, assignments.get(assignmentId).overview().version());
        signIn(myLogin);
        navigate(PortalView.class);
        navigate(PortalMessagesView.class);
        assertThat($(Anchor.class).withClassName(AboutChip.CLASS).all()).hasSize(1);
        com.vaadin.flow.component.html.Span gone = $(com.vaadin.flow.component.html.Span.class)
                .withClassName(AboutChip.CLASS).single();
        assertThat(gone.getText()).isEqualTo("About: (no longer available)");

        // the guide reader, sent to an item, marks it
        signIn(consultant);
        long again = assignments.assign(builtIn("sales").guideId(), java.util.List.of(mine.getId()), null, null)
                .created().getFirst().getId();
        signIn(myLogin);
        UI.getCurrent().navigate(PortalGuideView.class,
                new com.vaadin.flow.router.RouteParameters("assignmentId", Long.toString(again)),
                com.vaadin.flow.router.QueryParameters.of(PortalGuideView.ITEM, first.key()));
        Div focused = $(Div.class).withClassName("focused").single();
        assertThat($(com.vaadin.flow.component.checkbox.Checkbox.class).from(focused).single().getLabel())
                .isEqualTo(first.text().en());
    }

    private static MessageTopic choice(AboutPicker picker, MessageReference reference) {
        return picker.getListDataView().getItems().filter(topic -> topic.reference().equals(reference)).findFirst()
                .orElseThrow();
    }

    @Test
    void staffCannotOpenThePortalsMessages() {
        signIn(consultant);
        assertThat(navigate("portal/messages", AccessDeniedView.class)).isNotNull();
    }

    private static String text(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
    }
}
