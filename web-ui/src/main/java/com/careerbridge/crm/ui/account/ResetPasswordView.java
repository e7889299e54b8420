package com.careerbridge.crm.ui.account;

import java.util.Locale;
import java.util.Map;

import com.careerbridge.crm.account.PasswordPolicy;
import com.careerbridge.crm.account.PasswordResetInvalidException;
import com.careerbridge.crm.passwordreset.PasswordResetService;
import com.careerbridge.crm.shared.InvalidValueException;
import com.careerbridge.crm.ui.i18n.LanguageSwitch;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where the reset link in the mail leads. Opening it (which link scanners and previews do too) only checks the token;
 * the password is set when the form is sent. Afterwards every sign-in of the account has ended and the person signs in
 * with the new password.
 */
@Route(value = "reset-password", autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordResetService resets;
    final NewPasswordFields fields = new NewPasswordFields(this);
    final Button save = new Button();
    final Paragraph problem = new Paragraph();
    private final Div form = new Div();
    private String token;

    public ResetPasswordView(PasswordResetService resets) {
        this.resets = resets;
        addClassName("reset-password-view");
        setAlignItems(Alignment.STRETCH);
        setMaxWidth("28rem");
        getStyle().set("margin", "0 auto");

        save.setText(getTranslation("account.reset.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(click -> save());
        form.add(new Paragraph(getTranslation("account.reset.intro", PasswordPolicy.MIN_LENGTH)), fields.password,
                fields.repeat, save);
        problem.addClassName("reset-password-problem");
        problem.setVisible(false);

        add(new H1(getTranslation("app.name")), new H2(getTranslation("account.reset.title")), form, problem,
                new RouterLink(getTranslation("account.reset.request-new"), ForgotPasswordView.class),
                new LanguageSwitch());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
        resets.problemWith(token).ifPresentOrElse(this::showProblem, () -> {
            form.setVisible(true);
            problem.setVisible(false);
        });
    }

    private void save() {
        if (!fields.matchOrComplain()) {
            return;
        }
        try {
            resets.reset(token, fields.password.getValue());
        } catch (InvalidValueException e) {
            fields.show(e);
            return;
        } catch (PasswordResetInvalidException e) {
            showProblem(e.reason());
            return;
        }
        getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.simple(Map.of("password-reset", ""))));
    }

    private void showProblem(PasswordResetInvalidException.Reason reason) {
        form.setVisible(false);
        problem.setText(getTranslation("account.reset.invalid." + reason.name().toLowerCase(Locale.ROOT)));
        problem.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.reset.title") + " · " + getTranslation("app.name");
    }
}
