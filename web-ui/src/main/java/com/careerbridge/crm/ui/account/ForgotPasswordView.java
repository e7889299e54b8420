package com.careerbridge.crm.ui.account;

import java.util.Optional;

import com.careerbridge.crm.passwordreset.PasswordResetService;
import com.careerbridge.crm.passwordreset.PasswordResetThrottledException;
import com.careerbridge.crm.ui.i18n.LanguageSwitch;
import com.careerbridge.crm.ui.login.LoginView;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * "Forgot your password?": asks for the e-mail address and always answers the same, whether or not an account has it,
 * so the page cannot be used to find out who is a client. Only the throttle can say no, and it counts unknown
 * addresses like known ones.
 */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    private final PasswordResetService resets;
    final EmailField email = new EmailField();
    final Button send = new Button();
    final Paragraph answer = new Paragraph();

    public ForgotPasswordView(PasswordResetService resets) {
        this.resets = resets;
        addClassName("forgot-password-view");
        getElement().setAttribute("role", "main"); // a page outside the main layout is its own main landmark
        setAlignItems(Alignment.STRETCH);
        setMaxWidth("28rem");
        getStyle().set("margin", "0 auto");

        email.setLabel(getTranslation("login.email"));
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        send.setText(getTranslation("account.forgot.submit"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.addClickListener(click -> send());
        answer.addClassName("forgot-password-answer");
        answer.setVisible(false);

        add(new H1(getTranslation("app.name")), new H2(getTranslation("account.forgot.title")),
                new Paragraph(getTranslation("account.forgot.intro")), email, send, answer,
                new RouterLink(getTranslation("account.back-to-login"), LoginView.class), new LanguageSwitch());
    }

    private void send() {
        String address = email.getValue().strip();
        email.setInvalid(false);
        if (address.isEmpty()) {
            email.setErrorMessage(getTranslation("error.required"));
            email.setInvalid(true);
            return;
        }
        try {
            resets.request(address, clientAddress());
        } catch (PasswordResetThrottledException e) {
            answer.setText(getTranslation("account.forgot.throttled", e.retryAfterMinutes()));
            answer.setVisible(true);
            return;
        }
        answer.setText(getTranslation("account.forgot.sent"));
        answer.setVisible(true);
        email.setReadOnly(true);
        send.setEnabled(false);
    }

    private static String clientAddress() {
        return Optional.ofNullable(VaadinRequest.getCurrent()).map(VaadinRequest::getRemoteAddr).orElse(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.forgot.title") + " · " + getTranslation("app.name");
    }
}
