package com.careerbridge.crm.ui.privacy;

import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.datarights.CandidateErasure;
import com.careerbridge.crm.ui.common.UiErrors;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * Asks for the candidate's full name before erasing: an irreversible act should take a deliberate step, not a click
 * on the wrong row. After the erasure the candidate no longer exists for anyone, so the list is shown.
 */
class ErasureDialog extends Dialog {

    final TextField confirmation = new TextField();
    final Button erase = new Button();

    ErasureDialog(CandidateErasure erasure, Candidate candidate) {
        addClassName("erasure-dialog");
        setHeaderTitle(getTranslation("privacy.erase.title"));
        confirmation.setLabel(getTranslation("privacy.erase.confirm-label", candidate.getFullName()));
        confirmation.setWidthFull();
        confirmation.setValueChangeMode(ValueChangeMode.EAGER);
        erase.setText(getTranslation("privacy.erase.confirm"));
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        erase.setEnabled(false);
        confirmation.addValueChangeListener(change ->
                erase.setEnabled(change.getValue().strip().equals(candidate.getFullName().strip())));
        erase.addClickListener(click -> {
            try {
                erasure.erase(candidate.getId());
            } catch (RuntimeException e) {
                if (!UiErrors.show(this, e)) {
                    throw e;
                }
                return;
            }
            close();
            UiErrors.success(getTranslation("privacy.erase.done"));
            // By path, not CandidateListView.class: the candidate page opens this dialog, and a class reference back
            // would make the packages candidate and privacy depend on each other.
            UI.getCurrent().navigate("candidates");
        });
        add(new Paragraph(getTranslation("privacy.erase.explanation")), confirmation);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), erase);
    }
}
