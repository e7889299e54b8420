package com.careerbridge.crm.ui.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.account.UserAccount;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.documents.CandidateDocuments;
import com.careerbridge.crm.documents.DocumentKind;
import com.careerbridge.crm.documents.DocumentView;
import com.careerbridge.crm.documents.NewDocument;
import com.careerbridge.webtest.BrowserlessUiTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The candidate page's Documents tab: a PDF uploaded through the page's upload (streamed into core) shows with its
 * kind, title, version, size, uploader, first-page preview and download link; a comment is added to a version; a file
 * of a type that is not accepted is refused at the upload in the viewer's language and nothing is stored.
 */
class CandidateDocumentsTabIT extends BrowserlessUiTest {

    @Autowired CandidateDocuments documents;

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
        test(tab.upload).upload("letter.pdf", "application/pdf", pdf());
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

    private DocumentsTab open() {
        com.vaadin.flow.component.UI.getCurrent().navigate(CandidateView.class,
                new com.vaadin.flow.router.RouteParameters(CandidateView.ID, Long.toString(candidate.getId())),
                com.vaadin.flow.router.QueryParameters.of(CandidateView.TAB, "documents"));
        return $(DocumentsTab.class).single();
    }

    private static byte[] pdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setNonStrokingColor(0.1f, 0.3f, 0.8f);
                content.addRect(50, 600, 300, 120);
                content.fill();
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
