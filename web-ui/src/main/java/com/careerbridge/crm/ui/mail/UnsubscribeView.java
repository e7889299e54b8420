package com.careerbridge.crm.ui.mail;

import com.careerbridge.crm.notification.UnsubscribeTokens;
import com.careerbridge.crm.notification.Unsubscriptions;
import com.careerbridge.crm.ui.i18n.LanguageSwitch;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where the unsubscribe link in a mail's footer leads. Opening the page (a GET, which link scanners and previews also
 * do) only checks the token and asks; the button unsubscribes. Mail clients use the one-click POST of the API instead.
 */
@Route(value = "unsubscribe", autoLayout = false)
@AnonymousAllowed
public class UnsubscribeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final UnsubscribeTokens tokens;
    private final Unsubscriptions unsubscriptions;
    private final Paragraph message = new Paragraph();
    private final Button confirm = new Button();

    public UnsubscribeView(UnsubscribeTokens tokens, Unsubscriptions unsubscriptions) {
        this.tokens = tokens;
        this.unsubscriptions = unsubscriptions;
        getElement().setAttribute("role", "main"); // a page outside the main layout is its own main landmark
        setAlignItems(Alignment.CENTER);
        setMaxWidth("32rem");
        getStyle().set("margin", "0 auto");
        confirm.setText(getTranslation("mail.unsubscribe.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setVisible(false);
        add(new H1(getTranslation("app.name")), message, confirm, new LanguageSwitch());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
        if (tokens.verify(token).isEmpty()) {
            message.setText(getTranslation("mail.unsubscribe.invalid"));
            confirm.setVisible(false);
            return;
        }
        message.setText(getTranslation("mail.unsubscribe.question"));
        confirm.setVisible(true);
        confirm.addClickListener(click -> {
            unsubscriptions.unsubscribe(token);
            message.setText(getTranslation("mail.unsubscribe.done"));
            confirm.setVisible(false);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.unsubscribe.title") + " · " + getTranslation("app.name");
    }
}
