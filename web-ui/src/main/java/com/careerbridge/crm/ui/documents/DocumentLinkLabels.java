package com.careerbridge.crm.ui.documents;

import java.util.ArrayList;
import java.util.List;

import com.careerbridge.crm.assignment.AssignedChecklist;
import com.careerbridge.crm.documents.DocumentLinkChoices;
import com.careerbridge.crm.documents.DocumentView;
import com.careerbridge.crm.shared.Language;
import com.careerbridge.crm.ui.messaging.AboutLabels;
import com.vaadin.flow.component.Component;

/**
 * What a document is linked to, in the reader's language: "For: Account Manager · item 3: …". Named from the link
 * choices read once for the page; a role or item that is gone reads "(no longer available)", never an error.
 */
public final class DocumentLinkLabels {

    private DocumentLinkLabels() {
    }

    /** The document's links as one line, or {@code null} when it has none. */
    public static String of(Component context, DocumentLinkChoices choices, DocumentView document) {
        Language language = AboutLabels.language(context);
        List<String> parts = new ArrayList<>();
        DocumentLinkChoices.Role role = null;
        if (document.targetRoleId() != null) {
            role = choices.role(document.targetRoleId()).orElse(null);
            parts.add(context.getTranslation("document-links.for", role == null ? gone(context)
                    : role.title().in(language)));
        }
        if (document.assignmentId() != null) {
            parts.add(guidePart(context, choices, document, role, language));
        }
        return parts.isEmpty() ? null : String.join(" · ", parts);
    }

    private static String guidePart(Component context, DocumentLinkChoices choices, DocumentView document,
                                    DocumentLinkChoices.Role role, Language language) {
        AssignedChecklist checklist = choices.checklist(document.assignmentId()).orElse(null);
        if (checklist == null) {
            return context.getTranslation("document-links.guide", gone(context));
        }
        String guide = checklist.guideTitle().in(language);
        if (document.itemKey() == null) {
            return context.getTranslation("document-links.guide", guide);
        }
        AssignedChecklist.Item item = checklist.item(document.itemKey()).orElse(null);
        if (item == null) {
            return context.getTranslation("document-links.item-gone", guide, gone(context));
        }
        String text = shortened(item.text().in(language));
        // The role already names the guide: "item 3: …" is enough then.
        return role != null && role.guideId() == checklist.guideId()
                ? context.getTranslation("document-links.item", item.number(), text)
                : context.getTranslation("document-links.item-of", guide, item.number(), text);
    }

    /** An item as a choice: "Item 3: …". */
    static String option(Component context, AssignedChecklist.Item item) {
        return context.getTranslation("document-links.item-option", item.number(),
                shortened(item.text().in(AboutLabels.language(context))));
    }

    private static String gone(Component context) {
        return context.getTranslation("document-links.gone");
    }

    private static String shortened(String text) {
        return AboutLabels.shortened(text);
    }
}
