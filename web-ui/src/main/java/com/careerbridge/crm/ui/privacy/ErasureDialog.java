package com.careerbridge.crm.ui.privacy;

import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.datarights.CandidateErasure;
import com.careerbridge.crm.ui.common.TypedNameConfirmDialog;
import com.careerbridge.crm.ui.common.UiErrors;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

/**
 * Asks for the candidate's full name before erasing: an irreversible act should take a deliberate step, not a click
 * on the wrong row. After the erasure the candidate no longer exists for anyone, so the list is shown.
 */
class ErasureDialog extends TypedNameConfirmDialog {

    final Button erase = confirm;

    ErasureDialog(CandidateErasure erasure, Candidate candidate) {
        super(UI.getCurrent().getTranslation("privacy.erase.title"),
                UI.getCurrent().getTranslation("privacy.erase.explanation"), candidate.getFullName(),
                UI.getCurrent().getTranslation("privacy.erase.confirm-label", candidate.getFullName()),
                UI.getCurrent().getTranslation("privacy.erase.confirm"));
        addClassName("erasure-dialog");
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
    }
}
