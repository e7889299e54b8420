package com.careerbridge.crm.ui.mail;

import java.util.Arrays;

import com.careerbridge.crm.digest.CandidateMails;
import com.careerbridge.crm.notification.MailSettings;
import com.careerbridge.crm.notification.MailTemplate;
import com.careerbridge.crm.notification.OutboxFilter;
import com.careerbridge.crm.notification.OutboxStatus;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * "Sent e-mails": the outbox for staff. Admins see every mail, consultants the mail to their own candidates (the
 * service decides). Without an SMTP server the mails are CAPTURED here, which is how a demo shows what would be sent.
 */
@Route("emails")
@RolesAllowed({"ADMIN", "CONSULTANT"})
public class SentEmailsView extends VerticalLayout implements HasDynamicTitle {

    private final ComboBox<OutboxStatus> status = new ComboBox<>();
    private final ComboBox<MailTemplate> template = new ComboBox<>();
    private final OutboxGrid grid;

    public SentEmailsView(CandidateMails mails, MailSettings settings) {
        setSizeFull();
        status.setLabel(getTranslation("mail.column.status"));
        status.setItems(OutboxStatus.values());
        status.setItemLabelGenerator(s -> MailTexts.status(this, s));
        status.setClearButtonVisible(true);
        template.setLabel(getTranslation("mail.column.template"));
        template.setItems(Arrays.asList(MailTemplate.values()));
        template.setItemLabelGenerator(t -> MailTexts.template(this, t));
        template.setClearButtonVisible(true);
        grid = new OutboxGrid(mails, OutboxFilter.all(), true);
        grid.setSizeFull();
        status.addValueChangeListener(change -> applyFilter());
        template.addValueChangeListener(change -> applyFilter());
        add(new H2(getTranslation("mail.view.title")));
        if (settings.linksPointToThisMachine()) {
            Span warning = new Span(getTranslation("mail.base-url-local", settings.baseUrl().toString()));
            warning.addClassName("base-url-warning");
            warning.getElement().setAttribute("role", "status");
            add(warning);
        }
        add(new HorizontalLayout(status, template), grid);
        setFlexGrow(1, grid);
    }

    private void applyFilter() {
        grid.filter(new OutboxFilter(null, status.getValue(), template.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.view.title") + " · " + getTranslation("app.name");
    }
}
