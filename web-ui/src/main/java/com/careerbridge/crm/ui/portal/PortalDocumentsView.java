package com.careerbridge.crm.ui.portal;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.careerbridge.crm.documents.CandidateDocuments;
import com.careerbridge.crm.documents.DocumentComment;
import com.careerbridge.crm.documents.DocumentDownload;
import com.careerbridge.crm.documents.DocumentKind;
import com.careerbridge.crm.documents.DocumentLinkChoices;
import com.careerbridge.crm.documents.DocumentLinks;
import com.careerbridge.crm.documents.DocumentVersionView;
import com.careerbridge.crm.documents.DocumentView;
import com.careerbridge.crm.documents.NewDocument;
import com.careerbridge.crm.live.LiveFeed;
import com.careerbridge.crm.shared.DomainException;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.ui.common.BrowserZone;
import com.careerbridge.crm.ui.common.Formats;
import com.careerbridge.crm.ui.common.LiveRefresh;
import com.careerbridge.crm.ui.common.UiErrors;
import com.careerbridge.crm.ui.common.UploadTexts;
import com.careerbridge.crm.ui.documents.DocumentLinksEditor;
import com.careerbridge.crm.ui.documents.DocumentLinksPicker;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;

/**
 * The candidate's documents (#16): each with its versions (kind, title, number, size, date), a download link per
 * version (sent as an attachment), the comments on each version to read and add, an upload of a new version, and at the
 * top an upload of a new document. Uploads stream straight into {@link CandidateDocuments} (never whole in memory); its
 * refusals — a type not accepted, too large, no room left — are shown at the upload they came from. A document may be
 * linked to a target role and a checklist item of its guide, at the upload or later on its card; handing one in for an
 * item ticks that item.
 */
@Route("portal/documents")
@RolesAllowed("CANDIDATE")
public class PortalDocumentsView extends VerticalLayout implements HasDynamicTitle {

    static final String LIVE_KIND = "documents";

    private final transient CandidateDocuments documents;
    private final ZoneId zone;
    private final Div list = new Div();
    private final Span uploadError = new Span();
    private volatile DocumentKind kind = DocumentKind.CV;
    private volatile String title = "";
    private volatile DocumentLinks links = DocumentLinks.NONE;
    private final DocumentLinksPicker linksPicker = new DocumentLinksPicker();
    private DocumentLinkChoices choices = new DocumentLinkChoices(List.of(), List.of());
    /** What the list shows, so that a refresh that would show the same leaves it (and what is typed in it) alone. */
    private List<DocumentView> shown;
    /** Each shown version's comment field, by version id, to keep a comment being written across a redraw. */
    private final Map<Long, TextArea> commentFields = new HashMap<>();

