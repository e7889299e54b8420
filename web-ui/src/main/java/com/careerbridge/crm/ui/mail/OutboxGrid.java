package com.careerbridge.crm.ui.mail;

import com.careerbridge.crm.digest.CandidateMails;
import com.careerbridge.crm.notification.OutboxEntry;
import com.careerbridge.crm.notification.OutboxFilter;
import com.careerbridge.crm.notification.OutboxStatus;
import com.careerbridge.crm.ui.common.UiErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;

/**
 * The outbox as the signed-in staff member may see it, lazily from the database (filter and paging there). A click on
 * a row opens the rendered mail; FAILED mail has a "retry" button.
 */
class OutboxGrid extends Grid<OutboxEntry> {

    private final CandidateMails mails;
    private OutboxFilter filter;

    OutboxGrid(CandidateMails mails, OutboxFilter filter, boolean showRecipient) {
        super(OutboxEntry.class, false);
        this.mails = mails;
        this.filter = filter;
        addColumn(entry -> MailTexts.status(this, entry.status())).setHeader(getTranslation("mail.column.status"))
                .setAutoWidth(true);
        addColumn(entry -> MailTexts.template(this, entry.template())).setHeader(getTranslation("mail.column.template"))
                .setAutoWidth(true);
        if (showRecipient) {
            addColumn(OutboxEntry::recipientAddress).setHeader(getTranslation("mail.column.recipient")).setAutoWidth(true);
        }
        addColumn(entry -> MailTexts.time(this, entry.dueAt())).setHeader(getTranslation("mail.column.due"))
                .setAutoWidth(true);
        addColumn(entry -> MailTexts.time(this, entry.sentAt())).setHeader(getTranslation("mail.column.sent"))
                .setAutoWidth(true);
        addColumn(OutboxEntry::attempts).setHeader(getTranslation("mail.column.attempts")).setAutoWidth(true);
        addColumn(OutboxEntry::lastError).setHeader(getTranslation("mail.column.error")).setFlexGrow(1);
        addComponentColumn(this::retryButton).setAutoWidth(true);
        setEmptyStateText(getTranslation("mail.empty"));
        addItemClickListener(click -> UiErrors.attempt(this, java.util.Map.of(), () -> mails.find(click.getItem().id()))
                .ifPresent(mail -> MailDetailDialog.of(mail).open()));
        refresh();
    }

    void filter(OutboxFilter newFilter) {
        this.filter = newFilter;
        refresh();
    }

    void refresh() {
        OutboxFilter current = filter;
        setItems(query -> mails.list(current, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, mails.count(current)));
    }

    private Button retryButton(OutboxEntry entry) {
        Button retry = new Button(getTranslation("mail.retry"), click -> UiErrors.attempt(this, java.util.Map.of(), () -> {
            mails.retry(entry.id());
            return true;
        }).ifPresent(done -> {
            UiErrors.success(getTranslation("mail.retry.done"));
            refresh();
        }));
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
        retry.setVisible(entry.status() == OutboxStatus.FAILED);
        return retry;
    }
}
