package com.careerbridge.crm.ui.portal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.careerbridge.webtest.UiRoundtrips;
import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.documents.CandidateDocuments;
import com.careerbridge.crm.documents.DocumentView;
import com.careerbridge.crm.ui.documents.DocumentLinksPicker;
import com.careerbridge.crm.ui.layout.AccessDeniedView;
import com.careerbridge.testsupport.ui.GuideUiTestSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The candidate's documents page on the real services: uploads stream into PostgreSQL, refusals show at the upload. */
class PortalDocumentsViewIT extends GuideUiTestSupport {

    @Autowired
    CandidateDocuments documents;
    @Autowired
    com.careerbridge.crm.assignment.AssignmentService assignments;
    @Autowired
    com.careerbridge.crm.targetrole.TargetRoleService targetRoles;

    private UserAccount consultant;
    private Candidate mine;
    private String myLogin;

    @BeforeEach
    void aCandidateWithAConsultant() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        consultant = newStaff(Role.CONSULTANT, "Documents Consultant");
        signIn(consultant);
        mine = newCandidate("Choi Hana");
        myLogin = giveLogin(mine);
    }

    @Test
    void theCandidateUploadsATextFileSeesItAndCommentsAndTheConsultantsCommentShows() {
        signIn(myLogin);
        navigate(PortalView.class);
        test($(Button.class).withClassName("portal-documents-button").single()).click();
        assertThat($(PortalDocumentsView.class).all()).hasSize(1);
        assertThat(text($(Div.class).withClassName("portal-documents-list").single())).contains("No documents yet");

        test($(TextField.class).withClassName("document-title").single()).setValue("My CV 2026");
        test($(Upload.class).withClassName("document-upload").single())
                .upload("cv.txt", "text/plain", "Choi Hana\nSales, 5 years\n".getBytes(StandardCharsets.UTF_8));

        assertThat($(Span.class).withClassName("document-upload-error").all()).isEmpty(); // only visible ones are found
        Div card = $(Div.class).withClassName("portal-document").single();
        assertThat(text(card)).contains("My CV 2026", "CV", "Version 1", "cv.txt", "1 KB");
        Anchor download = $(Anchor.class).withClassName("document-download").single();
        assertThat(download.getElement().getAttribute("download")).isNotNull();
        DocumentView stored = documents.mine().getFirst();
        assertThat(stored.title()).isEqualTo("My CV 2026");
        assertThat(stored.latest().contentType()).startsWith("text/plain");

        test($(TextArea.class).withClassName("document-comment-text").single()).setValue("Is the summary too short?");
        test($(Button.class).withClassName("document-comment-add").single()).click();
        assertThat(text($(Div.class).withClassName("document-comments").single()))
                .contains("You", "Is the summary too short?");

        signIn(consultant);
        documents.comment(stored.latest().id(), "No, it is fine.");
        signIn(myLogin);
        UiRoundtrips.awaitUi(() -> text($(Div.class).withClassName("document-comments").single())
                .contains("No, it is fine."), 3);
        assertThat(text($(Div.class).withClassName("document-comments").single())).contains("Your consultant");
    }

    /**
     * The live notice of the candidate's own upload does not draw the page again (a comment being written stays where
     * it is), and a consultant's comment, which does, keeps the comment being written in its field.
     */
    @Test
    void aCommentBeingWrittenSurvivesTheOwnUploadsNoticeAndTheConsultantsComment() {
        signIn(myLogin);
        PortalDocumentsView view = navigate(PortalDocumentsView.class);
        test($(TextField.class).withClassName("document-title").single()).setValue("Portfolio");
        test($(Upload.class).withClassName("document-upload").single())
                .upload("portfolio.txt", "text/plain", "Projects".getBytes(StandardCharsets.UTF_8));
        Div card = $(Div.class).withClassName("portal-document").single();
        test($(TextArea.class).withClassName("document-comment-text").single()).setValue("Which project first?");

        UiRoundtrips.settle(); // the notice of the upload, delivered through PostgreSQL
        view.refresh(); // and what it runs, for certain
        assertThat($(Div.class).withClassName("portal-document").single())
                .as("not drawn again for a change it shows already").isSameAs(card);

        DocumentView stored = documents.mine().getFirst();
        signIn(consultant);
        documents.comment(stored.latest().id(), "Lead with the sales dashboard.");
        signIn(myLogin);
        UiRoundtrips.awaitUi(() -> text($(Div.class).withClassName("document-comments").single())
                .contains("Lead with the sales dashboard."), 5);
        assertThat($(TextArea.class).withClassName("document-comment-text").single().getValue())
                .as("the comment being written is kept").isEqualTo("Which project first?");
    }

    @Test
    void aNewVersionIsUploadedFromTheDocument() {
        signIn(myLogin);
        navigate(PortalDocumentsView.class);
        test($(TextField.class).withClassName("document-title").single()).setValue("Cover letter");
        test($(Upload.class).withClassName("document-upload").single())
                .upload("letter.txt", "text/plain", "Dear hiring manager".getBytes(StandardCharsets.UTF_8));
        test($(Upload.class).withClassName("document-version-upload").single())
                .upload("letter-v2.txt", "text/plain", "Dear Ms. Kim".getBytes(StandardCharsets.UTF_8));

        assertThat(text($(Div.class).withClassName("portal-document").single())).contains("Version 2", "letter-v2.txt",
                "Version 1", "letter.txt");
        assertThat(documents.mine().getFirst().versions()).hasSize(2);
    }

    @Test
    void aFileOfAnotherTypeIsRefusedAtTheUploadAndNothingIsStored() {
        signIn(myLogin);
        navigate(PortalDocumentsView.class);
        test($(TextField.class).withClassName("document-title").single()).setValue("Not a CV");
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        test($(Upload.class).withClassName("document-upload").single()).upload("cv.pdf", "application/pdf", html);

        Span error = $(Span.class).withClassName("document-upload-error").first();
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("This type of file is not accepted");
        assertThat(documents.mine()).isEmpty();
    }

    /**
     * The candidate hands in an answer for a checklist item of the guide assigned for their target role: the document
     * carries both links, the card names them, and handing it in ticked the item.
     */
    @Test
    void theCandidateUploadsForATargetRoleAndAnItemWhichTicksTheItem() {
        long guideId = builtIn("sales").guideId();
        long roleId = targetRoles.add(mine.getId(), guideId, new com.careerbridge.crm.targetrole.TargetRoleForm(1,
                java.util.List.of(), com.careerbridge.crm.targetrole.TargetRoleStatus.PREPARING)).getId();
        long assignmentId = assignments.assign(guideId, java.util.List.of(mine.getId()), null, null).created()
                .getFirst().getId();
        var details = assignments.get(assignmentId);
        var first = details.checklist().getFirst().item();
        signIn(myLogin);
        navigate(PortalDocumentsView.class);
        DocumentLinksPicker picker = $(DocumentLinksPicker.class).single();

        picker.role.setValue(picker.role.getListDataView().getItems().filter(r -> r.targetRoleId() == roleId)
                .findFirst().orElseThrow());
        picker.item.setValue(picker.item.getListDataView().getItems().filter(i -> i.key().equals(first.key()))
                .findFirst().orElseThrow());
        test($(TextField.class).withClassName("document-title").single()).setValue("Answer 1");
        test($(Upload.class).withClassName("document-upload").single())
                .upload("answer.txt", "text/plain", "My answer".getBytes(StandardCharsets.UTF_8));

        DocumentView stored = documents.mine().getFirst();
        assertThat(stored.targetRoleId()).isEqualTo(roleId);
        assertThat(stored.itemKey()).isEqualTo(first.key());
        assertThat(text($(Span.class).withClassName("document-links-summary").single())).isEqualTo("For: "
                + details.overview().titleEn() + " · item 1: "
                + com.careerbridge.crm.ui.messaging.AboutLabels.shortened(first.text().en()));
        assertThat(assignments.mine().items().getFirst().itemsDone()).as("handing it in ticked the item")
                .isEqualTo(1);
    }

    @Test
    void staffCannotOpenThePortalsDocuments() {
        signIn(consultant);
        assertThat(navigate("portal/documents", AccessDeniedView.class)).isNotNull();
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
