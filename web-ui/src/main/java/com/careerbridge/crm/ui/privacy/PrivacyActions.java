package com.careerbridge.crm.ui.privacy;

import com.careerbridge.crm.account.AuthenticatedUser;
import com.careerbridge.crm.account.Role;
import com.careerbridge.crm.candidate.Candidate;
import com.careerbridge.crm.datarights.CandidateDataExport;
import com.careerbridge.crm.datarights.CandidateErasure;
import com.careerbridge.crm.datarights.ExportTicket;
import com.careerbridge.crm.ui.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * Builds the privacy buttons for the views, so that the candidate page and the portal need one line each. The buttons
 * only show what the core allows anyway: the services check again on every click and download.
 */
@org.springframework.stereotype.Component
public class PrivacyActions {

    private final CandidateDataExport export;
    private final CandidateErasure erasure;
    private final CurrentUser currentUser;

    PrivacyActions(CandidateDataExport export, CandidateErasure erasure, CurrentUser currentUser) {
        this.export = export;
        this.erasure = erasure;
        this.currentUser = currentUser;
    }

    /**
     * "Export data" and "Erase candidate…" for an administrator; for anyone else an empty, hidden layout (a
     * consultant does not get these rights, see docs/security.md).
     */
    public Component forCandidate(Candidate candidate) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("privacy-actions");
        boolean admin = currentUser.get().map(AuthenticatedUser::role).filter(role -> role == Role.ADMIN).isPresent();
        if (!admin) {
            actions.setVisible(false);
            return actions;
        }
        long candidateId = candidate.getId();
        Anchor download = new Anchor(handler(() -> export.authorize(candidateId)), AttachmentType.DOWNLOAD, "");
        download.addClassName("privacy-export");
        download.add(looksLikeAButton(new Button(actions.getTranslation("privacy.export"), VaadinIcon.DOWNLOAD.create())));
        Button erase = new Button(actions.getTranslation("privacy.erase"), VaadinIcon.TRASH.create(),
                click -> new ErasureDialog(erasure, candidate).open());
        erase.addClassName("privacy-erase");
        erase.addThemeName("error");
        actions.add(download, erase);
        return actions;
    }

    /** "Download my data" for the signed-in candidate. */
    public Component ownDownload() {
        Anchor download = new Anchor(handler(export::authorizeOwn), AttachmentType.DOWNLOAD, "");
        download.addClassName("privacy-export-own");
        download.add(looksLikeAButton(new Button(download.getTranslation("portal.export"), VaadinIcon.DOWNLOAD.create())));
        return download;
    }

    /**
     * The button inside a download link is only its look: the link is the one tab stop and the one target (its CSS
     * lets clicks through to the link), so the keyboard does not meet the same action twice.
     */
    private static Button looksLikeAButton(Button button) {
        button.getElement().setAttribute("tabindex", "-1");
        return button;
    }

    private DownloadHandler handler(java.util.function.Supplier<ExportTicket> permission) {
        return event -> {
            ExportTicket ticket = permission.get();
            event.setFileName(ticket.fileName());
            event.setContentType("application/zip");
            export.write(ticket, event.getOutputStream());
        };
    }
}