    public PortalDocumentsView(CandidateDocuments documents, LiveFeed live) {
        this.documents = documents;
        this.zone = BrowserZone.current();
        addClassNames("portal-view", "portal-documents-view");
        setDefaultHorizontalComponentAlignment(Alignment.STRETCH);

        Button back = new Button(getTranslation("portal.back"), VaadinIcon.ARROW_LEFT.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(PortalView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div hero = new Div(new H2(getTranslation("documents.title")), new Paragraph(getTranslation("documents.intro")));
        hero.addClassName("portal-hero");
        list.addClassName("portal-documents-list");
        add(back, hero, newDocument(), section("documents.mine", list));
        refresh();
        LiveRefresh.attach(this, live, change -> LIVE_KIND.equals(change.kind()), change -> refresh());
    }

    private Component newDocument() {
        Select<DocumentKind> kindChoice = new Select<>();
        kindChoice.setLabel(getTranslation("documents.kind"));
        kindChoice.setItems(DocumentKind.values());
        kindChoice.setItemLabelGenerator(this::kindLabel);
        kindChoice.setValue(kind);
        kindChoice.addValueChangeListener(event -> kind = event.getValue());
        kindChoice.addClassName("document-kind");
        TextField titleField = new TextField(getTranslation("documents.document-title"));
        titleField.setMaxLength(NewDocument.TITLE_MAX);
        titleField.addValueChangeListener(event -> title = event.getValue());
        titleField.addClassName("document-title");
        uploadError.addClassName("document-upload-error");
        uploadError.setVisible(false);
        // read on the upload's request thread: the choices' values are copied here as they change
        linksPicker.role.addValueChangeListener(event -> links = linksPicker.value());
        linksPicker.item.addValueChangeListener(event -> links = linksPicker.value());
        Upload upload = upload((fileName, in) -> documents.uploadMine(new NewDocument(kind, title, links), fileName, in),
                uploadError, () -> {
                    titleField.clear();
                    linksPicker.setValue(DocumentLinks.NONE);
                    UiErrors.success(getTranslation("documents.uploaded"));
                });
        upload.addClassName("document-upload");
        Paragraph types = new Paragraph(getTranslation("documents.types",
                documents.maxFileSize() / (1024 * 1024)));
        types.addClassName("document-types");
        Div form = new Div(kindChoice, titleField, linksPicker, types, upload, uploadError);
        form.addClassName("portal-document-new");
        return section("documents.new", form);
    }

    interface Store {
        void store(String fileName, java.io.InputStream content);
    }

    /**
     * An upload whose content goes straight to core on the upload request (streamed, nothing buffered here); the page
     * changes afterwards in {@code UI.access}. A refusal is shown in {@code error}. A stored file leaves the upload's
     * list, since with one file at a time a finished one would keep the next document from being chosen.
     */
    private Upload upload(Store store, Span error, Runnable done) {
        Upload[] target = new Upload[1];
        UploadHandler handler = event -> {
            UI ui = event.getUI();
            DomainException refused = null;
            try {
                store.store(event.getFileName(), event.getInputStream());
            } catch (DomainException e) {
                refused = e;
            }
            DomainException problem = refused;
            inUi(ui, () -> {
                linksPicker.clearRefusal();
                if (problem == null) {
                    error.setVisible(false);
                    target[0].clearFileList();
                    done.run();
                    refresh();
                } else {
                    if (error == uploadError && problem instanceof InvalidValueException invalid) {
                        linksPicker.showRefusal(invalid);
                    }
                    error.setText(message(problem));
                    error.setVisible(true);
                }
            });
        };
        Upload upload = new Upload(handler);
        target[0] = upload;
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, documents.maxFileSize()));
        upload.setWidthFull();
        return UploadTexts.localize(upload);
    }

    private static void inUi(UI ui, Runnable task) {
        if (ui.getSession().hasLock()) {
            task.run();
        } else {
            ui.access(task::run);
        }
    }

    private String message(DomainException problem) {
        if (problem instanceof InvalidValueException invalid) {
            return invalid.violations().stream()
                    .map(v -> getTranslation("field." + v.field()) + ": " + getTranslation("error." + v.reason()))
                    .collect(Collectors.joining("\n"));
        }
        return getTranslation(problem.code());
    }

