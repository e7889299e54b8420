package com.careerbridge.crm.ui.candidate;

import static com.careerbridge.webtest.UiRoundtrips.awaitUi;
import static com.careerbridge.webtest.UiRoundtrips.settle;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.documents.CandidateDocuments;
import com.careerbridge.crm.documents.DocumentKind;
import com.careerbridge.crm.documents.DocumentSamples;
import com.careerbridge.crm.documents.DocumentView;
import com.careerbridge.crm.documents.NewDocument;
import com.careerbridge.webtest.BrowserlessUiTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The candidate page's Documents tab: a PDF uploaded through the page's upload (streamed into core) shows with its
 * kind, title, version, size, uploader, first-page preview and download link; a comment is added to a version; a file
 * of a type that is not accepted is refused at the upload in the viewer's language and nothing is stored. A live
 * notice redraws the tab only when something changed, and open comments stay open.
 */
class CandidateDocumentsTabIT extends BrowserlessUiTest {

    @Autowired CandidateDocuments documents;
    @Autowired com.careerbridge.crm.assignment.AssignmentService assignments;
    @Autowired com.careerbridge.crm.roleguide.RoleGuideService guides;
    @Autowired com.careerbridge.crm.targetrole.TargetRoleService targetRoles;

    UserAccount consultant;
    Candidate candidate;

    @BeforeEach
    void consultantWithACandidate() {
        consultant = staff("Documents", Role.CONSULTANT);
        signIn(consultant);
        candidate = candidate("Filer");
    }

    @Test
    void anUploadedPdfShowsWithItsVersionPreviewAndDownload() throws IOException {
        DocumentsTab tab = open();
        assertThat(tab.list.getElement().getTextRecursively()).contains("No documents yet.");

        tab.kind.setValue(DocumentKind.COVER_LETTER);
        tab.title.setValue("Letter for Naver " + run);
        test(tab.upload).upload("letter.pdf", "application/pdf", DocumentSamples.pdf());
        MockVaadin.clientRoundtrip();

        assertThat(tab.uploadError.isVisible()).isFalse();
        Div card = $(Div.class).from(tab.list).withClassName("document-card").single();
        assertThat(card.getElement().getTextRecursively()).contains("Letter for Naver " + run, "Cover letter",
                "Version 1: letter.pdf", "by staff");
        assertThat($(Anchor.class).from(card).withClassName("document-download").single().getText())
                .isEqualTo("Download");
        assertThat($(Image.class).from(card).withClassName("document-preview").exists()).isTrue();
        assertThat(documents.list(candidate.getId())).singleElement()
                .satisfies(d -> assertThat(d.title()).isEqualTo("Letter for Naver " + run));
    }

    @Test
    void aCommentIsAddedToAVersion() {
        DocumentView stored = documents.upload(candidate.getId(), new NewDocument(DocumentKind.CV, "CV " + run, null),
                "cv.txt", new ByteArrayInputStream("My CV, plain text.".getBytes(StandardCharsets.UTF_8)));
        DocumentsTab tab = open();
        Details comments = $(Details.class).from(tab.list).withClassName("document-comments").single();
        assertThat(comments.getSummaryText()).isEqualTo("Comments (0)");
        comments.setOpened(true);

        $(TextField.class).from(comments).withClassName("comment-text").single().setValue("Shorten the summary");
        test($(Button.class).from(comments).withClassName("comment-add").single()).click();

        assertThat(comments.getElement().getTextRecursively()).contains("Shorten the summary", "staff");
        assertThat(documents.comments(stored.latest().id())).singleElement()
                .satisfies(c -> assertThat(c.body()).isEqualTo("Shorten the summary"));
    }

    /**
     * The live notice of the consultant's own upload arrives after the tab has drawn it: the tab is not drawn again,
     * so the preview the browser is loading keeps its address.
     */
    @Test
    void theNoticeOfAnOwnUploadDoesNotDrawTheTabAgain() throws IOException {
        DocumentsTab tab = open();
        tab.title.setValue("CV " + run);
        test(tab.upload).upload("cv.pdf", "application/pdf", DocumentSamples.pdf());
        MockVaadin.clientRoundtrip();
        Image preview = $(Image.class).from(tab.list).withClassName("document-preview").single();

        settle(); // the notice of the upload, delivered through PostgreSQL
        $(CandidateView.class).single().refreshConversation(CandidateView.DOCUMENTS); // and what it runs, for certain

        assertThat($(Image.class).from(tab.list).withClassName("document-preview").single())
                .as("the same preview, not a new one with a new address").isSameAs(preview);
    }

    /**
     * A comment changes the version's comment count, so its notice redraws the tab: the comments the consultant has
     * open stay open, now with the new count and the comment in them.
     */
    @Test
    void openCommentsStayOpenWhenTheTabIsDrawnAgain() {
        DocumentView stored = documents.upload(candidate.getId(), new NewDocument(DocumentKind.CV, "CV " + run, null),
                "cv.txt", new ByteArrayInputStream("My CV, plain text.".getBytes(StandardCharsets.UTF_8)));
        DocumentsTab tab = open();
        Details comments = $(Details.class).from(tab.list).withClassName("document-comments").single();
        comments.setOpened(true);
        $(TextField.class).from(comments).withClassName("comment-text").single().setValue("Add the Naver project");
        test($(Button.class).from(comments).withClassName("comment-add").single()).click();

        awaitUi(() -> "Comments (1)".equals(
                $(Details.class).from(tab.list).withClassName("document-comments").single().getSummaryText()), 5);

        Details redrawn = $(Details.class).from(tab.list).withClassName("document-comments").single();
        assertThat(redrawn).isNotSameAs(comments);
        assertThat(redrawn.isOpened()).as("still open after the redraw").isTrue();
        assertThat(redrawn.getElement().getTextRecursively()).contains("Add the Naver project");
        assertThat(documents.comments(stored.latest().id())).hasSize(1);
    }

