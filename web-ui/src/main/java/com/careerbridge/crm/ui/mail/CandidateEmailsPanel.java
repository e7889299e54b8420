package com.careerbridge.crm.ui.mail;

import java.util.Map;

import com.careerbridge.crm.digest.CandidateMails;
import com.careerbridge.crm.digest.DigestService;
import com.careerbridge.crm.notification.OutboxFilter;
import com.careerbridge.crm.ui.common.UiErrors;
import com.careerbridge.crm.ui.common.WorkIndicator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * For the candidate page: preview the candidate's next weekly digest, send it now, and the mail sent to them.
 * Permissions are the services' (another consultant's candidate is "not found").
 * <pre>{@code new CandidateEmailsPanel(digestService, candidateMails, candidateId)}</pre>
 */
public class CandidateEmailsPanel extends VerticalLayout {

    private final DigestService digests;
    private final long candidateId;
    private final OutboxGrid grid;
    private final Button preview = new Button();
    private final WorkIndicator working = new WorkIndicator();

    public CandidateEmailsPanel(DigestService digests, CandidateMails mails, long candidateId) {
        this.digests = digests;
        this.candidateId = candidateId;
        setPadding(false);
        preview.setText(getTranslation("mail.digest.preview"));
        preview.setDisableOnClick(true);
        preview.addClickListener(click -> preview());
        Button sendNow = new Button(getTranslation("mail.digest.send-now"), click -> confirmSend());
        sendNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid = new OutboxGrid(mails, OutboxFilter.forCandidate(candidateId), false);
        grid.setAllRowsVisible(true);
        add(new H3(getTranslation("mail.panel.title")), new HorizontalLayout(preview, sendNow), working, grid);
    }

    private void preview() {
        working.run(preview, getTranslation("mail.digest.preview.working"), () -> digests.preview(candidateId),
                digest -> new MailDetailDialog(digest.subject(), digest.html(), digest.text()).open());
    }

    private void confirmSend() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("mail.digest.send-now"),
                getTranslation("mail.digest.send-now.confirm"), getTranslation("mail.digest.send-now"), event -> send());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("mail.cancel"));
        confirm.open();
    }

    private void send() {
        UiErrors.attempt(this, Map.of(), () -> digests.sendNow(candidateId)).ifPresent(id -> {
            UiErrors.success(getTranslation("mail.digest.send-now.done"));
            grid.refresh();
        });
    }
}