    /**
     * Reads the documents again (after an upload or a comment here, or a change on any instance) and redraws the list
     * — unless it would show what it shows already, as when the live notice of this page's own change arrives after
     * the page has drawn it. A comment being written stays in its field when the list is redrawn.
     */
    void refresh() {
        DocumentLinkChoices nowChoices = documents.myLinkChoices();
        List<DocumentView> mine = documents.mine();
        if (mine.equals(shown) && nowChoices.equals(choices)) {
            return;
        }
        Map<Long, String> drafts = new HashMap<>();
        commentFields.forEach((versionId, field) -> {
            if (!field.isEmpty()) {
                drafts.put(versionId, field.getValue());
            }
        });
        choices = nowChoices;
        linksPicker.show(choices);
        list.removeAll();
        commentFields.clear();
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("documents.empty"));
            empty.addClassName("empty-state");
            list.add(empty);
        }
        for (DocumentView document : mine) {
            list.add(card(document));
        }
        shown = mine;
        drafts.forEach((versionId, draft) -> {
            TextArea field = commentFields.get(versionId);
            if (field != null) {
                field.setValue(draft);
            }
        });
    }

    private Component card(DocumentView document) {
        Span kindBadge = new Span(kindLabel(document.kind()));
        kindBadge.getElement().getThemeList().add("badge contrast");
        Div card = new Div(new H4(document.title()), kindBadge,
                new DocumentLinksEditor(documents, document, choices, this::refresh));
        card.addClassName("portal-document");
        for (DocumentVersionView version : document.versions().reversed()) {
            card.add(version(version));
        }
        Span versionError = new Span();
        versionError.addClassName("document-upload-error");
        versionError.setVisible(false);
        Upload next = upload((fileName, in) -> documents.uploadVersion(document.id(), document.version(), fileName, in),
                versionError, () -> UiErrors.success(getTranslation("documents.version-uploaded")));
        next.addClassName("document-version-upload");
        card.add(new Paragraph(getTranslation("documents.new-version")), next, versionError);
        return card;
    }

    private Component version(DocumentVersionView version) {
        Locale locale = getLocale();
        Span facts = new Span(getTranslation("documents.version", version.number()) + " · " + version.fileName()
                + " · " + size(version.size()) + " · " + Formats.dateTime(version.uploadedAt(), zone, locale)
                + (version.byCandidate() ? "" : " · " + getTranslation("documents.by-staff")));
        facts.addClassName("document-version-facts");
        long versionId = version.id();
        Anchor download = new Anchor(downloadOf(versionId), AttachmentType.DOWNLOAD, getTranslation("documents.download"));
        download.setTarget(AnchorTarget.DEFAULT);
        download.addClassName("document-download");
        Div row = new Div(facts, download);
        row.addClassName("portal-document-version");
        Div comments = new Div();
        comments.addClassName("document-comments");
        if (version.comments() > 0) {
            for (DocumentComment comment : documents.comments(versionId)) {
                Paragraph text = new Paragraph();
                text.setText((comment.byCandidate() ? getTranslation("messages.me") : getTranslation("messages.staff"))
                        + " · " + Formats.dateTime(comment.at(), zone, locale) + "\n" + comment.body());
                text.addClassName("document-comment");
                comments.add(text);
            }
        }
        TextArea commentText = new TextArea(getTranslation("documents.comment"));
        commentText.setMaxLength(DocumentComment.BODY_MAX);
        commentText.setWidthFull();
        commentText.addClassName("document-comment-text");
        commentFields.put(versionId, commentText);
        Button add = new Button(getTranslation("documents.comment.add"), click ->
                UiErrors.attempt(this, Map.of("text", commentText),
                        () -> documents.comment(versionId, commentText.getValue())).ifPresent(saved -> {
                            commentText.clear(); // written: not a draft to keep
                            refresh();
                        }));
        add.addClassName("document-comment-add");
        row.add(comments, commentText, add);
        return row;
    }

    private DownloadHandler downloadOf(long versionId) {
        return event -> {
            DocumentDownload download = documents.download(versionId);
            event.setFileName(download.fileName());
            event.setContentType(download.contentType());
            event.setContentLength(download.size());
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            download.writeTo(event.getOutputStream());
        };
    }

    private String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return getTranslation("documents.size.kb", Math.max(1, (bytes + 1023) / 1024));
        }
        return getTranslation("documents.size.mb", String.format(getLocale(), "%.1f", bytes / (1024.0 * 1024.0)));
    }

    private String kindLabel(DocumentKind kind) {
        return getTranslation("documents.kind." + kind.name());
    }

    private Component section(String headingKey, Component body) {
        Div section = new Div(new H3(getTranslation(headingKey)), body);
        section.addClassName("portal-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("documents.title") + " · " + getTranslation("app.name");
    }
}