    @Test
    void aFileOfARefusedTypeIsRefusedAtTheUpload() {
        DocumentsTab tab = open();
        tab.title.setValue("Page " + run);
        test(tab.upload).upload("page.html", "text/html",
                "<!DOCTYPE html><html><body>not a document</body></html>".getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();

        assertThat(tab.uploadError.isVisible()).isTrue();
        assertThat(tab.uploadError.getText()).isEqualTo("File: " + tab.getTranslation("error.type-not-allowed"));
        assertThat(documents.list(candidate.getId())).isEmpty();
    }

    /**
     * An upload with a target role and a checklist item of the guide assigned for it: the card names both; the
     * consultant then moves the document to another item on its card, and clears the links. Nothing is ticked: only
     * the candidate hands a document in.
     */
    @Test
    void anUploadWithLinksShowsThemAndTheyAreChangedAndClearedOnTheCard() {
        long guideId = guides.library().stream().filter(g -> g.slug().equals("sales")).findFirst().orElseThrow()
                .guideId();
        long roleId = targetRoles.add(candidate.getId(), guideId, new com.careerbridge.crm.targetrole.TargetRoleForm(1,
                java.util.List.of(), com.careerbridge.crm.targetrole.TargetRoleStatus.PREPARING)).getId();
        long assignmentId = assignments.assign(guideId, java.util.List.of(candidate.getId()), null, null).created()
                .getFirst().getId();
        var details = assignments.get(assignmentId);
        String roleTitle = details.overview().titleEn();
        var second = details.checklist().get(1).item();
        var third = details.checklist().get(2).item();
        DocumentsTab tab = open();
        assertThat(tab.links.item.isEnabled()).as("no role chosen yet").isFalse();

        tab.links.role.setValue(tab.links.role.getListDataView().getItems().filter(r -> r.targetRoleId() == roleId)
                .findFirst().orElseThrow());
        assertThat(tab.links.item.isEnabled()).isTrue();
        tab.links.item.setValue(tab.links.item.getListDataView().getItems()
                .filter(item -> item.key().equals(second.key())).findFirst().orElseThrow());
        tab.title.setValue("Answer " + run);
        test(tab.upload).upload("answer.txt", "text/plain", "My answer".getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip();

        assertThat(tab.uploadError.isVisible()).isFalse();
        DocumentView stored = documents.list(candidate.getId()).getFirst();
        assertThat(stored.targetRoleId()).isEqualTo(roleId);
        assertThat(stored.assignmentId()).isEqualTo(assignmentId);
        assertThat(stored.itemKey()).isEqualTo(second.key());
        assertThat(links(tab)).isEqualTo("For: " + roleTitle + " · item 2: "
                + com.careerbridge.crm.ui.messaging.AboutLabels.shortened(second.text().en()));
        assertThat(tab.links.role.getValue()).as("the upload's choices are cleared").isNull();

        test($(Button.class).from(tab.list).withClassName("document-links-change").single()).click();
        var itemChoice = $(com.vaadin.flow.component.combobox.ComboBox.class).from(tab.list)
                .withClassName("document-item").single();
        @SuppressWarnings("unchecked")
        var items = (com.vaadin.flow.component.combobox.ComboBox<com.careerbridge.crm.assignment.AssignedChecklist.Item>) itemChoice;
        assertThat(items.getValue().key()).as("the editor starts from the document's links").isEqualTo(second.key());
        items.setValue(items.getListDataView().getItems().filter(item -> item.key().equals(third.key()))
                .findFirst().orElseThrow());
        test($(Button.class).from(tab.list).withClassName("document-links-save").single()).click();

        assertThat(documents.list(candidate.getId()).getFirst().itemKey()).isEqualTo(third.key());
        assertThat(links(tab)).startsWith("For: " + roleTitle + " · item 3: ");

        test($(Button.class).from(tab.list).withClassName("document-links-change").single()).click();
        test($(Button.class).from(tab.list).withClassName("document-links-clear").single()).click();
        DocumentView cleared = documents.list(candidate.getId()).getFirst();
        assertThat(cleared.targetRoleId()).isNull();
        assertThat(cleared.itemKey()).isNull();
        assertThat($(Span.class).from(tab.list).withClassName("document-links-summary").all())
                .as("no links, no line").isEmpty();
        assertThat(itemStates(assignmentId)).doesNotContain("DONE");
    }

    private String links(DocumentsTab tab) {
        return $(Span.class).from(tab.list).withClassName("document-links-summary").single().getText();
    }

    private java.util.List<String> itemStates(long assignmentId) {
        return assignments.get(assignmentId).checklist().stream().map(entry -> entry.state().name()).toList();
    }

    private DocumentsTab open() {
        com.vaadin.flow.component.UI.getCurrent().navigate(CandidateView.class,
                new com.vaadin.flow.router.RouteParameters(CandidateView.ID, Long.toString(candidate.getId())),
                com.vaadin.flow.router.QueryParameters.of(CandidateView.TAB, "documents"));
        return $(DocumentsTab.class).single();
    }
}
