package com.careerbridge.crm.ui.documents;

import com.careerbridge.crm.documents.CandidateDocuments;
import com.careerbridge.crm.documents.DocumentLinkChoices;
import com.careerbridge.crm.documents.DocumentLinks;
import com.careerbridge.crm.documents.DocumentView;
import com.careerbridge.crm.ui.common.UiErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A document's links on its card: the line that names them, and "Change links" opening the two choices with Save,
 * Clear and Cancel. Saving sends the version the card was built from, so a change made meanwhile by someone else is
 * refused as stale — the message says so and the choices keep what the user picked.
 */
public class DocumentLinksEditor extends Div {

    final Span summary = new Span();
    final Button change = new Button();
    final DocumentLinksPicker picker = new DocumentLinksPicker();
    final Button save = new Button();
    final Button clear = new Button();
    final Button cancel = new Button();
    private final Div editing;

    public DocumentLinksEditor(CandidateDocuments documents, DocumentView document, DocumentLinkChoices choices,
                               Runnable saved) {
        addClassName("document-links");
        String named = DocumentLinkLabels.of(this, choices, document);
        summary.setText(named == null ? "" : named);
        summary.setVisible(named != null);
        summary.addClassName("document-links-summary");
        change.setText(getTranslation("document-links.change"));
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        change.addClassName("document-links-change");
        picker.show(choices);
        picker.setValue(new DocumentLinks(document.targetRoleId(), document.assignmentId(), document.itemKey()));
        save.setText(getTranslation("document-links.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        save.addClassName("document-links-save");
        clear.setText(getTranslation("document-links.clear"));
        clear.addThemeVariants(ButtonVariant.LUMO_SMALL);
        clear.addClassName("document-links-clear");
        clear.setVisible(named != null);
        cancel.setText(getTranslation("document-links.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        cancel.addClassName("document-links-cancel");
        Div buttons = new Div(save, clear, cancel);
        buttons.addClassName("document-links-buttons");
        editing = new Div(picker, buttons);
        editing.addClassName("document-links-editing");
        editing.setVisible(false);
        change.addClickListener(click -> editing(true));
        cancel.addClickListener(click -> editing(false));
        save.addClickListener(click -> store(documents, document, picker.value(), saved));
        clear.addClickListener(click -> store(documents, document, DocumentLinks.NONE, saved));
        add(summary, change, editing);
    }

    private void editing(boolean on) {
        editing.setVisible(on);
        change.setVisible(!on);
        picker.clearRefusal();
    }

    private void store(CandidateDocuments documents, DocumentView document, DocumentLinks links, Runnable saved) {
        UiErrors.attempt(this, picker.fields(), () -> documents.relink(document.id(), document.version(), links))
                .ifPresent(stored -> {
                    UiErrors.success(getTranslation("document-links.saved"));
                    saved.run();
                });
    }
}
