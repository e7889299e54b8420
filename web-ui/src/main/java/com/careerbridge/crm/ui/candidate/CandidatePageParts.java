package com.careerbridge.crm.ui.candidate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The small pieces the candidate page's parts share: an empty state, a labelled text, a removal to confirm. */
final class CandidatePageParts {

    /** The parts of the candidate page that a change in one of them may leave out of date. */
    enum Part { ROLES, TIMELINE }

    /** How a part asks the page to read other parts again after a change it made. */
    @FunctionalInterface
    interface Refresh {
        void parts(Part... parts);
    }

    private CandidatePageParts() {
    }

    static Component emptyText(Component owner, String key) {
        Paragraph empty = new Paragraph(owner.getTranslation(key));
        empty.addClassName("empty-state");
        return empty;
    }

    static Component labelled(Component owner, String key, String text) {
        Div block = new Div();
        block.addClassName("labelled-text");
        Span label = new Span(owner.getTranslation(key));
        label.addClassName("muted");
        block.add(label, new Paragraph(text));
        return block;
    }

    static void confirmRemoval(Component owner, String question, Runnable action) {
        Dialog dialog = new Dialog(new Paragraph(question));
        Button yes = new Button(owner.getTranslation("action.remove"), click -> {
            dialog.close();
            action.run();
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(owner.getTranslation("action.cancel"), click -> dialog.close()), yes);
        dialog.open();
    }
}
