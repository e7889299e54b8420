package com.careerbridge.crm.ui.candidate;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.careerbridge.crm.documents.CandidateDocuments;
import com.careerbridge.crm.documents.DocumentComment;
import com.careerbridge.crm.documents.DocumentDownload;
import com.careerbridge.crm.documents.DocumentKind;
import com.careerbridge.crm.documents.DocumentLinkChoices;
import com.careerbridge.crm.documents.DocumentVersionView;
import com.careerbridge.crm.documents.DocumentView;
import com.careerbridge.crm.documents.NewDocument;
import com.careerbridge.crm.shared.DomainException;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.ui.common.Formats;
import com.careerbridge.crm.ui.common.UiErrors;
import com.careerbridge.crm.ui.common.UploadTexts;
import com.careerbridge.crm.ui.common.ViewerTime;
import com.careerbridge.crm.ui.documents.DocumentLinksEditor;
import com.careerbridge.crm.ui.documents.DocumentLinksPicker;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/**
 * The candidate page's "Documents" tab: each document with its kind, title and versions (size, who uploaded it, when),
 * a PDF version's first page, a download link and comments per version; an upload for a new document (kind and title
 * first) and one per document for its next version. Uploads are streamed: Vaadin hands over the request's input
 * stream and {@link CandidateDocuments} writes it to the database in chunks — the file is never held in memory here.
 * A refusal (type, size, quota) is shown at the upload it came from, in the viewer's language. A document may be
 * linked to one of the candidate's target roles and a checklist item of its guide, at the upload or later on its card.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class DocumentsTab extends VerticalLayout {

    /** One way of storing what an upload brings. */
    @FunctionalInterface
    interface Store {
        DocumentView store(String fileName, InputStream content);
    }

    /** What came of an upload: the document as stored, or the refusal's text (and the refusal, when of a value). */
    record Outcome(DocumentView stored, String refusal, InvalidValueException invalid) {
    }

    private final CandidateDocuments documents;
    final Select<DocumentKind> kind = new Select<>();
    final TextField title = new TextField();
    final DocumentLinksPicker links = new DocumentLinksPicker();
    final Upload upload;
    final Paragraph uploadError = new Paragraph();
    final Div list = new Div();
    private long candidateId = -1;
    private DocumentLinkChoices choices = new DocumentLinkChoices(List.of(), List.of());
    /** What the list shows, so that a refresh that would show the same leaves it (and its open sections) alone. */
    private List<DocumentView> shown;
    /** Each shown version's comments section, by version id, to open again the ones open before a redraw. */
    private final Map<Long, Details> commentSections = new HashMap<>();

    DocumentsTab(CandidateDocuments documents) {
        this.documents = documents;
        addClassName("documents-tab");
        setPadding(false);
        kind.setLabel(getTranslation("documents.kind"));
        kind.setItems(DocumentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("document-kind." + k.name()));
        kind.setValue(DocumentKind.CV);
        title.setLabel(getTranslation("staff-documents.title"));
        title.setMaxLength(NewDocument.TITLE_MAX);
        upload = streamingUpload(this::storeNew, uploadError);
        HorizontalLayout form = new HorizontalLayout(kind, title, links);
        form.setWrap(true);
        list.addClassName("document-list");
        add(new H3(getTranslation("staff-documents.new")), form, upload, uploadError, list);
    }

    void show(long candidateId) {
        this.candidateId = candidateId;
        shown = null;
        refresh();
    }

    /**
     * Reads the documents again and redraws the list — unless it would show what it shows already: the live notice of
     * a change this tab made itself (an upload, a comment) arrives after the tab has drawn it, and a second redraw
     * would close the comments being read and swap the preview images the browser is still loading. The comments
     * sections open before a redraw are open after it.
     */
    void refresh() {
        if (candidateId < 0) {
            return;
        }
        DocumentLinkChoices nowChoices = documents.linkChoices(candidateId);
        List<DocumentView> all = documents.list(candidateId);
        if (all.equals(shown) && nowChoices.equals(choices)) {
            return;
        }
        Set<Long> open = commentSections.entrySet().stream().filter(entry -> entry.getValue().isOpened())
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        choices = nowChoices;
        links.show(choices);
        list.removeAll();
        commentSections.clear();
        if (all.isEmpty()) {
            list.add(CandidatePageParts.emptyText(this, "documents.none"));
        }
        all.forEach(document -> list.add(card(document)));
        shown = all;
        open.stream().map(commentSections::get).filter(Objects::nonNull).forEach(section -> section.setOpened(true));
    }

    /** A new document from what the form says, read in the UI's lock when called from the upload's request. */
    DocumentView storeNew(String fileName, InputStream content) {
        NewDocument[] facts = new NewDocument[1];
        Runnable read = () -> facts[0] = new NewDocument(kind.getValue(), title.getValue(), links.value());
        UI ui = getUI().orElse(null);
        if (ui == null) {
            read.run();
        } else {
            ui.accessSynchronously(read::run);
        }
        return documents.upload(candidateId, facts[0], fileName, content);
    }

    /**
     * Stores an upload and tells what came of it. Runs on the upload's request thread, as the signed-in person, and
     * outside the UI's lock (a large file takes a while); the caller shows the outcome.
     */
    Outcome receive(Store store, String fileName, InputStream content) {
        try {
            return new Outcome(store.store(fileName, content), null, null);
        } catch (InvalidValueException invalid) {
            InvalidValueException.FieldViolation first = invalid.violations().getFirst();
            return new Outcome(null, getTranslation("field." + first.field()) + ": "
                    + getTranslation("error." + first.reason()), invalid);
        } catch (DomainException refused) {
            return new Outcome(null, UiErrors.isStaleEdit(refused) ? getTranslation("conflict.stale")
                    : getTranslation(refused.code()), null);
        }
    }

    /** Shows an upload's outcome in the UI: the refreshed list, or the refusal at the upload. */
    void shown(Outcome outcome, Upload at, Paragraph error) {
        error.setText(outcome.refusal() == null ? "" : outcome.refusal());
        error.setVisible(outcome.refusal() != null);
        if (at == upload) {
            links.clearRefusal();
            if (outcome.invalid() != null) {
                links.showRefusal(outcome.invalid());
            }
        }
        if (outcome.stored() != null) {
            at.clearFileList();
            if (at == upload) {
                title.clear();
                links.setValue(com.careerbridge.crm.documents.DocumentLinks.NONE);
            }
            UiErrors.success(getTranslation("staff-documents.uploaded"));
            refresh();
        }
    }

    private Upload streamingUpload(Store store, Paragraph error) {
        error.addClassName("field-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        Upload[] target = new Upload[1];
        UploadHandler handler = event -> {
            UI ui = event.getUI();
            Outcome outcome = receive(store, event.getFileName(), event.getInputStream());
            ui.access(() -> shown(outcome, target[0], error));
        };
        target[0] = new Upload(handler);
        target[0].setMaxFiles(1);
        target[0].setMaxFileSize((int) Math.min(Integer.MAX_VALUE, documents.maxFileSize()));
        target[0].setDropAllowed(true);
        UploadTexts.localize(target[0]);
        return target[0];
    }

    private Component card(DocumentView document) {
        Div card = new Div();
        card.addClassNames("card", "document-card");
        Span heading = new Span(document.title());
        heading.addClassName("card-title");
        Span what = new Span(getTranslation("document-kind." + document.kind().name()));
        what.addClassName("muted");
        HorizontalLayout head = new HorizontalLayout(heading, what);
        head.setWrap(true);
        card.add(head, new DocumentLinksEditor(documents, document, choices, this::refresh));
        document.versions().reversed().forEach(version -> card.add(version(version)));
        Paragraph versionError = new Paragraph();
        Upload next = streamingUpload((fileName, content) ->
                documents.uploadVersion(document.id(), document.version(), fileName, content), versionError);
        next.addClassName("version-upload");
        next.setUploadButton(new Button(getTranslation("documents.new-version")));
        card.add(next, versionError);
        return card;
    }

    private Component version(DocumentVersionView version) {
        Div block = new Div();
        block.addClassName("document-version");
        String who = getTranslation(version.byCandidate() ? "documents.by-candidate" : "staff-documents.by-staff");
        Span facts = new Span(getTranslation("staff-documents.version", version.number(), version.fileName(),
                size(version.size()), who,
                Formats.dateTime(version.uploadedAt(), ViewerTime.zone(), getLocale())));
        Anchor download = new Anchor(download(version.id()), AttachmentType.DOWNLOAD,
                getTranslation("documents.download"));
        download.addClassName("document-download");
        block.add(facts, new Span(" "), download);
        if (version.hasPreview()) {
            Image preview = new Image(preview(version.id()), getTranslation("documents.preview", version.fileName()));
            preview.addClassName("document-preview");
            preview.setMaxWidth("240px");
            block.add(new Div(preview));
        }
        block.add(comments(version));
        return block;
    }

    private Component comments(DocumentVersionView version) {
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        Details details = new Details(getTranslation("documents.comments", version.comments()), content);
        details.addClassName("document-comments");
        commentSections.put(version.id(), details);
        details.addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                showComments(version.id(), content);
            }
        });
        return details;
    }

    void showComments(long versionId, VerticalLayout content) {
        content.removeAll();
        for (DocumentComment comment : documents.comments(versionId)) {
            Div line = new Div();
            line.addClassName("document-comment");
            Span who = new Span(getTranslation(comment.byCandidate() ? "documents.by-candidate" : "staff-documents.by-staff")
                    + " · " + Formats.dateTime(comment.at(), ViewerTime.zone(), getLocale()));
            who.addClassName("muted");
            Div body = new Div();
            body.getStyle().set("white-space", "pre-wrap");
            body.setText(comment.body());
            line.add(who, body);
            content.add(line);
        }
        TextField text = new TextField();
        text.setAriaLabel(getTranslation("documents.comment.new"));
        text.setPlaceholder(getTranslation("documents.comment.new"));
        text.setMaxLength(DocumentComment.BODY_MAX);
        text.addClassName("comment-text");
        Button add = new Button(getTranslation("staff-documents.comment.add"), click ->
                UiErrors.attempt(this, Map.of("text", text), () -> documents.comment(versionId, text.getValue()))
                        .ifPresent(saved -> showComments(versionId, content)));
        add.addClassName("comment-add");
        content.add(new HorizontalLayout(text, add));
    }

    /** Bytes as people read them (B, KB, MB — the same symbols in both languages). */
    private String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        return bytes < 1024 * 1024 ? format.format(bytes / 1024.0) + " KB"
                : format.format(bytes / (1024.0 * 1024.0)) + " MB";
    }

    private DownloadHandler download(long versionId) {
        return event -> {
            DocumentDownload file = documents.download(versionId);
            event.setFileName(file.fileName());
            event.setContentType(file.contentType());
            event.setContentLength(file.size());
            file.writeTo(event.getOutputStream());
        };
    }

    private DownloadHandler preview(long versionId) {
        return event -> {
            byte[] png = documents.preview(versionId).orElse(new byte[0]);
            event.setContentType("image/png");
            event.setContentLength(png.length);
            event.inline("preview-" + versionId + ".png");
            event.getOutputStream().write(png);
        };
    }
}
