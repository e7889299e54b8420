package com.careerbridge.crm.ui.mail;

import com.careerbridge.crm.notification.OutboxEntry;
import com.careerbridge.crm.notification.OutboxStatus;
import com.careerbridge.crm.notification.StoredMail;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;

/**
 * One mail as it was rendered: subject, the HTML (in a sandboxed frame without scripts, so a mail's content can never
 * act in the staff's session) and the plain text. Mail that was never rendered (pending, skipped) shows its facts only.
 */
class MailDetailDialog extends Dialog {

    MailDetailDialog(String subject, String html, String text) {
        setWidth("min(56rem, 95vw)");
        setHeight("85vh");
        setHeaderTitle(subject == null ? getTranslation("mail.detail.no-subject") : subject);
        add(content(html, text));
        Button close = new Button(getTranslation("mail.close"), click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(close);
    }

    static MailDetailDialog of(StoredMail mail) {
        OutboxEntry entry = mail.entry();
        MailDetailDialog dialog = new MailDetailDialog(entry.subject(), mail.html(), mail.text());
        if (mail.html() == null && mail.text() == null) {
            dialog.removeAll();
            VerticalLayout facts = new VerticalLayout();
            facts.add(new Paragraph(dialog.getTranslation(mail.withheld() ? "mail.detail.withheld"
                    : entry.status() == OutboxStatus.SENT || entry.status() == OutboxStatus.CAPTURED
                    ? "mail.detail.not-kept" : "mail.detail.not-rendered")));
            if (entry.lastError() != null) {
                facts.add(new Paragraph(dialog.getTranslation("mail.column.error") + ": " + entry.lastError()));
            }
            dialog.add(facts);
        }
        return dialog;
    }

    private Div content(String html, String text) {
        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        if (html != null) {
            IFrame frame = new IFrame();
            frame.setSrcdoc(html);
            frame.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
            frame.setWidthFull();
            frame.setHeight("65vh");
            frame.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)");
            tabs.add(getTranslation("mail.detail.html"), frame);
        }
        if (text != null) {
            Pre plain = new Pre(text);
            plain.getStyle().set("white-space", "pre-wrap");
            tabs.add(getTranslation("mail.detail.text"), plain);
        }
        Div wrapper = new Div(tabs);
        wrapper.setSizeFull();
        return wrapper;
    }
}
